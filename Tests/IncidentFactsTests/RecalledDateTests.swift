import Testing

@testable import IncidentFacts

/// Earlier attacks told by the day or months they happened on, or two to one attack word.
@Suite struct RecalledDateTests {
    /// A report dated only by its photo caption: "on Feb 22" has no year of its own, and an
    /// earlier month of the report's year is an earlier attack, whose toll is not this one's.
    @Test func aMonthAndDayInAReportDatedByItsText() {
        func report(recalling day: String) -> String {
            """
            Police inspect the site of the blast in Peshawar, Saturday, March 13, 2010.

            PESHAWAR Ten people were killed and 30 injured in a suicide blast at a police checkpoint here on Saturday.

            Police said the bomber walked up to the post and detonated his vest.

            It was the third such attack this year. A bomber had attacked an army convoy in Peshawar on \(day), killing 14 people, including soldiers.
            """
        }
        let f = facts(report(recalling: "Feb 22"))
        #expect(f.date == SimpleDate(iso: "2010-03-13"))
        #expect(f.killed?.stated == [10])
        #expect(f.history.count == 1)
        #expect(f.history.first?.year == 2010)
        #expect(f.history.first?.killed == 14)
        // Guard: a later month of the year is no earlier attack of it.
        let later = facts(report(recalling: "April 22"))
        #expect(later.history.isEmpty)
    }

    /// "the bombing of a hotel in Oxa in 2003 ... and of an embassy in Ura in 2004": one attack
    /// word, two attacks, each with its own year, place and toll.
    @Test func twoAttacksSharingOneAttackWord() {
        let f = facts(
            """
            Gunmen killed four people at a market in Jakarta on Wednesday, police said.

            The group is also thought to be behind the bombing of a hotel in Bandung in 2003 that killed 12 people and of a consulate in Medan in 2004, in which 10 people died.
            """, published: "2006-05-03")
        #expect(f.history.map(\.year) == [2003, 2004])
        #expect(f.history.map(\.place) == ["Bandung", "Medan"])
        #expect(f.history.map(\.killed) == [12, 10])
        // Guard: one year for both is one recalled attack ("the bombing of a hotel and of a
        // consulate in Medan in 2004").
        let one = facts(
            """
            Gunmen killed four people at a market in Jakarta on Wednesday, police said.

            The group is also thought to be behind the bombing of a hotel and of a consulate in Medan in 2004.
            """, published: "2006-05-03")
        #expect(one.history.count == 1)
    }

    /// "hit by bombers in March and May": a clause closed by two months, both
    /// earlier in the report's year, is recalled with the place it names.
    @Test func aClauseClosedByTwoMonths() {
        let f = facts(
            """
            A car bomb killed 47 people outside a police station in Baghdad on Tuesday, officials said.

            A ministry building in eastern Baghdad was attacked by suicide bombers in February and June.
            """, published: "2004-09-14")
        #expect(f.history.first?.year == 2004)
        #expect(f.history.first?.place == "Baghdad")
        #expect(f.killed?.best == 47)
    }
}
