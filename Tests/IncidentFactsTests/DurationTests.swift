import Testing

@testable import IncidentFacts

/// How long an attack lasted: the article's words, and the figure in minutes.
@Suite struct DurationTests {
    @Test(arguments: [
        ("Commandos ended the standoff at the hotel on Monday after nearly 16 hours, killing both gunmen.", 960),
        (
            "Gunmen seized a school in Ardon on Monday, taking pupils hostage. The siege lasted three days before "
                + "troops stormed the building.", 3 * 1440
        ),
        ("Gunmen held staff at the bank for 45 minutes on Tuesday before police ended the standoff.", 45),
        (
            "Militants attacked an army depot near Ardon on Sunday, killing four soldiers. Police said the gunbattle "
                + "at the depot lasted two hours.", 120
        ),
    ])
    func aStatedLengthIsCountedInMinutes(sentence: String, minutes: Int) {
        let f = facts(sentence, published: "2019-05-14")
        #expect(f.duration != nil)
        #expect(f.durationMinutes == minutes)
    }

    @Test(arguments: [
        ("Gunmen seized a hotel in Ardon on Monday. The 16-hour siege ended when troops stormed it.", 960),
        ("Gunmen seized a hotel in Ardon on Monday. The siege lasted three bloody days.", 3 * 1440),
        ("Gunmen seized a hotel in Ardon on Monday. The three-day siege ended when troops stormed it.", 3 * 1440),
        ("Gunmen raided a depot in Ardon on Monday. After a two-hour gun-battle, both were killed.", 120),
    ])
    func hyphenatedAndDescribedLengthsCount(article: String, minutes: Int) {
        #expect(facts(article, published: "2019-03-06").durationMinutes == minutes)
    }

    @Test func noFigureNoMinutes() {
        let f = facts(
            "The siege at the mall in Ardon lasted for hours before soldiers took it back.", published: "2019-05-14")
        #expect(f.duration == nil)
        #expect(f.durationMinutes == nil)
    }

    /// A hyphenated length of something else than the attack ("after his four-hour visit") is
    /// no duration of it.
    @Test func theLengthOfAVisitIsNoDuration() {
        let f = facts(
            """
            Gunmen attacked a clinic in Ardon on Saturday, killing a guard. The minister, speaking after his \
            four-hour visit to the town, said the attack was cowardly.
            """, published: "2019-05-14")
        #expect(f.duration == nil)
    }

    @Test func theMinutesAreAFactOfTheContract() {
        var f = FactSheet(file: "a.txt")
        f.durationMinutes = 90
        let fields: [(String, JSONValue)]
        if case .object(let object) = f.json() { fields = object } else { fields = [] }
        #expect(fields.contains { $0.0 == "duration_minutes" && $0.1 == .int(90) })
    }
}
