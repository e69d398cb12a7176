/// Tells stories about a specific attack from anniversaries, court stories and policy pieces.
///
/// The decision rests on the headline and lead, where a story says what it is about: an
/// anniversary ("marks four years since"), a trial ("was sentenced", "pleaded guilty"), or a
/// consultation or strategy. A story with none of these is an incident when it has an attack.
enum IncidentClassifier {
    static let anniversaryWords: PhraseList = [
        "anniversary", "years since", "years on", "years after", "years ago", "commemorat", "decade since",
        "decade after", "remembrance",
    ]
    static let courtWords: PhraseList = [
        "sentenced", "pleaded guilty", "pleaded not guilty", "court", "trial", "verdict", "judge", "jury",
        "convicted", "convicts", "acquitted", "parole", "prosecutors", "appeal", "jailed", "life in prison", "guilty",
        "sentencing", "magistrate", "courtroom", "defendants",
    ]
    static let policyWords: PhraseList = [
        "consultation", "strategy", "policy", "legislation", "framework", "have your say", "rulebook", "stakeholders",
        "public opinion", "directive", "regulation", "moratorium", "death penalty",
    ]

    static let sentenceVerbs: PhraseList = [
        "sentenced", "jailed", "jails", "convicted", "convicts", "acquitted", "pleads guilty", "pleaded guilty",
    ]
    static let killingVerbs: WordSet = [
        "kill", "kills", "killed", "killing", "attack", "attacks", "attacked", "storm", "storms", "stormed", "bomb",
        "bombs", "bombed", "shoot", "shoots", "shot", "explodes", "exploded", "blast", "blasts",
    ]

    /// Verbs that tell a fresh attack (not nouns: "the bombings of a decade ago" is a memory).
    static let freshAttackVerbs: WordSet = [
        "kill", "kills", "killed", "killing", "stormed", "storms", "exploded", "explodes", "attacked", "bombed",
    ]

    /// True when a sentence tells a killing before it names an anniversary.
    static func killingComesFirst(_ sentence: Sentence?) -> Bool {
        guard let tokens = sentence?.tokens,
            let killing = freshAttackVerbs.firstPosition(in: tokens)
        else { return false }
        let words = tokens.map { $0.lower }
        let anniversary = words.indices.first { k in
            words[k] == "anniversary" || words[k].hasPrefix("commemorat") || words[k] == "remembrance"
                || k + 1 < words.count && ["years", "decade", "year"].contains(words[k])
                    && ["since", "on", "after", "ago"].contains(words[k + 1])
        }
        return anniversary.map { killing < $0 } ?? false
    }

    static func isIncident(_ analysis: ArticleAnalysis, facts: FactSheet) -> Bool {
        let lead = analysis.sentences.prefix(6).map { $0.lower }.joined(separator: " ")
        func hits(_ words: PhraseList, _ text: String) -> Int { words.count(in: text) }
        let hasFigures = facts.killed != nil || facts.injured != nil
        let attackMentions = analysis.currentSentences.filter { entry in
            Lexicon.attackWords.occurs(in: entry.sentence.tokens)
        }.count
        if attackMentions == 0 && !hasFigures { return false }
        // An anniversary piece says so at once; further down the lead, "ten years ago" may be a
        // comparison in a report of a fresh attack, which then gives figures of its own.
        let opening = analysis.sentences.first?.lower ?? ""
        // An explainer narrating the attack reports it, whatever anniversary it marks; so does a
        // story whose opening tells a killing first and the anniversary after it ("a bomb killed
        // 20 mourners at a memorial held on the anniversary of a leader's death").
        if analysis.narration == nil,
            hits(anniversaryWords, opening) > 0 && !(hasFigures && killingComesFirst(analysis.sentences.first))
                || hits(anniversaryWords, lead) > 0 && !hasFigures
        {
            return false
        }
        let firstSentences = analysis.sentences.prefix(3).map { $0.lower }.joined(separator: " ")
        // A court story leads with the trial ("was sentenced", "found guilty"); an attack at a
        // courthouse leads with the attack and its victims.
        let trialVerbs: PhraseList = [
            "sentenced", "convicted", "convicts", "pleaded", "guilty", "verdict", "acquitted", "jailed", "trial",
        ]
        // "Gunmen kill man once jailed for ...": an opening that tells an attack is about the attack.
        // "Turkey jails cell for consulate bomb": an attack named as what the sentence was for
        // is the background of the court story.
        let openingTellsAnAttack =
            analysis.sentences.first.map { opening in
                let tokens = opening.tokens
                return tokens.indices.contains { k in
                    killingVerbs.contains(tokens[k])
                        && !tokens[max(0, k - 3)..<k].contains { ["for", "over"].contains($0.lower) }
                }
            } ?? false
        if hits(courtWords, firstSentences) >= 2 && (hits(trialVerbs, opening) > 0 || !hasFigures) { return false }
        // A headline whose news is the sentence ("Bomber sentenced to death", "Turkey jails bombers").
        if hits(sentenceVerbs, opening) > 0 && !openingTellsAnAttack { return false }
        if hits(policyWords, lead) >= 2 { return false }
        if isRecap(analysis) { return false }
        return hasFigures || facts.date != nil || attackMentions >= 2
    }

    static let recapWords: PhraseList = ["recap of", "timeline of", "chronology of", "a look at", "list of"]

    /// "Here is a recap of major attacks since ...", then paragraphs each opening on a date
    /// ("- February 3: Three soldiers ..."): a list of many attacks, whatever the latest one.
    static func isRecap(_ analysis: ArticleAnalysis) -> Bool {
        let opening = analysis.sentences.prefix(4).map { $0.lower }.joined(separator: " ")
        guard recapWords.occurs(in: opening) else { return false }
        var datedItems = 0
        var paragraph = -1
        for sentence in analysis.sentences where sentence.paragraph != paragraph {
            paragraph = sentence.paragraph
            let words = sentence.tokens.drop { !$0.startsWithLetter }
            guard let month = words.first, month.isCapitalized, DateExpressions.months[month] != nil,
                let day = words.dropFirst().first, DateExpressions.dayValue(day.lower) != nil
            else { continue }
            datedItems += 1
            if datedItems >= 3 { return true }
        }
        return false
    }
}
