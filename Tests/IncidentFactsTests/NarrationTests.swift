import Testing

@testable import IncidentFacts

/// Explainers and "on this day" pieces report the attack they narrate; commemorations do not.
@Suite struct NarrationTests {
    @Test func explainerTakesTheNarratedDay() {
        let f = facts(
            """
            On 4 March 2016, a van was driven into a crowd on a bridge in Leeds, killing six people.

            Three attackers then stabbed passers-by before police shot them dead.
            """, published: "2021-03-04")
        #expect(f.isIncident)
        #expect(f.date?.iso == "2016-03-04")
        #expect(f.killed?.best == 6)
        #expect(f.history.isEmpty)
    }

    @Test func yearsAgoDatesTheNarratedAttack() {
        let f = facts(
            "Nine years ago, on the night of October 12, 2011, gunmen attacked two hotels in Mombasa, killing 41 people.",
            published: "2020-10-12")
        #expect(f.isIncident)
        #expect(f.date?.iso == "2011-10-12")
        #expect(f.killed?.best == 41)
        #expect(f.location.city == "Mombasa")
    }

    @Test(arguments: ["On This Day", "Today in History"])
    func onThisDayWithAYearOnly(column: String) {
        let f = facts(
            """
            \(column): Car bombs kill 25 in Algiers (2007)

            Two car bombs exploded outside government buildings in Algiers, killing 25 people.
            """, published: "2017-04-11")
        #expect(f.isIncident)
        #expect(f.date?.iso == "2007-04-11")
    }

    /// "On this day, <full date>" on a line of its own: the day narrated, not the column's own,
    /// even when the attack struck a memorial parade (words that would otherwise make the
    /// article a commemoration).
    @Test func onThisDayWithAFullDate() {
        let f = FactExtractor.extract(
            ArticleInput(
                file: "2015-06-14-column.txt",
                body: """
                    On this day June 14, 2009

                    The mayor of Ura is killed in a bomb blast under the stand of a memorial parade in Oxa.
                    """,
                fileNameDate: SimpleDate(iso: "2015-06-14")))
        #expect(f.published?.iso == "2015-06-14")
        #expect(f.isIncident)
        #expect(f.date?.iso == "2009-06-14")
    }

    @Test func commemorationIsNotAReport() {
        let f = facts(
            """
            Families gathered in Beslan on Friday to mark the anniversary of the 2004 school siege.

            The siege killed more than 330 people, most of them children.
            """, published: "2014-09-05")
        #expect(!f.isIncident)
        #expect(f.date == nil)
    }

    @Test func freshReportIsNotANarration() {
        let f = facts(
            "A bomb killed four people at a market in Quetta on Monday, a year after a blast on 3 March 2018 killed 11.",
            published: "2019-03-05")
        #expect(f.date?.iso == "2019-03-04")
        #expect(f.killed?.best == 4)
    }
}

/// A story whose headline news is a sentence handed down is a court story, not a report of the
/// attack it recalls; a headline attack on someone once jailed is still an attack.
@Suite struct SentencingHeadlineTests {
    @Test func aSentencingHeadlineIsNotAnIncident() {
        let f = facts(
            """
            Market bomber sentenced to life in Oxa

            A man who planted two bombs that killed 12 people at a market in Oxa in 2019 was given a life term on Tuesday.
            """, published: "2021-03-03")
        #expect(!f.isIncident)
        let g = facts(
            """
            Oxa jails five men over hotel bombing

            Five men were given long terms on Monday for a 2018 bombing of a hotel in Oxa that killed nine people.
            """, published: "2021-03-03")
        #expect(!g.isIncident)
        // The attack named as what the sentence was for, with a noun that can be a verb.
        let h = facts(
            """
            Oxa jails cell for embassy bomb

            A court handed life terms on Tuesday to six members of the cell, whose truck bombs killed 30 people in Oxa in 2015.

            The two trucks blew up outside the embassy and a bank a week apart in November 2015, wounding over 400 people.
            """, published: "2021-03-03")
        #expect(!h.isIncident)
    }

    @Test func anAttackHeadlineStaysAnIncident() {
        let f = facts(
            """
            Gunmen kill man once jailed for smuggling

            Gunmen shot dead a trader outside his home in Oxa on Monday, police said.
            """, published: "2021-03-03")
        #expect(f.isIncident)
    }
    /// "Here is a recap of attacks since ...", then one dated paragraph per attack: a list of
    /// many attacks, not a report of the latest; a report that only says "a look at" is one
    /// (guard).
    @Test func aRecapOfManyAttacksIsNoIncidentReport() {
        let f = facts(
            """
            A gunman killed five people at a cafe in Oxa on Friday, the latest attack in a country on edge.

            Here is a recap of major attacks since the start of last year.

            - January 9: Two gunmen storm a newspaper office in Ura, killing eight.

            - March 3: A bomb on a bus in Oxa kills four passengers.

            - June 26: A man beheads his employer at a factory near Ura.
            """, published: "2016-07-15")
        #expect(f.isIncident == false)
        let report = facts(
            """
            A gunman killed five people at a cafe in Oxa on Friday, police said.

            Here is a look at what we know so far. The gunman was shot dead by officers.
            """, published: "2016-07-15")
        #expect(report.isIncident)
    }
}
