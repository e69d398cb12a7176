/// Words that tell a sentence is about another attack of the same days: "Two days earlier,
/// gunmen killed ...", "Also on Sunday, a bomb ...". Whatever such a sentence tells belongs to
/// that attack, a recalled one. ("..., a day after a truck bomb exploded" mid-sentence is not
/// one: follow-up stories date the attack they report that way; unless the sentence first tells
/// an attack of its own with its dead.)
enum OtherAttackMarkers {
    /// Sentence openings that move the story to another attack.
    static let openers: [[String]] = [
        ["earlier", "in", "the", "day"], ["in", "other", "violence"], ["elsewhere"], ["also", "on"],
        ["the", "day", "before"], ["the", "previous", "day"], ["days", "earlier"], ["a", "day", "earlier"],
        ["a", "week", "earlier"], ["weeks", "earlier"], ["in", "another", "attack"], ["in", "a", "separate"],
        ["separately"],
    ]
    /// The first words of the openers, and "there" of "There had been an attack".
    static let openerFirstWords = WordSet(openers.map { $0[0] } + ["there"])
    static let timeUnits: WordSet = ["hours", "day", "days", "week", "weeks"]

    /// True when the sentence opens on another attack.
    static func opensAnotherAttack(_ tokens: [Token]) -> Bool {
        // Most sentences open on none of the words below: they cost one lookup.
        guard let first = tokens.first, openerFirstWords.contains(first) || NumberReader.value(of: first) != nil
        else { return false }
        let words = tokens.prefix(5).map { $0.lower }
        // "Two days earlier, ...": a count of days leading the sentence.
        if words.count >= 3, timeUnits.contains(words[1]), words[2] == "earlier" || words[2] == "before",
            NumberReader.value(of: words[0]) != nil || words[0] == "a"
        {
            return true
        }
        // "There had been a grenade attack in the city an hour before": the past perfect tells
        // an attack before the story's ("There had been no attacks there for years" tells none).
        if words.starts(with: ["there", "had", "been"]), words.count > 3, ["a", "an", "another"].contains(words[3]) {
            return tokens.dropFirst(4).prefix(3).contains { Lexicon.attackNouns.contains($0) }
        }
        return openers.contains { words.starts(with: $0) }
    }

    /// True when the sentence tells another attack than the story's: it opens on one ("Also on
    /// Sunday, ...") or compares ("On Monday, bombers killed seven in similar attacks").
    static func tellsAnotherAttack(_ sentence: Sentence) -> Bool {
        opensAnotherAttack(sentence.tokens) || comparisons.occurs(in: sentence.lower)
            || attacksAnotherSite(sentence.tokens)
    }

    /// "Gunmen attacked another clinic run by the charity on Sunday": the attack verb's object
    /// is another site than the story's (not "shot another worshipper", a victim of this one).
    static func attacksAnotherSite(_ tokens: [Token]) -> Bool {
        tokens.indices.dropLast().contains { k in
            guard siteVerbs.contains(tokens[k]), tokens[k + 1].lower == "another" else { return false }
            return tokens[(k + 2)..<min(k + 6, tokens.count)].contains { SiteFinder.siteNouns.contains($0) }
        }
    }
    static let siteVerbs: WordSet = [
        "attacked", "stormed", "bombed", "struck", "targeted", "hit", "raided", "torched", "burned", "burnt",
    ]
    static let comparisons: PhraseList = ["in similar attacks", "in a similar attack", "in an identical attack"]

    /// Words between "came" and "after" that only time it: "came just four days after".
    static let timingWords: WordSet = [
        "just", "barely", "only", "less", "more", "than", "a", "an", "few", "shortly", "hours", "day", "days",
        "week", "weeks", "month", "months",
    ]

    /// True when "after" at `k` follows a length of time: "four days after", "a week after".
    static func timedAfter(_ words: [String], at k: Int) -> Bool {
        guard words[k] == "after", k >= 2, timeUnits.contains(words[k - 1]) else { return false }
        return NumberReader.value(of: words[k - 2]) != nil || ["a", "few"].contains(words[k - 2])
    }

    /// How many years lie before "after" at `k`: "four years after" (4), "a year after" (1).
    static func yearsBefore(_ words: [String], after k: Int) -> Int? {
        guard words[k] == "after", k >= 2 else { return nil }
        if words[k - 1] == "year", ["a", "one"].contains(words[k - 2]) { return 1 }
        guard words[k - 1] == "years", let n = NumberReader.value(of: words[k - 2]), (2...80).contains(n) else {
            return nil
        }
        return n
    }

    /// True when the words tell an attack with its dead: "were killed in a suicide bombing".
    static func tellsItsOwnAttack(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.contains { Lexicon.killedWords.contains($0) }
            && tokens.contains {
                Lexicon.attackNouns.contains($0) || Lexicon.historyEventWords.contains($0) && $0.lower != "killed"
            }
    }

