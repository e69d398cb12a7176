/// Who a sentence says blames or suspects a group: "Police blamed the Oxa Front", "the Oxa Front
/// was behind the attack, the governor said", "..., said the Ura chief minister", "according to
/// the interior ministry". A reader weighs an accusation by who makes it, so the brief says
/// "Blamed on X by the governor" rather than stating the accusation as fact.
enum Attribution {
    /// Verbs by which someone accuses: the accuser is the phrase before them.
    static let accusingVerbs: WordSet = [
        "blamed", "blames", "blame", "accused", "accuses", "accuse", "suspect", "suspects", "suspected",
        "believe", "believes", "alleged", "alleges",
    ]
    /// Verbs of saying: the speaker is before them, or after them when they follow a comma
    /// ("..., said the governor").
    static let speechVerbs: WordSet = ["said", "says", "told", "stated", "added", "reported", "announced"]

    /// Words a speaker phrase ends before: a time, a place, a relative clause.
    static let phraseEnds: WordSet = [
        "on", "in", "at", "late", "early", "earlier", "later", "yesterday", "today", "tonight", "who", "which",
        "that", "while", "after", "as", "when", "and", "but", "of", "for", "to",
    ]
    /// Words a speaker phrase may not be: they name nobody a reader could weigh.
    static let pronouns: WordSet = ["he", "she", "they", "it", "we", "i", "you", "this", "there", "one"]
    /// Words that may open a clause without being part of its subject.
    static let clauseOpeners: WordSet = ["and", "but", "which", "who", "that", "while", "as", "whom", "where"]
    /// Words that may stand between a subject and its verb ("police have blamed", "officials
    /// quickly blamed").
    static let beforeVerb: WordSet = [
        "have", "has", "had", "are", "were", "was", "is", "also", "later", "initially", "reportedly", "quickly",
        "already", "swiftly", "immediately", "openly", "publicly", "did", "do", "does", "not", "all", "both",
    ]
    /// Words a speaker phrase never holds: it would be a clause about time or another event
    /// ("hours after the US said ...").
    static let notInSpeaker: WordSet = [
        "after", "before", "since", "hours", "days", "weeks", "said", "says", "suggested", "suggest", "if", "than",
    ]
    /// Words that alone name nobody: "the suspected ...", "two suspected ...".
    static let notAName: WordSet = [
        "the", "a", "an", "its", "their", "his", "her", "two", "three", "four", "five", "several", "some", "many",
        "other", "another", "one", "both",
    ]

    /// The accuser of a group named in `sentence` (by any of `spellings`), or nil when the
    /// sentence does not say who makes the accusation.
    static func accuser(in sentence: Sentence, groupSpellings spellings: [String]) -> String? {
        let tokens = sentence.tokens
        let lowerSpellings = spellings.map { $0.lowercased() }
        func accepted(_ range: Range<Int>) -> String? {
            var range = range
            while let first = range.first, tokens[first].isPunctuation || clauseOpeners.contains(tokens[first]) {
                range = range.dropFirst()
            }
            while let last = range.last, beforeVerb.contains(tokens[last]) { range = range.dropLast() }
            guard !range.isEmpty, range.count <= 7 else { return nil }
            guard !tokens[range].allSatisfy({ notAName.contains($0) || $0.text.first?.isNumber == true }) else {
                return nil
            }
            guard !tokens[range].contains(where: { $0.isPunctuation && $0.text != "-" && $0.text != "'s" }) else {
                return nil
            }
            if range.count == 1, pronouns.contains(tokens[range.first!]) { return nil }
            if tokens[range].contains(where: { notInSpeaker.contains($0) }) { return nil }
            let phrase = text(of: range, in: tokens)
            let lower = phrase.lowercased()
            if lowerSpellings.contains(where: { lower.contains($0) }) { return nil }
            // A phrase that holds a verb of its own ("the attack killed") is not a speaker.
            if tokens[range].contains(where: { Lexicon.attackWords.contains($0) }) { return nil }
            return phrase
        }
        // "according to the interior ministry"
        for k in tokens.indices.dropLast(2) where tokens[k].lower == "according" && tokens[k + 1].lower == "to" {
            let start = k + 2
            let end = phraseEnd(after: start, in: tokens)
            if let found = accepted(start..<end) { return found }
        }
        let verbs =
            tokens.indices.filter { accusingVerbs.contains(tokens[$0]) }
            + tokens.indices.filter { speechVerbs.contains(tokens[$0]) }
        for k in verbs {
            let afterComma = k > 0 && [",", "\"", "”", "’"].contains(tokens[k - 1].text)
            let endsSentence = k + 1 >= tokens.count || tokens[k + 1].isPunctuation
            if afterComma && !endsSentence {
                // "..., said the Ura chief minister." (not "..., said that ...": a clause follows)
                let end = phraseEnd(after: k + 1, in: tokens)
                if end < tokens.count, tokens[end].lower == "that" { continue }
                if let found = accepted((k + 1)..<end) { return found }
            } else {
                // "Police blamed ...", "..., police said."
                var start = k
                while start > 0,
                    !tokens[start - 1].isPunctuation || tokens[start - 1].text == "'s"
                        || tokens[start - 1].text == "-"
                {
                    start -= 1
                }
                if let found = accepted(start..<k) { return found }
            }
        }
        return nil
    }

    /// Where a phrase starting at `start` ends: at punctuation or a word that opens something else.
    private static func phraseEnd(after start: Int, in tokens: [Token]) -> Int {
        var end = start
        while end < tokens.count, !(tokens[end].isPunctuation && tokens[end].text != "-" && tokens[end].text != "'s"),
            end == start || !phraseEnds.contains(tokens[end])
        {
            end += 1
        }
        return end
    }

    /// Tokens joined as written: a possessive and hyphens close up; a capital that opens the
    /// sentence is lowered when the word is a common one, not a name. In a sentence set all in
    /// capitals, common words are lowered and names keep one capital ("NATO" stays as it is
    /// in ordinary text).
    private static func text(of range: Range<Int>, in tokens: [Token]) -> String {
        let inCapitals = !tokens.contains { $0.text.contains(where: \.isLowercase) }
        var words: [String] = []
        for k in range {
            let token = tokens[k]
            var word = token.text
            if inCapitals { word = token.isCapitalized ? word.prefix(1) + word.dropFirst().lowercased() : token.lower }
            if token.text == "'s" || token.text == "-", let last = words.popLast() {
                words.append(last + word)
            } else if let last = words.last, last.hasSuffix("-") {
                words[words.count - 1] = last + word
            } else {
                words.append(word)
            }
        }
        // "Army officials blamed ...": a common word opening the sentence is not a name.
        if range.first == 0, let first = range.first, Gazetteer.commonWords.contains(tokens[first]), !words.isEmpty {
            words[0] = words[0].lowercased()
        }
        return words.joined(separator: " ")
    }
}
