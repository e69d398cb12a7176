import Testing

@testable import IncidentFacts

@Suite struct DateTests {
    /// The day a statement or a video was issued, released or posted is not the attack's.
    @Test func theDayAStatementWasIssuedIsNotTheAttacks() {
        let f = facts(
            """
            In an online statement issued on Wednesday, the group said its bombers struck a crowded square in Baghdad on Monday morning, killing 30 people.
            """, published: "2018-01-18")
        #expect(f.date?.iso == "2018-01-15")
    }

    /// A quoted speaker's "this morning" dates the attack only when nothing else does, with a
    /// warning; a day the reporter names beside the attack comes first, and a speaker's
    /// "today" is when they speak (see aQuotedPassageOfAReportKeepsItsDays).
    @Test func aQuotedSpeakersDayIsTheLastResort() {
        let quotedOnly = facts(
            """
            "At 7:40 this morning there was an explosion on a bus at Ura station," the regional police chief told reporters.

            Eleven people were taken to hospital with burns.
            """, published: "2021-04-06")
        #expect(quotedOnly.date?.iso == "2021-04-06")
        #expect(quotedOnly.warnings.contains { $0.hasPrefix("date: only a quoted speaker") })
        let named = facts(
            """
            An explosion tore through a bus at Ura station on Sunday, wounding eleven people.

            "This morning there was another explosion alarm at the station," the regional police chief said.
            """, published: "2021-04-06")
        #expect(named.date?.iso == "2021-04-04")
    }

    /// A report with no date of its own: a chronology of earlier killings, each with its full
    /// date, dates none of this attack (nil rather than a wrong day).
    @Test func aChronologyDoesNotDateAnUndatedReport() {
        let f = facts(
            """
            A roadside bomb killed a deputy governor and his driver in Oxa on Friday.

            Police said the bomb was hidden in a culvert beside the road.

            Other officials killed in the conflict: on March 3, 2004, a district chief was shot dead in Ura; on June 9, 2007, a judge was killed in a bomb blast in Oxa.
            """)
        #expect(f.date == nil)
    }

    /// "New Year's Day" is a holiday's day, though "Year's" is read as "Year" and "'s".
    @Test func newYearsDayIsTheFirstOfJanuary() {
        let f = facts(
            "Gunmen opened fire inside a nightclub in Istanbul early on New Year's Day, killing 35 people.",
            published: "2017-01-02")
        #expect(f.date?.iso == "2017-01-01")
    }

    /// "last Saturday" written on a Saturday is a week back; "Saturday" alone is that day.
    @Test func lastWeekdayOnTheSameWeekdayIsAWeekBack() {
        let lastWeek = facts(
            "Gunmen attacked a clinic in Butembo last Saturday, killing a guard.", published: "2019-03-09")
        #expect(lastWeek.date?.iso == "2019-03-02")
        let today = facts("Gunmen attacked a clinic in Butembo on Saturday, killing a guard.", published: "2019-03-09")
        #expect(today.date?.iso == "2019-03-09")
    }

    /// The day a siege ended after days is not the day it began: the date is left for another
    /// sentence to give; one that ended after hours began that day.
    @Test func aSiegeThatEndedAfterDaysIsNotDatedByItsEnd() {
        let days = facts(
            "The siege of a hotel in Mumbai ended today after three bloody days, with 40 guests dead.",
            published: "2020-03-03")
        #expect(days.date == nil)
        let hours = facts(
            "The siege of a hotel in Mumbai ended today after three hours, with 40 guests dead.",
            published: "2020-03-03")
        #expect(hours.date?.iso == "2020-03-03")
    }

    /// The day a siege "ended" is not its first when another sentence says it lasted days.
    @Test func theEndOfAnAttackThatLastedDaysDatesNothing() {
        let ended = facts(
            "Soldiers searched the mall, where a siege by gunmen ended yesterday. The standoff lasted four days and left 30 dead.",
            published: "2021-05-09")
        #expect(ended.date == nil)
        let over = facts(
            "The hostage siege at the school was over by Saturday. The ordeal lasted two days.",
            published: "2021-05-09")
        #expect(over.date == nil)
        let short = facts(
            "Soldiers searched the mall, where a siege by gunmen ended yesterday. The standoff lasted four hours.",
            published: "2021-05-09")
        #expect(short.date?.iso == "2021-05-08")
    }

