import Testing

@testable import IncidentFacts

@Suite struct ArticleHeaderTests {
    @Test func headerLinesComeInAnyOrder() {
        let text = "source: Uralia Daily\n date 2022-05-04 \nurl: https://example.org/a\nGunmen raided a post in Oxa."
        let (header, body) = ArticleHeader.read(text)
        #expect(header.source == "Uralia Daily")
        #expect(header.date?.iso == "2022-05-04")
        #expect(header.url == "https://example.org/a")
        #expect(header.urlLine == 3)
        #expect(body.trimmingSpaces() == "Gunmen raided a post in Oxa.")
    }

    @Test func headerLinesNeverBecomeText() {
        let text = ArticleText(
            "url: https://example.org/b\nsource: Oxa Wire\n\nBlast hits market in Oxa\n\nA bomb went off.")
        #expect(text.paragraphs.first == "Blast hits market in Oxa")
        #expect(text.header.source == "Oxa Wire")
    }

    @Test func anImpossibleDateEndsTheHeaderWithItsLine() {
        let (header, body) = ArticleHeader.read("source: Oxa Wire\n date 2022-02-30 \nText.")
        #expect(header.source == "Oxa Wire")
        #expect(header.date == nil)
        #expect(header.badDate?.problem == "date header '2022-02-30' is not a real day")
        #expect(header.badDate?.line == 2)
        #expect(body.contains("date 2022-02-30"))
    }

    /// A date line's value is its digits and hyphens after the spaces; what follows stays text.
    @Test func dateLinesOnTheirBytes() {
        let (day, dayBody) = ArticleHeader.read(" date   2023-02-18x \nText.")
        #expect(day.date == SimpleDate(year: 2023, month: 2, day: 18) && dayBody.hasPrefix("x \nText."))
        let (month, _) = ArticleHeader.read("date 2023-02\nText.")
        #expect(month.month?.year == 2023 && month.month?.month == 2 && month.date == nil)
        #expect(ArticleHeader.read("date 2023-02-30\nText.").header.badDate?.line == 1)
        #expect(ArticleHeader.read("date \nText.").header.date == nil)
        // Digits of another script are characters' business: no day of this calendar.
        #expect(ArticleHeader.read("date ٢٠٢٣-02-18\nText.").header.date == nil)
    }

    /// Header keys are read in any case, and only as a whole word with its colon (a colon that
    /// an accent joins is another character).
    @Test func headerKeysInAnyCase() {
        #expect(ArticleHeader.read("SOURCE: Oxa Wire\nText.").header.source == "Oxa Wire")
        #expect(ArticleHeader.read("Url: https://example.org/c\nText.").header.url == "https://example.org/c")
        for line in ["sources: Oxa Wire", "source Oxa Wire", "sourcé: Oxa Wire", "source:\u{301} Oxa Wire", "sour"] {
            #expect(ArticleHeader.read(line + "\nText.").header.source == nil, "\(line)")
        }
        #expect(ArticleHeader.read("source:é Oxa\nText.").header.source == "é Oxa")
    }

    @Test func aSourceLineLaterInTheTextIsText() {
        let (header, _) = ArticleHeader.read("Raid on Ura depot\nsource: police\nThe depot burned.")
        #expect(header.source == nil)
    }

    @Test func datelineAgenciesAreRead() {
        #expect(Dateline.agency(in: "Raid in Oxa\n\nOXA CITY, Uralia (Reuters) - Gunmen stormed a hotel.") == "Reuters")
        #expect(Dateline.agency(in: "URA, 4 March 2019 (AFP) – A car bomb exploded.") == "AFP")
        #expect(Dateline.agency(in: "Ura, Uralia (Oxa News Agency) — Two shops burned.") == "Oxa News Agency")
        #expect(Dateline.agency(in: "OXA, May 2 (Ura Press)\n\nA bomb exploded.") == "Ura Press")
    }

    @Test func bracketsThatAreNoDatelineAreNotAnAgency() {
        // A group and its initials.
        #expect(Dateline.agency(in: "Oxa Liberation Front (OLF) - the group said it planted the bomb.") == nil)
        // Brackets inside a sentence.
        #expect(Dateline.agency(in: "Police said the gunmen (three of them) fled towards Ura.") == nil)
        // A caption credit.
        #expect(Dateline.agency(in: "A damaged bus in Oxa (Photo: Ura Press)") == nil)
    }

