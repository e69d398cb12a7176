import Testing

@testable import IncidentFacts

/// Groups the hand-kept list lacks, found by how reporters name them; each counts only where
/// its sentence ties it to the attack.
@Suite struct UnlistedGroupTests {
    @Test(arguments: [
        (
            "The Oxa Liberation Front claimed the bombing of a bus in Ura on Monday that killed nine.",
            "Oxa Liberation Front"
        ),
        (
            "Police blamed the Martyrs of Ura Brigades for the attack on a market in Oxa on Monday.",
            "Martyrs of Ura Brigades"
        ),
        ("A little-known group calling itself Saraya Ura claimed the rocket attack on Oxa on Monday.", "Saraya Ura"),
        (
            "Seventeen aid workers were kidnapped on Saturday by the \"500 Oxa\" gang near Ura, officials said.",
            "500 Oxa"
        ),
        (
            "The Oxa Revolutionary Movement of Lebanon claimed the shooting of two guards in Oxa on Monday.",
            "Oxa Revolutionary Movement of Lebanon"
        ),
    ])
    func aNameByPattern(sentence: String, group: String) {
        let f = facts(sentence, published: "2021-03-02")
        #expect(f.perpetrators.map(\.name) == [group])
    }

    /// A state's forces and their officers, a body with no struggle in its name, and a name
    /// the sentence does not tie to the attack are no perpetrators.
    @Test(arguments: [
        "The Pakistani Army said its troops killed four militants who attacked a post in Oxa on Monday.",
        "The 3rd Infantry Brigade was sent to Ura after gunmen attacked a market there on Monday.",
        "The World Health Organization condemned the attack on a clinic in Oxa on Monday.",
        "The Chief of Army Staff visited Oxa on Monday, a day after gunmen attacked a market.",
        "The Oxa Liberation Front held a congress in Ura on Monday.",
    ])
    func noGroupByPattern(sentence: String) {
        #expect(facts(sentence, published: "2021-03-02").perpetrators.isEmpty)
    }

    /// Two names side by side are two groups, not one long name.
    @Test func twoNamesSideBySide() {
        let tokens = Tokenizer.tokens(of: "Police blamed the Oxa Front Ura Brigades for the bombing.")
        #expect(UnlistedGroups.matches(in: tokens).map(\.text) == ["Oxa Front", "Ura Brigades"])
    }

    /// A listed group's name in another word order is the listed group.
    @Test func aListedNameInAnotherOrder() {
        let f = facts(
            "The Islamic Great Eastern Raiders Front claimed the bombing of two synagogues in Istanbul on Saturday.",
            published: "2003-11-16")
        #expect(f.perpetrators.map(\.name) == ["Great Eastern Islamic Raiders' Front"])
    }

    /// A text of hundreds of made-up names adds no more than a report ever names, which keeps
    /// such a text's cost linear in its length.
    @Test func madeUpNamesAreBounded() {
        let names = (1...300).map { "The Oxa\($0) Front claimed the bombing in Ura on Monday." }
        let f = facts(names.joined(separator: " "), published: "2021-03-02")
        #expect(f.perpetrators.count == UnlistedGroups.perArticle)
    }
}