    /// The words each way of recalling a clause below opens on.
    static let clauseTriggers: WordSet = ["after", "following", "came", "comes", "in", "similar", "reminiscent"]

    static let speechWords: WordSet = [
        "said", "says", "warned", "warns", "announced", "told", "vowed", "called", "urged", "threatened",
    ]

    /// The clause of a sentence about this attack that recalls another of the same days: "The
    /// blasts came just four days after a series of bombings in Riyadh killed 34 people", "in
    /// the wake of the Bali car bombing". The clause must tell an attack, and "in the wake of"
    /// must name it (in the wake of "the attack" is this one), "similar to those used in the
    /// attacks of 2005" (a comparison). `placeStarts` are where the sentence names places:
    /// "a day after Monday's bombing in Ura" recalls another attack when the sentence names
    /// another place before it.
    static func recalledClause(_ tokens: [Token], placeStarts: [(start: Int, name: String)] = []) -> Range<Int>? {
        // Most sentences hold none of the words a recalled clause opens on: one lookup a token.
        let triggers = clauseTriggers.positions(in: tokens)
        guard !triggers.isEmpty else { return nil }
        let words = tokens.map { $0.lower }
        // Each trigger looked at scans to the end of its clause: a few per sentence keep a
        // sentence of hostile length linear.
        var triesLeft = 8
        for k in triggers {
            var start: Int?
            var mustName = false
            if ["after", "following"].contains(words[k]), k + 3 < words.count, words[k + 2] == "'s",
                DateExpressions.weekdays[tokens[k + 1]] != nil || words[k + 1] == "yesterday"
            {
                triesLeft -= 1
                if triesLeft < 0 { return nil }
                // A day's attack somewhere else: the clause must name a place the sentence did not
                // name before it ("in Oxa ... after Monday's bombing in Ura").
                let end = ArticleAnalysis.clauseEnd(tokens, from: k + 1)
                let inside = placeStarts.filter { (k..<end).contains($0.start) }.map { $0.name }
                let before = placeStarts.filter { $0.start < k }.map { $0.name }
                if !inside.isEmpty, !before.isEmpty, Set(inside).isDisjoint(with: before) { start = k }
            } else if words[k] == "came" || words[k] == "comes" {
                // "came just four days after", "came amid terror alerts and four days after"
                triesLeft -= 1
                if triesLeft < 0 { return nil }
                let limit = min(k + 11, words.count)
                if let after = words[(k + 1)..<limit].firstIndex(of: "after"),
                    words[(k + 1)..<after].allSatisfy({ timingWords.contains($0) || NumberReader.value(of: $0) != nil })
                        || timedAfter(words, at: after)
                {
                    start = after
                } else if let after = words[(k + 1)...].indices.first(where: { timedAfter(words, at: $0) }) {
                    // "It came less than 24 hours before a shooting in Oxa, and less than a week
                    // after a gunman killed three in Ura": the time says which way.
                    start = after
                }
            } else if timedAfter(words, at: k), k + 1 < words.count, ["a", "an"].contains(words[k + 1]) {
                // "Eleven died when a bomber struck a tram, barely a day after a suicide attack
                // outside the bus terminal": the sentence tells its own attack, then another one
                // ("Police arrested two men, a day after a bomb ..." tells none).
                triesLeft -= 1
                if triesLeft < 0 { return nil }
                if tellsItsOwnAttack(tokens[..<k]) { start = k }
            } else if yearsBefore(words, after: k) != nil {
                // "exactly four years after twin blasts at Oxa's Gateway": no attack of the story's
                // own year.
                start = k
            } else if words[k...].starts(with: ["in", "the", "wake", "of"]) {
                start = k
                mustName = true
            } else if words[k...].starts(with: ["similar", "to"]) || words[k...].starts(with: ["reminiscent", "of"]) {
                // "a detonator much like the ones in the 1998 raids"
                start = k + 1
            }
            guard let start, start + 1 < tokens.count else { continue }
            triesLeft -= 1
            if triesLeft < 0 { return nil }
            let end = ArticleAnalysis.clauseEnd(tokens, from: start + 1)
            let clause = tokens[(start + 1)..<end]
            // The attack must be the clause's event, not what someone said ("hours after the
            // president warned of attacks") nor a killing of one person ("the killing of ...").
            guard
                let event = clause.firstIndex(where: { Lexicon.historyEventWords.contains($0) && $0.lower != "killing" }
                ),
                !clause[..<event].contains(where: { speechWords.contains($0) })
            else { continue }
            if mustName && !clause.contains(where: { $0.isCapitalized }) { continue }
            return start..<end
        }
        return nil
    }
}
