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
}