    /// A day written out, in a quotation far down a follow-up whose lead names none, is the
    /// attack's: "according to officials, on July 29 gunmen ...".
    @Test func aWrittenDayLateInTheStoryDatesTheAttack() {
        var text = "Group Claims Killing of Aid Workers\n\n"
        for n in 1...15 {
            text += "Ministers met in the capital for talks on trade, the reporter's note number \(n) says.\n\n"
        }
        text +=
            "\"According to officials, on July 29 three men stopped a car and shot the aid workers inside,\" the statement read."
        let f = facts(text, published: "2018-07-31")
        #expect(f.date?.iso == "2018-07-29")
    }

    /// A passage a blog quotes from a wire story opens on a quote mark that nothing closes: its
    /// days are the report's, not a speaker's; a speaker's quote, closed in its paragraph, is not.
    @Test func aQuotedPassageOfAReportKeepsItsDays() {
        let passage = facts(
            "Blog post\n\n\"The president said Monday that a suicide bomber had killed 24 worshippers at a church in Oxa during Sunday Mass, as anger grew.",
            published: "2016-12-12")
        #expect(passage.date?.iso == "2016-12-11")
        let speaker = facts(
            "Blog post\n\n\"We condemn the attack on shoppers today. Nothing justifies it,\" the mayor of Oxa wrote.",
            published: "2019-08-05")
        #expect(speaker.date == nil)
    }

    /// What a blast did as it happened ("derailed a train on Monday night", "ripped through a
    /// market on Friday") dates the attack before a later day named beside it, such as a
    /// photo caption's.
    @Test func whatTheBlastDidDatesTheAttack() {
        let f = facts(
            """
            A rescuer carrying a bag on Tuesday away from the site of the explosion near Oxa.

            A bomb under the tracks derailed an express train on Monday night, injuring 30 people.
            """, published: "2007-08-15")
        #expect(f.date?.iso == "2007-08-13")
    }

    /// "On Sunday police named the men who attacked two hotels a day earlier": the attack was
    /// the day before the one named; "two days before the vote" is about the vote.
    @Test func anAttackADayEarlierThanTheDayNamed() {
        let f = facts(
            "Police on Sunday named the three bombers who attacked two hotels in Oxa a day earlier, killing 20 people.",
            published: "2005-10-03")
        #expect(f.date?.iso == "2005-10-01")
        let vote = facts(
            "Gunmen attacked a polling station in Oxa on Sunday, two days before the vote, killing two guards.",
            published: "2005-10-03")
        #expect(vote.date?.iso == "2005-10-02")
    }

    /// "claimed responsibility on Wednesday": the day of the claim, not of the attack.
    @Test func theDayOfAClaimIsNotTheAttacks() {
        let f = facts(
            """
            A group claimed responsibility on Wednesday, saying its fighters had targeted the ministry in Oxa.

            A car bomb exploded outside the ministry in Oxa on Tuesday, killing 12 people.
            """, published: "2016-03-24")
        #expect(f.date?.iso == "2016-03-22")
    }

    @Test func headerGivesPublicationDate() {
        let f = facts(
            " date 2023-02-18 \nGunmen attacked a police station in Karachi on Friday night, killing four people.")
        #expect(f.published?.iso == "2023-02-18")
        #expect(f.date?.iso == "2023-02-17")
    }

    @Test func monthOnlyHeaderIsRead() {
        let text = ArticleText(" date 2014-06 \nSome text here.")
        #expect(text.headerMonth?.year == 2014)
        #expect(text.headerMonth?.month == 6)
        #expect(text.headerDate == nil)
    }

    /// A month header gives a written-out day its year; a bare weekday stays unresolved, with a warning.
    @Test func monthOnlyHeaderDatesWrittenOutDays() {
        let written = facts(
            " date 2021-03 \nRaiders set fire to the depot in Oxa on Tuesday, March 9, killing two guards.")
        #expect(written.published == nil)
        #expect(written.date?.iso == "2021-03-09")
        let lastYear = facts(" date 2021-01 \nRaiders set fire to the depot in Oxa on December 30, killing two guards.")
        #expect(lastYear.date?.iso == "2020-12-30")
        let weekday = facts(" date 2021-03 \nRaiders set fire to the depot in Oxa on Tuesday, killing two guards.")
        #expect(weekday.date == nil)
        #expect(weekday.warnings.contains { $0.hasPrefix("date: only the month of publication is known (2021-03)") })
        let tooEarly = facts(" date 2021-03 \nRaiders set fire to the depot in Oxa on January 9, killing two guards.")
        #expect(tooEarly.date == nil)
    }

