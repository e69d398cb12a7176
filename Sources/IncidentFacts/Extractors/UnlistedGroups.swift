/// Armed groups the hand-kept list lacks, found by how reporters name them: a capitalised name
/// ending in a fighting unit's word ("the Oxa Liberation Front", "Ruritanian Martyrs Brigades"),
/// a name with a struggle in it ("Islamic Resistance Movement of Oxa"), a name in quotes before
/// "gang", "group" or "militia" ("the \"400 Ura\" gang"), and "a group calling itself X". Like a
/// listed group, such a name counts only where the sentence ties it to the attack.
///
/// Names in text written in capitals are not looked for: there, case tells nothing.
enum UnlistedGroups {
    /// Last words of an armed group's name.
    static let unitWords: WordSet = [
        "front", "army", "brigade", "brigades", "battalion", "battalions", "commando", "commandos", "legion",
        "mujahideen", "mujahedeen",
    ]
    /// Last words that make a group's name only with a struggle in it ("Islamic Resistance
    /// Movement", not "Olympic Movement" or "World Health Organization").
    static let bodyWords: WordSet = [
        "movement", "organisation", "organization", "group", "council", "party", "forces",
    ]
    static let struggleWords: WordSet = [
        "liberation", "revolutionary", "resistance", "jihad", "islamic", "mujahideen", "martyrs", "insurgent",
        "militant", "renaissance",
    ]
    /// Words that open a sentence or a quote, not a name: "Our mujahideen", "This Front".
    static let pronouns: WordSet = [
        "our", "their", "his", "her", "its", "my", "your", "this", "that", "these", "those", "every", "all", "we",
    ]
    /// Words of a regular army's units and names ("3rd Infantry Brigade", "Afghan National
    /// Army"): forces of a state, no armed group.
    static let stateForceWords: WordSet = [
        "infantry", "armoured", "armored", "mechanised", "mechanized", "artillery", "rifles", "marine", "marines",
        "national", "royal", "regular", "special", "territorial", "first", "second", "third", "fourth", "fifth",
        "sixth", "seventh", "eighth", "ninth", "tenth", "people's", "defence", "defense", "air", "naval", "red",
        "salvation", "security", "border", "chief", "joint", "staff", "commander", "deputy", "general", "ministry",
        "minister", "head",
    ]
    /// Words between the names' capitalised words: "Front for the Liberation of Oxa".
    static let joiners: WordSet = ["of", "for", "the", "al", "de", "del", "la", "and"]
    /// What may follow a quoted name to make it a group's.
    static let quotedGroupNouns: WordSet = ["gang", "group", "militia", "cell", "faction", "brigade", "outfit"]

    /// How many unlisted names one article may add: more than any report names.
    static let perArticle = 24

    /// The unlisted names in `tokens`, at most `limit` of them.
    static func matches(in tokens: [Token], limit: Int = perArticle) -> [PhraseIndex<[ArmedGroup]>.Match] {
        var found: [PhraseIndex<[ArmedGroup]>.Match] = []
        var k = 0
        while k < tokens.count, found.count < limit {
            let floor = found.last?.end ?? 0
            if let match = unitName(tokens, endingAt: k, after: floor) ?? quotedName(tokens, at: k)
                ?? selfStyledName(tokens, at: k)
            {
                found.append(match)
                k = match.end
            } else {
                k += 1
            }
        }
        return found
    }

