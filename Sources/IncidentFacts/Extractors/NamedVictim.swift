/// One person named and said to be killed (or gravely wounded), for a story that gives no
/// figure: "Ana Ruiz, a reporter who covered crime, was slain today", "Journalist Ana Ruiz
/// killed in Oxa". Only a name of two capitalised words or more that is no place or group, at
/// the start of the sentence or after a word for a person ("journalist", "mayor"), is taken.
enum NamedVictim {
    /// Verbs that say someone died at another's hand, on their own.
    static let killingVerbs: WordSet = ["killed", "slain", "murdered", "assassinated", "beheaded"]
    /// Verbs that say so with the word after them: "shot dead", "gunned down", "stabbed to death".
    static let twoWordKillings: [String: Set<String>] = [
        "shot": ["dead", "to"], "gunned": ["down"], "stabbed": ["to"], "hacked": ["to"], "beaten": ["to"],
    ]
    /// Words after a bare participle that show it passive: "Ana Ruiz killed in Oxa".
    static let passiveFollowers: WordSet = ["in", "on", "at", "by", "near", "outside", "inside", ",", "as"]

    /// True when the sentence tells a named person was killed. `isNamedThing` says whether the
    /// word at a position belongs to a place or a group named there.
    static func isKilled(_ tokens: [Token], isNamedThing: (Int) -> Bool) -> Bool {
        tokens.indices.contains { k in
            guard tellsAKilling(tokens, at: k) else { return false }
            var j = k - 1
            if j >= 0, ["was", "is"].contains(tokens[j].lower) {
                j -= 1
            } else if j >= 1, tokens[j].lower == "been", ["has", "had"].contains(tokens[j - 1].lower) {
                j -= 2
            } else if k + 1 < tokens.count, !passiveFollowers.contains(tokens[k + 1]) {
                // A bare participle must be passive: "Ana Ruiz killed in Oxa", not "Ana Ruiz killed two".
                return false
            }
            // "Ana Ruiz, a reporter who covered crime for years, was slain": past the apposition.
            if j >= 0, tokens[j].text == "," {
                guard let opening = tokens[max(0, j - 20)..<j].lastIndex(where: { $0.text == "," }) else {
                    return false
                }
                j = opening - 1
            }
            return endsAName(tokens, at: j, isNamedThing: isNamedThing)
        }
    }

    /// True when the sentence tells one person is in hospital in a grave state: "Stopa was in a
    /// critical condition", "the driver remains in serious condition".
    static func isWounded(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { c in
            guard tokens[c].lower == "condition", c >= 3, graveStates.contains(tokens[c - 1]) else {
                return false
            }
            var j = c - 2
            if tokens[j].lower == "a" { j -= 1 }
            guard j >= 1, tokens[j].lower == "in", ["was", "is", "remains", "remained"].contains(tokens[j - 1].lower)
            else { return false }
            let subject = j - 2
            guard subject >= 0 else { return false }
            return CasualtyExtractor.singleVictimNouns.contains(tokens[subject])
                || isNameWord(tokens[subject]) && (subject <= 1 || !tokens[subject - 1].isCapitalized)
        }
    }
    static let graveStates: WordSet = ["critical", "serious", "grave", "stable"]

    /// "killed", "was slain", "shot dead", "stabbed to death" at `k`.
    private static func tellsAKilling(_ tokens: [Token], at k: Int) -> Bool {
        let word = tokens[k].lower
        if killingVerbs.contains(word) { return true }
        guard let next = twoWordKillings[word], k + 1 < tokens.count, next.contains(tokens[k + 1].lower) else {
            return false
        }
        // "shot to death", not "shot to wound"
        return tokens[k + 1].lower != "to" || k + 2 < tokens.count && tokens[k + 2].lower == "death"
    }

    /// True when a person's name of two to four capitalised words ends at `end`, and opens the
    /// sentence or follows a word for a person ("journalist Ana Ruiz").
    private static func endsAName(_ tokens: [Token], at end: Int, isNamedThing: (Int) -> Bool) -> Bool {
        guard end >= 1 else { return false }
        var start = end
        while start >= 0, end - start < 4, isNameWord(tokens[start]), !isNamedThing(start) { start -= 1 }
        start += 1
        guard end - start >= 1 else { return false }
        if start == 0 { return true }
        let before = tokens[start - 1]
        return CasualtyExtractor.singleVictimNouns.contains(before.lower)
            && (start == 1 || !before.isCapitalized)
    }

    private static func isNameWord(_ token: Token) -> Bool {
        token.isCapitalized && token.text.count > 1 && token.text.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" })
            && !CasualtyExtractor.singleVictimNouns.contains(token)
            && DateExpressions.months[token] == nil && DateExpressions.weekdays[token] == nil
            && !["The", "A", "An", "On", "In", "At", "Police", "Officials"].contains(token.text)
    }
}