    @Test func wireDatelineGivesPublicationDate() {
        let f = facts(
            "KARACHI, Feb 17, 2023 (Sitrep Wire) - Militants stormed a police compound late Thursday, killing two guards."
        )
        #expect(f.published?.iso == "2023-02-17")
        #expect(f.date?.iso == "2023-02-16")
    }

    @Test func twoDigitYearDateline() {
        let f = facts(
            "SAN SALVADOR, 3 JAN 90 (RADIO SITREP) -- A BOMB EXPLODED AT A BUS STATION YESTERDAY, KILLING SIX PEOPLE.")
        #expect(f.published?.iso == "1990-01-03")
        #expect(f.date?.iso == "1990-01-02")
    }

    @Test(arguments: [
        ("A bomb exploded in a market in Quetta yesterday, killing three people.", "2016-08-08"),
        ("A bomb exploded in a market in Quetta on Sunday, killing three people.", "2016-08-07"),
        ("A bomb exploded in a market in Quetta today, killing three people.", "2016-08-09"),
        ("A bomb exploded in a market in Quetta on August 8, killing three people.", "2016-08-08"),
        ("A bomb exploded in a market in Quetta on 8 August 2016, killing three people.", "2016-08-08"),
    ])
    func relativeAndAbsoluteDates(sentence: String, expected: String) {
        #expect(facts(sentence, published: "2016-08-09").date?.iso == expected)
    }

    @Test func lastWeekIsApproximate() {
        let f = facts(
            "Police arrested two men over last week's attack on a market in Quetta, which killed nine people.",
            published: "2016-08-15")
        #expect(f.date?.iso == "2016-08-08")
        #expect(f.warnings.contains { $0.hasPrefix("date: approximate") })
    }

    @Test func incidentDateNeverAfterPublication() {
        let f = facts(
            "Police said a bomb exploded on Friday near the market in Lahore, killing two.", published: "2016-03-28")
        #expect(f.date! <= SimpleDate(iso: "2016-03-28")!)
    }

    /// A day something is planned for is not the attack's day.
    @Test func aPlannedDayIsNotTheAttacksDay() {
        let f = facts(
            """
            Blast kills three at bus depot in Oxa

            A bomb went off at a bus depot in Oxa late in the evening, police said.

            The governor will meet security chiefs on Monday to review the attack.
            """, published: "2021-09-10")
        #expect(f.date?.iso != "2021-09-06")
    }

    /// "City (Country), May 17 (Agency): ..." dates the article, not the attack.
    @Test func anAgencyDatelineIsNotTheAttacksDay() {
        let tuesday = facts(
            """
            Oxa (Ruritania), March 10 (Wire): Gunmen killed seven guards at a bank in Oxa on Monday night.
            """, published: "2021-03-10")
        #expect(tuesday.date?.iso == "2021-03-08")
    }

    /// "last week" in a sentence that tells no attack does not date the attack.
    @Test func aLooseDayAwayFromTheAttackIsNotUsed() {
        let f = facts(
            """
            The toll from a car bomb at a checkpoint in Oxa rose to 19, police said.

            The president assured visiting delegates last week that the city was safe.
            """, published: "2014-05-02")
        #expect(f.date?.iso != "2014-04-25")
    }

    /// A headline about a claim is a later story: its publication day is not the attack's.
    @Test func aClaimHeadlineIsNotBreakingNews() {
        let f = facts(
            """
            Group claims responsibility for attack that killed four cyclists

            The group said in a statement that its fighters carried out the attack on the foreign cyclists.
            """, published: "2018-07-31")
        #expect(f.date == nil)
    }

    @Test func impossibleDayIsRejected() {
        #expect(SimpleDate(iso: "2023-02-30") == nil)
        #expect(SimpleDate(iso: "2024-02-29") != nil)
    }

    @Test func weekdayArithmetic() {
        #expect(SimpleDate(iso: "2023-02-17")!.weekday == 5)  // a Friday
        #expect(SimpleDate(iso: "1970-01-01")!.adding(days: 19405).iso == "2023-02-17")
    }
}

/// A follow-up story that names the attack's day only far down, as "Tuesday's attack".
@Suite struct DayNamedAsTheAttacksTests {
    static let reactions = (1...14).map {
        "Officials in Ardon met for the \($0)th time to discuss the city's security."
    }