    /// "the Oxa Liberation Front": capitalised words before a unit word, or before a body word
    /// when one of them is a struggle word.
    static func unitName(_ tokens: [Token], endingAt k: Int, after floor: Int = 0) -> PhraseIndex<[ArmedGroup]>.Match? {
        // Flags, hashes and first bytes are read first, without copying the token: these
        // three are asked at every token of every sentence.
        guard tokens[k].isCapitalized else { return nil }
        let head = tokens[k]
        let isUnit = unitWords.contains(head)
        guard isUnit || bodyWords.contains(head) else { return nil }
        var start = k
        // Not back into the name found before: "the Oxa Front and Ura Front" are two.
        while start > floor, k - start < 6 {
            let before = tokens[start - 1]
            if before.isCapitalized && !AttackerCounter.determiners.contains(before.lower) {
                start -= 1
            } else if joiners.contains(before.lower), start - 2 >= floor, tokens[start - 2].isCapitalized,
                !AttackerCounter.determiners.contains(tokens[start - 2])
            {
                start -= 2
            } else {
                break
            }
        }
        while start < k, pronouns.contains(tokens[start]) { start += 1 }
        // A name of one word before its head, at least, and that word no sentence opener.
        guard start < k, !(start == 0 && k - start < 2) else { return nil }
        let words = tokens[start...k].map(\.lower)
        if words.contains(where: stateForceWords.contains) { return nil }
        if !isUnit, !words.contains(where: struggleWords.contains) { return nil }
        // "the Pakistani Army", "Mali's army": a country's own forces.
        let gazetteer = Gazetteer.shared
        let named = tokens[start..<k].filter { !joiners.contains($0) }
        if head.lower == "army" || head.lower == "forces",
            named.allSatisfy({ gazetteer.places.matches(in: [$0], allCaps: false).isEmpty == false })
        {
            return nil
        }
        // "Islamic Renaissance Party of Oxa": the place it is of ends the name.
        var end = k + 1
        if end + 1 < tokens.count, tokens[end].lower == "of" {
            var after = end + 1
            if tokens[after].lower == "the", after + 1 < tokens.count { after += 1 }
            if tokens[after].isCapitalized, !gazetteer.places.matches(in: [tokens[after]], allCaps: false).isEmpty {
                end = after + 1
            }
        }
        return match(tokens, start, end)
    }

    /// `the "400 Ura" gang`: one to four words in quotes before a group noun.
    static func quotedName(_ tokens: [Token], at k: Int) -> PhraseIndex<[ArmedGroup]>.Match? {
        guard tokens[k].text.utf8.first == UInt8(ascii: "\""), tokens[k].text == "\"", k + 2 < tokens.count else {
            return nil
        }
        guard let close = tokens[(k + 1)..<min(k + 6, tokens.count)].firstIndex(where: { $0.text == "\"" }),
            close > k + 1, close + 1 < tokens.count, quotedGroupNouns.contains(tokens[close + 1]),
            tokens[(k + 1)..<close].contains(where: \.isCapitalized)
        else { return nil }
        return match(tokens, k + 1, close)
    }

    static let selfStylingWords: WordSet = ["called", "named", "calling"]
    static let selfStyledNouns: WordSet = ["group", "outfit", "organisation", "organization", "militia"]

    /// "a group calling itself Saraya Ura", "an outfit called the Oxa Martyrs".
    static func selfStyledName(_ tokens: [Token], at k: Int) -> PhraseIndex<[ArmedGroup]>.Match? {
        guard k >= 1, selfStylingWords.mayContain(hash: tokens[k].lowerHash), selfStylingWords.contains(tokens[k]),
            selfStyledNouns.contains(tokens[k - 1])
        else { return nil }
        var start: Int
        if tokens[k].lower == "called" || tokens[k].lower == "named" {
            start = k + 1
        } else if tokens[k].lower == "calling", k + 1 < tokens.count,
            ["itself", "themselves"].contains(tokens[k + 1].lower)
        {
            start = k + 2
        } else {
            return nil
        }
        if start < tokens.count, tokens[start].lower == "the" || tokens[start].text == "\"" { start += 1 }
        var end = start
        while end < tokens.count, end - start < 6,
            tokens[end].isCapitalized || tokens[end].lower.hasPrefix("al-") && end > start
        {
            end += 1
        }
        guard end > start else { return nil }
        return match(tokens, start, end)
    }

    /// The match of the name `tokens[start..<end]`: a listed group when its words are a listed
    /// name's in another order, else a group of that name.
    private static func match(_ tokens: [Token], _ start: Int, _ end: Int) -> PhraseIndex<[ArmedGroup]>.Match {
        let text = tokens[start..<end].map(\.text).joined(separator: " ")
        let listed = Gazetteer.shared.groupsByWords[Gazetteer.nameWords(tokens[start..<end].map(\.text))]
        return PhraseIndex<[ArmedGroup]>.Match(
            start: start, end: end, value: [listed ?? ArmedGroup(name: text, countries: [])], text: text)
    }
}
