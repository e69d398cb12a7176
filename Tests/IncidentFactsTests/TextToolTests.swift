import Testing

@testable import IncidentFacts

/// The small text tools the extractors lean on in their hot loops.
@Suite struct TextToolTests {
    /// `found(in:)` lists each phrase present once, in the list's order, matched byte-wise.
    @Test func phraseListTellsWhichPhrasesOccur() {
        let sites = PhraseList([" police station ", " police post ", " army camp "])
        let lead = " a bomb hit the army camp and the police station , then a second police station "
        #expect(sites.found(in: lead) == [" police station ", " army camp "])
        #expect(sites.found(in: " the police stations were closed ").isEmpty)
        #expect(sites.found(in: "").isEmpty)
    }

    /// A token opens on a letter, ASCII or not; digits, marks and quotes do not.
    @Test func tokensTellWhetherTheyOpenOnALetter() {
        let tokens = Tokenizer.tokens(of: "Émile saw 12 men , “ Oxa ” and al-Qaeda")
        let opening = Dictionary(tokens.map { ($0.text, $0.startsWithLetter) }, uniquingKeysWith: { a, _ in a })
        #expect(opening["Émile"] == true)
        #expect(opening["saw"] == true)
        #expect(opening["al-Qaeda"] == true)
        #expect(opening["12"] == false)
        #expect(opening[","] == false)
        #expect(opening["“"] == false)
    }

    /// Gazetteer positions read from their bytes give the double `Double(_:)` gives, sign,
    /// whole and fraction digits alike; anything but a plain decimal is refused.
    @Test func decimalsReadLikeTheStandardLibrary() {
        var checked = 0
        for whole in stride(from: -179, through: 179, by: 7) {
            for fraction in ["0", "5", "25", "1234", "98765", "00001", "333333"] {
                let text = (whole == 0 ? "-0" : String(whole)) + "." + fraction
                #expect(GeoPosition.decimal(text.utf8[...]) == Double(text), "\(text)")
                checked += 1
            }
        }
        #expect(checked > 300)
        #expect(GeoPosition.decimal("12".utf8[...]) == 12)
        #expect(GeoPosition.decimal("1.2.3".utf8[...]) == nil)
        #expect(GeoPosition.decimal("1e5".utf8[...]) == nil)
        #expect(GeoPosition.decimal("".utf8[...]) == nil)
        #expect(GeoPosition(" 33.5,44.4") == nil)
        #expect(GeoPosition("33.3152,44.3661")?.latitude == 33.3152)
    }
}
