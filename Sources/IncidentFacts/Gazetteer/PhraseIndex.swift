/// A dictionary of multi-word phrases, matched longest-first over tokens.
///
/// Lookups go through a hash of the first token, so matching a sentence costs one dictionary
/// probe per token.
struct PhraseIndex<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let words: [String]
        /// The `WordTable` hash of each word: a candidate is turned down on a hash before its
        /// words are compared ("the", "in", "a", a fifth of all tokens, open some places and
        /// groups: "The Hague", "In Salah").
        let hashes: [UInt64]
        /// True when the phrase must match letter case exactly (short acronyms like "IS", "TTP").
        let exactCase: Bool
        let surface: [String]
        let value: Value
    }

    /// A phrase found in a token list.
    struct Match: Sendable {
        let start: Int
        let end: Int
        let value: Value
        /// The words as written in the text.
        let text: String
    }

    private var byFirstWord: [String: [Entry]] = [:]
    /// `byFirstWord` in a `WordTable`, made by `finish()`: the lookup done for every token.
    private var lookup = WordTable<[Entry]>([])

    /// Adds `phrase` for `value`.
    mutating func add(_ phrase: String, _ value: Value) {
        let tokens = Tokenizer.tokens(of: phrase)
        guard !tokens.isEmpty else { return }
        let (letterCount, upperCount) = Self.countLetters(phrase)
        let exactCase = letterCount <= 5 && upperCount > 0 && upperCount * 2 >= letterCount
        let entry = Entry(
            words: tokens.map { $0.lower }, hashes: tokens.map { $0.lowerHash }, exactCase: exactCase,
            surface: tokens.map { $0.text }, value: value)
        byFirstWord[entry.words[0], default: []].append(entry)
    }

    /// Letters and capital letters in `phrase`, as far as exact case needs them: past five
    /// letters the capitals are not counted. ASCII phrases, nearly all of them, are counted on
    /// their bytes (the gazetteer adds tens of thousands while a build waits for it).
    private static func countLetters(_ phrase: String) -> (letters: Int, capitals: Int) {
        if phrase.utf8.allSatisfy({ $0 < 0x80 }) {
            var letters = 0, capitals = 0
            for byte in phrase.utf8 {
                if byte >= 65 && byte <= 90 {
                    letters += 1
                    capitals += 1
                } else if byte >= 97 && byte <= 122 {
                    letters += 1
                }
            }
            return (letters, capitals)
        }
        // Only phrases of five letters or fewer can need exact case: counting stops at six.
        var letters: [Character] = []
        for character in phrase where character.isLetter {
            letters.append(character)
            if letters.count > 5 { return (letters.count, 0) }
        }
        return (letters.count, letters.filter { $0.isUppercase }.count)
    }

    /// Sorts candidates longest first; call once after adding.
    mutating func finish() {
        for key in byFirstWord.keys {
            byFirstWord[key]!.sort { $0.words.count > $1.words.count }
        }
        lookup = WordTable(byFirstWord.map { ($0.key, $0.value) })
    }

    /// True when the tokens from `start` are the entry's words (in lowercase): hashes first,
    /// read in place, then the words whose hashes agree.
    private static func sameWords(_ entry: Entry, _ tokens: [Token], at start: Int) -> Bool {
        let sameHashes = tokens.withUnsafeBufferPointer { buffer in
            entry.hashes.indices.allSatisfy { buffer[start + $0].lowerHash == entry.hashes[$0] }
        }
        return sameHashes && entry.words.indices.allSatisfy { tokens[start + $0].lower == entry.words[$0] }
    }

    /// "al-Shabaab", "al-Qaeda": Arabic article prefixes are written in lowercase.
    private func startsLikeName(_ word: String) -> Bool {
        for prefix in ["al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-"] where word.hasPrefix(prefix) {
            return word.dropFirst(prefix.count).first?.isUppercase ?? false
        }
        return false
    }

    /// Matches ignoring letter case, for ordinary words (weapons, attack words); tokens already
    /// carry their lowercase form, so nothing is copied.
    func matches(anyCaseIn tokens: [Token]) -> [Match] {
        matches(in: tokens, allCaps: true)
    }

    /// All non-overlapping longest matches, left to right. Outside ALL-CAPS text a match must
    /// start with a capital letter; in it, acronyms of two letters ("IS", "US") are left out
    /// unless `shortAcronyms` (the caller then judges them by their context).
    func matches(in tokens: [Token], allCaps: Bool, shortAcronyms: Bool = false) -> [Match] {
        var result: [Match] = []
        var i = 0
        while i < tokens.count {
            guard let candidates = lookup[tokens[i].lower, hash: tokens[i].lowerHash] else {
                i += 1
                continue
            }
            var matched: Match?
            for entry in candidates where i + entry.words.count <= tokens.count {
                guard Self.sameWords(entry, tokens, at: i) else { continue }
                if entry.exactCase {
                    if allCaps && !shortAcronyms && entry.surface.joined().count <= 2 { continue }
                    if !allCaps {
                        var same = true
                        for (k, word) in entry.surface.enumerated() where tokens[i + k].text != word {
                            same = false
                            break
                        }
                        if !same { continue }
                    }
                } else if !allCaps && !tokens[i].isCapitalized && !startsLikeName(tokens[i].text) {
                    continue
                }
                let text = tokens[i..<(i + entry.words.count)].map { $0.text }.joined(separator: " ")
                matched = Match(start: i, end: i + entry.words.count, value: entry.value, text: text)
                break
            }
            if let matched {
                result.append(matched)
                i = matched.end
            } else {
                i += 1
            }
        }
        return result
    }
}
