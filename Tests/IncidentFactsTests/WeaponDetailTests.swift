import Testing

@testable import IncidentFacts

/// Weapons read as a GTD weapon detail does: instrument nouns, each once, the specific over the
/// generic, plural when a report wrote it so.
@Suite struct WeaponDetailTests {
    @Test func singularAndPluralMergeAndTheSpecificWins() {
        let weapons = [
            Weapon(category: "firearms", words: ["rifle", "assault rifles", "guns", "bullets"]),
            Weapon(category: "explosives", words: ["grenade", "hand grenades", "explosives"]),
        ]
        #expect(WeaponDetail.sentence(weapons) == "Assault rifles and hand grenades")
    }

    @Test func oneInstrumentTakesAnArticle() {
        #expect(WeaponDetail.sentence([Weapon(category: "explosives", words: ["car bomb", "bomb"])]) == "A car bomb")
        #expect(
            WeaponDetail.list([Weapon(category: "explosives", words: ["IED"])]) == "an improvised explosive device")
        #expect(
            WeaponDetail.list([
                Weapon(category: "melee", words: ["knives", "knife", "axes"]),
                Weapon(category: "vehicle", words: ["van"]),
            ]) == "knives, axes and a van")
    }

    @Test func aCategoryWithoutAnInstrumentReadsAsItsKind() {
        // "opened fire" gives firearms with no noun; bullets are no instrument of their own.
        #expect(WeaponDetail.sentence([Weapon(category: "firearms", words: [])]) == "Firearms")
        #expect(WeaponDetail.sentence([Weapon(category: "firearms", words: ["bullets"])]) == "Firearms")
        #expect(WeaponDetail.sentence([Weapon(category: "explosives", words: ["explosive"])]) == "Explosives")
        #expect(WeaponDetail.sentence([]) == nil)
    }

    /// The detail tells whether a report names an instrument, beside the phrase it makes.
    @Test func theDetailSaysWhetherAnInstrumentIsNamed() {
        let kindOnly = WeaponDetail.detail([Weapon(category: "firearms", words: ["bullets"])])
        #expect(kindOnly.list == "firearms" && kindOnly.sentence == "Firearms" && !kindOnly.namesInstruments)
        let named = WeaponDetail.detail([
            Weapon(category: "firearms", words: []), Weapon(category: "explosives", words: ["car bomb"]),
        ])
        #expect(named.list == "firearms and a car bomb" && named.namesInstruments)
        let none = WeaponDetail.detail([])
        #expect(none.list == nil && none.sentence == nil && !none.namesInstruments)
    }

    @Test func modelNamesKeepTheirCapitals() {
        #expect(WeaponDetail.sentence([Weapon(category: "firearms", words: ["ak-74"])]) == "An AK-74 rifle")
        #expect(WeaponDetail.sentence([Weapon(category: "firearms", words: ["m-4 carbines"])]) == "M-4 carbines")
        #expect(WeaponDetail.sentence([Weapon(category: "firearms", words: ["g-3s"])]) == "G-3 rifles")
        #expect(WeaponDetail.list([Weapon(category: "firearms", words: ["m-16"])]) == "an M-16 rifle")
        #expect(WeaponDetail.list([Weapon(category: "firearms", words: ["g-3"])]) == "a G-3 rifle")
    }
}
