/// An explainer or "on this day" piece: its lead narrates an attack long before publication
/// ("On 3 June 2017, a van was driven into pedestrians...", "2015: Paris attacks leave 130
/// dead"). Such a piece reports that attack (spec: `is_incident`), so its facts are the narrated
/// attack's and its date is the narrated day, however old.
///
/// A commemoration ("Parents gathered on Friday to mark the second anniversary of ...") is not a
/// narration: its news is the ceremony.
struct Narration: Equatable {
    /// The narrated day, when the lead gives it in full.
    let day: SimpleDate?
    /// The narrated year.
    let year: Int

    /// Words of a ceremony: an article leading with them is about the commemoration.
    static let commemorationWords = PhraseTally([
        (
            "ceremony",
            [
                "to mark", "marks", "marked", "marking", "gathered", "ceremony", "commemoration", "commemorate",
                "commemorated",
                "commemorating", "memorial", "tribute", "remembrance", "remember", "remembered", "vigil", "wreath",
                "paid respects", "observed",
            ]
        )
    ])
    /// Lead-ins of an "on this day" column: the narrated day is the publication day, years back.
    static let thisDayWords: PhraseList = ["this day", "today in history", "on this date"]

    /// The narration of the lead (headline and the first two sentences), if the article is one.
    static func find(_ sentences: [Sentence], dates: [[DateMention]], published: SimpleDate?) -> Narration? {
        let lead = Array(sentences.prefix(3).enumerated())
        let leadText = lead.map { $0.element.lower }.joined(separator: " ")
        let recent = published?.adding(days: -30)
        // "On this day, May 9, 2004" above the story of an attack: that day is narrated, even
        // when the attack struck a memorial parade.
        if thisDayWords.occurs(in: leadText),
            lead.contains(where: { _, sentence in
                Lexicon.attackWords.occurs(in: sentence.tokens) || Lexicon.killedWords.occurs(in: sentence.tokens)
            }),
            let mention = lead.lazy.compactMap({ i, _ in
                dates[i].first { $0.kind == .absolute && isOld($0.date, recent) }
            }).first
        {
            return Narration(day: mention.date, year: mention.date.year)
        }
        if lead.contains(where: { commemorationWords.mentions("ceremony", in: $0.element) }) { return nil }
        // A lead naming a recent day ("on Monday, a year after ...") reports a fresh attack. The
        // weekday of a full date ("Friday, 13 November 2015") is not a day of its own.
        // Nor is the "Today" of a "Today in History" column.
        let namesRecentDay = lead.contains { i, sentence in
            dates[i].contains { mention in
                guard let recent, mention.date >= recent else { return false }
                let column =
                    sentence.tokens.dropFirst(mention.position).prefix(3).map { $0.lower } == [
                        "today", "in", "history",
                    ]
                return !column
                    && !dates[i].contains { $0.kind == .absolute && (1...3).contains($0.position - mention.position) }
            }
        }
        if namesRecentDay { return nil }
        for (i, sentence) in lead
        where Lexicon.attackWords.occurs(in: sentence.tokens) || Lexicon.killedWords.occurs(in: sentence.tokens) {
            // A day written in full: "On 3 June 2017, ...", "on the night of November 26, 2008".
            if let mention = dates[i].first(where: { $0.kind == .absolute && isOld($0.date, recent) }) {
                return Narration(day: mention.date, year: mention.date.year)
            }
            // A year alone: "2015: Paris attacks leave 130 dead", "Bombings kill 33 (2003)".
            guard let published, let recent, let year = standaloneYear(in: sentence.tokens), year < recent.year
            else { continue }
            let thisDay = thisDayWords.occurs(in: leadText)
            return Narration(
                day: thisDay ? SimpleDate(year: year, month: published.month, day: published.day) : nil, year: year)
        }
        return nil
    }

    private static func isOld(_ date: SimpleDate, _ recent: SimpleDate?) -> Bool {
        guard let recent else { return false }
        return date < recent
    }

    /// A year that stands for the story's time: heading the line ("2015:") or closing it ("(2003)").
    static func standaloneYear(in tokens: [Token]) -> Int? {
        func year(_ k: Int) -> Int? {
            guard tokens.indices.contains(k), let y = DateExpressions.fullYear(tokens[k].text) else { return nil }
            return y
        }
        if let y = year(0), tokens.count > 1, tokens[1].text == ":" { return y }
        var n = tokens.count
        if n > 0, tokens[n - 1].text == "." { n -= 1 }
        if n >= 3, tokens[n - 1].text == ")", tokens[n - 3].text == "(", let y = year(n - 2) { return y }
        return nil
    }
}