    @Test(arguments: [("Tuesday's attack", "2019-03-05"), ("yesterday's bombing", "2019-03-05")])
    func aDayNamedAsTheAttacksOwnDatesIt(phrase: String, day: String) {
        let body =
            (["Ardon tightens security after rebel attack"] + Self.reactions + [
                "The mayor, who was hurt in \(phrase), said the rebels had threatened him for years."
            ]).joined(separator: "\n\n")
        #expect(facts(body, published: "2019-03-06").date == SimpleDate(iso: day))
    }

    @Test func aClauseAboutThePastDoesNotHideIt() {
        let body =
            (["Ardon tightens security after rebel attack"] + Self.reactions + [
                "The mayor, hurt in Tuesday's attack, said rebels had sent him threats in the past."
            ]).joined(separator: "\n\n")
        #expect(facts(body, published: "2019-03-06").date == SimpleDate(iso: "2019-03-05"))
    }

    @Test func aDayBeforeAnotherNounIsNot() {
        let body =
            (["Ardon tightens security after rebel attack"] + Self.reactions + [
                "The mayor said Tuesday's meeting would decide on more checkpoints."
            ]).joined(separator: "\n\n")
        #expect(facts(body, published: "2019-03-06").date != SimpleDate(iso: "2019-03-05"))
    }
}

/// A breaking report whose headline says what happened and whose text names no day: the day
/// it was published.
@Suite struct BreakingHeadlineTests {
    @Test(arguments: [
        "Blast hits market in Ardon", "Two explosions hit Ardon bus station", "Bombs rock Ardon market",
        "Car bombs strike Ardon police posts", "Night train derails near Ardon",
    ])
    func aBreakingHeadlineDatesTheReport(headline: String) {
        let body = headline + "\n\nSeveral people have been killed in the attack, police in Ardon said."
        #expect(facts(body, published: "2019-03-06").date == SimpleDate(iso: "2019-03-06"))
    }

    /// A page's call to action above the headline ("Find a job today!") is no headline.
    @Test func aPromotionAboveTheHeadlineIsSkipped() {
        let body =
            "Find a Great Job Today!\n\n\n3 Killed in Ardon Truck Bombing\n\nA truck has blown up near the police station in Ardon, killing three people."
        let f = facts(body, published: "2019-03-06")
        #expect(f.title == "3 Killed in Ardon Truck Bombing")
        #expect(f.date == SimpleDate(iso: "2019-03-06"))
    }

    /// A day told of another attack ("in similar attacks") is that attack's, also where a later
    /// sentence names it again; with no other day beside this attack, the breaking headline
    /// dates it, not a day named for a signing or a speech.
    @Test func theDayOfASimilarAttackIsNotThisOnes() {
        let body = """
            Bomber kills four on police bus in Ardon

            A suicide bomber has killed four police officers on a bus in Ardon, the third such attack in the city.

            On Tuesday, bombers killed nine people in similar attacks on two buses in the north of the city.

            The new governor was sworn in on Monday.

            After the blasts on Tuesday, the rebels vowed more attacks.
            """
        let f = facts(body, published: "2019-03-08")
        #expect(f.date == SimpleDate(iso: "2019-03-08"))
        #expect(f.killed?.best == 4)
    }

    /// "Gunmen attacked another clinic ... on Sunday": that day is the other site's attack, which
    /// the story recalls, not the day of the story's own attack (told here only with a weak verb).
    @Test func theDayAnotherSiteWasAttacked() {
        let body = """
            Clinic in Oxa hit for the second time in a week

            The charity that runs a field clinic in the town of Oxa says raiders set fire to its wards.

            The town's mayor said the raiders burned beds and a generator at the clinic on Friday.

            Gunmen attacked another clinic run by the charity on Monday in Ura, killing a nurse.
            """
        let f = facts(body, published: "2019-03-08")
        #expect(f.date != SimpleDate(iso: "2019-03-04"))
        #expect(f.history.map(\.place) == ["Ura"])
        let victim = facts(
            "A gunman shot dead a worshipper and wounded another at a mosque in Oxa on Friday.", published: "2019-03-08"
        )
        #expect(victim.date == SimpleDate(iso: "2019-03-08"))
    }

    @Test func aFollowUpHeadlineDoesNot() {
        let body = "Rebels claim attack on Ardon market\n\nSeveral people have been killed in the attack, police said."
        #expect(facts(body, published: "2019-03-06").date == nil)
    }
}