    /// Datelines are read on bytes when ASCII and on characters otherwise: both readings agree
    /// on random lines made of dateline pieces (brackets, dashes in and out of ASCII, commas,
    /// initials, tabs, line ends, accented letters, long runs of spaces).
    @Test func datelinesReadOnBytesAsOnCharacters() {
        let pieces = [
            "OXA", "Oxa", "City", "Uralia", "(", ")", " ", " ", ",", "-", ":", "–", "Reuters", "AFP", "Oxa News", "a",
            "4", "2019", ".", "'", "&", "\t", "\r\n", "é", "Ürü", "OLF", "Oxa Liberation Front", "x",
            String(repeating: " ", count: 40), String(repeating: "y", count: 30),
        ]
        var draws = SeededDraws(seed: 0x9E37_79B9_7F4A_7C15)
        // Half the lines are shaped like datelines: a place, the agency in brackets, a mark.
        func datelineShaped() -> String {
            let places = ["OXA", "Oxa", "City", "Uralia", "4", "2019", "Ürü", "o'Ura", "x.y", "é", "a-b", "OLF"]
            let agencies = ["Reuters", "AFP", "Oxa", "News", "O.L.F.", "A&B", "Ura-Press", "a", "é", "OL"]
            let lead = draws.pick(["", " ", "  ", String(repeating: " ", count: 70)])
            // Some places and agencies end next to the limits of 60 and 32 characters.
            let place =
                draws.next(4) == 0
                ? String(repeating: "B", count: 56 + draws.next(6))
                : (0..<(1 + draws.next(7))).map { _ in draws.pick(places) }.joined(
                    separator: draws.pick([" ", ", ", ",", "\t"]))
            let agency =
                draws.next(4) == 0
                ? String(repeating: "A", count: 28 + draws.next(6))
                : (0..<(1 + draws.next(4))).map { _ in draws.pick(agencies) }.joined(separator: " ")
            let tail = draws.pick(["", " ", "   ", String(repeating: " ", count: 250)])
            let mark = draws.pick(["", "-", ":", "–", "—", "x", " said", "\r\n", "\t-"])
            return lead + place + draws.pick(["", " "]) + "(" + draws.pick(["", " "]) + agency + ")" + tail + mark
                + draws.pick(["", " A bomb."])
        }
        var datelines = 0
        for k in 0..<20_000 {
            let line =
                k % 2 == 0
                ? datelineShaped() : (0..<(1 + draws.next(14))).map { _ in pieces[draws.next(pieces.count)] }.joined()
            guard line.utf8.prefix(80).contains(UInt8(ascii: "(")) else { continue }
            let agency = Dateline.agency(opening: line[...])
            #expect(agency == Dateline.characterAgency(line[...]), "\(line)")
            if agency != nil { datelines += 1 }
        }
        #expect(datelines > 100)
    }

    @Test func headlinesLoseBreadcrumbsAndSiteNames() {
        #expect(HeadlineText.cleaned("Home / World / Blast hits market in Oxa") == "Blast hits market in Oxa")
        #expect(HeadlineText.cleaned("Home » News » Gunmen raid Ura depot") == "Gunmen raid Ura depot")
        #expect(HeadlineText.cleaned("Blast hits market in Oxa | Ura Times") == "Blast hits market in Oxa")
        #expect(HeadlineText.cleaned("Help | |") == nil)
        #expect(HeadlineText.cleaned("Link to Ura Front suspected in Oxa bombing") != nil)
        #expect(HeadlineText.cleaned("Send in the troops, Oxa mayor says after bombing") != nil)
        for furniture in [
            "Share on Facebook", "Print this article", "Sign up for our newsletter",
            "Skip to main content", "Email This Page", "More by Our Oxa Desk", "Last Updated: Friday 3 May",
        ] {
            #expect(HeadlineText.cleaned(furniture) == nil, "\(furniture)")
        }
    }

    /// An article without a headline that reports no attack is titled by its opening words,
    /// never with an attack's composed headline.
    @Test func aStoryWithoutAHeadlineIsTitledByItsOpening() {
        #expect(
            HeadlineText.opening(
                of: "URA, May 3 (Oxa Wire) - A court in Ura jailed two men on Tuesday for the 2015 market bombing.")
                == "A court in Ura jailed two men on Tuesday for the 2015…")
        #expect(HeadlineText.opening(of: "Mourners gathered in Oxa.") == "Mourners gathered in Oxa.")
        #expect(HeadlineText.opening(of: "Oxa.") == nil)
        let trial = facts(
            "A court in Nairobi on Tuesday jailed two men for helping the gunmen who killed 67 people at the Westgate mall in 2013.",
            published: "2020-10-06")
        #expect(trial.isIncident == false)
        #expect(trial.title.hasPrefix("A court in Nairobi on Tuesday jailed"))
    }

    /// A date line or a dateline above the headline is not the headline.
    @Test func dateLinesAreNotHeadlines() {
        for opener in ["Tuesday, March 2, 2021", "2 Mar 2021", "martes, 2 de marzo de 2021", "OXA, March 2 (Ura Wire)"]
        {
            let f = facts(
                "\(opener)\n\nBomb kills six at Mogadishu market\n\nA bomb tore through a market in Mogadishu on Monday, killing six people.",
                published: "2021-03-02")
            #expect(f.title == "Bomb kills six at Mogadishu market", "\(opener)")
        }
    }
}
