/// Finds towns the gazetteer does not list by the way a story introduces them: "the town of
/// Arrigorriaga", "the village of Kawo", "Wattala, a suburb of Colombo", "Bayo municipality",
/// "in Arrigorriaga, near Bilbao".
/// Most attacks in small places are reported that way, and the gazetteer only holds cities.
enum TownFinder {
    static let settlementNouns: WordSet = [
        "town", "village", "city", "suburb", "municipality", "hamlet", "township", "district", "locality",
    ]
    /// "in X, near Y": words that set a place beside another. (Sets, not array literals: these
    /// are asked of every token, and a literal is made and freed at each ask.)
    static let besideWords: WordSet = ["near", "outside"]
    /// Settlement nouns that follow the name: "X municipality".
    static let nameFirstNouns: WordSet = ["municipality", "township"]
    /// Words allowed between "a" and the settlement noun: "a small northern town".
    static let settlementAdjectives: WordSet = [
        "small", "tiny", "remote", "quiet", "coastal", "border", "frontier", "mountain", "farming", "fishing",
        "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
        "central", "nearby", "neighbouring", "neighboring", "predominantly", "mainly", "largely", "christian",
        "muslim", "rural", "sleepy", "busy", "industrial", "seaside",
    ]

    /// The settlements a sentence introduces, as written, with the token where each starts.
    static func towns(in tokens: [Token]) -> [(name: String, start: Int)] {
        var found: [(name: String, start: Int)] = []
        // "in X, near Y", "in X, outside Y": a place set beside a better-known one.
        // By index, with the sets read once: these loops ask about every token of every sentence.
        let besideWords = Self.besideWords, settlementNouns = Self.settlementNouns
        for k in tokens.indices where besideWords.contains(tokens[k]) && k >= 3 && tokens[k - 1].text == "," {
            if let start = nameStart(in: tokens, endingAt: k - 1), start > 0, tokens[start - 1].lower == "in" {
                found.append((SiteFinder.join(tokens[start..<(k - 1)].map { $0.text }), start))
            }
        }
        for k in settlementNouns.positions(in: tokens) {
            let token = tokens[k]
            // "the town of X"
            if k + 2 < tokens.count, tokens[k + 1].lower == "of", k > 0, tokens[k - 1].lower == "the" {
                if let name = name(in: tokens, from: k + 2) { found.append((name, k + 2)) }
                continue
            }
            // "X municipality", "X township"
            if nameFirstNouns.contains(token), let start = nameStart(in: tokens, endingAt: k) {
                found.append((SiteFinder.join(tokens[start..<k].map { $0.text }), start))
                continue
            }
            // "X, a (small) town (of|near|in) ..."
            var j = k - 1
            while j >= 0, settlementAdjectives.contains(tokens[j]) { j -= 1 }
            if j >= 2, ["a", "an"].contains(tokens[j].lower), tokens[j - 1].text == ",",
                let start = nameStart(in: tokens, endingAt: j - 1)
            {
                found.append((SiteFinder.join(tokens[start..<(j - 1)].map { $0.text }), start))
            }
        }
        return found
    }

    /// A place name from `start`: capitalised words, with particles and hyphens inside it, five
    /// tokens at most.
    private static func name(in tokens: [Token], from start: Int) -> String? {
        var end = start
        while end < tokens.count, end - start < 5 {
            // "Bir al-Abed", "Mocimboa da Praia": particles and hyphens inside a name.
            let joins =
                end > start && end + 1 < tokens.count && isNameWord(tokens[end + 1])
                && (tokens[end].text == "-" || nameParticles.contains(tokens[end]))
            guard isNameWord(tokens[end]) || joins else { break }
            end += 1
        }
        while end > start, !isNameWord(tokens[end - 1]) { end -= 1 }
        return end > start ? SiteFinder.join(tokens[start..<end].map { $0.text }) : nil
    }

    /// Where a name of up to three capitalised words ending just before `end` starts.
    private static func nameStart(in tokens: [Token], endingAt end: Int) -> Int? {
        var start = end
        while start > 0, end - start < 3, isNameWord(tokens[start - 1]) { start -= 1 }
        // A name that opens the sentence may be a capitalised common word; "In" is not a town.
        guard start < end, !(start == 0 && end - start == 1 && commonOpeners.contains(tokens[0])) else {
            return nil
        }
        return start
    }

    /// "Huanta" for "HUANTA", "Bir al-Abed" for "BIR AL-ABED": a name found in text written in
    /// capitals, in the usual case.
    static func capitalizedName(_ name: String) -> String {
        name.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { index, part in
                let lower = part.lowercased()
                if index == 0 && word.contains("-") && nameParticles.contains(lower) { return lower }
                return lower.prefix(1).uppercased() + lower.dropFirst()
            }.joined(separator: "-")
        }.joined(separator: " ")
    }

    private static let nameParticles: WordSet = ["al", "el", "ad", "as", "ar", "da", "de", "do", "del", "la", "le"]
    private static let commonOpeners: WordSet = ["in", "the", "at", "near", "police", "officials", "but"]

    private static func isNameWord(_ token: Token) -> Bool {
        if let dash = token.text.firstIndex(of: "-"), nameParticles.contains(token.text[..<dash].lowercased()),
            token.text[token.text.index(after: dash)...].first?.isUppercase ?? false
        {
            return true  // "al-Abed"
        }
        return token.isCapitalized && token.text.count > 1 && DateExpressions.months[token] == nil
            && DateExpressions.weekdays[token] == nil
    }
}
