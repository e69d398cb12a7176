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

    /// The scan that skips (every phrase three bytes or more) and the one that reads every byte
    /// find what `String.contains` finds, on lists and texts made of a few letters so that
    /// phrases overlap, repeat and share their blocks.
    @Test func phraseListFindsWhatContainsFinds() {
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % bound
        }
        let letters = ["a", "b", " ", "c", "é"]
        func text(_ length: Int) -> String { (0..<length).map { _ in letters[next(letters.count)] }.joined() }
        var skipping = 0
        for _ in 0..<400 {
            let shortest = 1 + next(4)
            var phrases: [String] = []
            for _ in 0..<(1 + next(6)) {
                let phrase = text(shortest + next(4))
                if !phrases.contains(phrase) { phrases.append(phrase) }
            }
            if phrases.allSatisfy({ $0.utf8.count >= 3 }) { skipping += 1 }
            let list = PhraseList(phrases)
            for _ in 0..<10 {
                let haystack = text(next(40))
                let expected = phrases.filter { haystack.contains($0) }
                #expect(list.found(in: haystack) == expected, "\(phrases) in \"\(haystack)\"")
                #expect(list.occurs(in: haystack) == !expected.isEmpty)
                #expect(list.count(in: haystack) == expected.count)
            }
        }
        #expect(skipping > 100)
    }

    /// A set's scans of a sentence's tokens find its words by their lowercase form, in order.
    @Test func wordSetsScanTokensInPlace() {
        let tokens = Tokenizer.tokens(of: "Gunmen Hit a bus near Oxa and hit two cars , police said")
        let verbs: WordSet = ["hit", "struck"]
        #expect(verbs.positions(in: tokens) == [1, 7])
        #expect(verbs.firstPosition(in: tokens) == 1)
        #expect(verbs.firstPosition(in: Array(tokens[..<1])) == nil)
        #expect(verbs.occurs(in: tokens))
        #expect(!WordSet(["rammed", "ploughed"]).occurs(in: tokens))
        #expect(WordSet(["oxa"]).positions(in: tokens) == [5])
        #expect(verbs.positions(in: []).isEmpty && verbs.firstPosition(in: []) == nil && !verbs.occurs(in: []))
        #expect(verbs.mayContain(hash: tokens[1].lowerHash))
        #expect(!verbs.mayContain(hash: tokens[0].lowerHash))
    }

    /// The number reader's first sift lets through every token a number may open on (digits,
    /// number words, hyphenated tens, hedges, vague amounts) and stops common words.
    @Test func numbersAreSiftedOnTheirFirstToken() {
        let tokens = Tokenizer.tokens(of: "At least 12 , twenty-one or dozens of the seven police said")
        let opening = tokens.indices.filter { NumberReader.mayStart(tokens, at: $0) }.map { tokens[$0].text }
        #expect(opening == ["At", "least", "12", "twenty-one", "dozens", "seven"])
        for index in tokens.indices where NumberReader.read(tokens, at: index) != nil {
            #expect(NumberReader.mayStart(tokens, at: index))
        }
    }

    /// The lead's words between spaces, written into one buffer, are what joining them gives.
    @Test func spacedWordsAreJoinedWords() {
        for words in [[], ["oxa"], ["a", "bomb", "hit", "the", "police", "station"], ["café", "ürün", "", "x"]] {
            #expect(AttackClassifier.spaced(words) == " " + words.joined(separator: " ") + " ")
        }
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
