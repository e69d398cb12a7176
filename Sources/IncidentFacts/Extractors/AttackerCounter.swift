/// Counts the attackers and how many of them died.
///
/// A count comes from a plain figure before an attacker noun ("10 heavily armed militants",
/// "all three attackers"); hedged figures, ranges, partitives ("four of the attackers") and
/// figures of attackers killed are not counts. When reports in the article disagree, the count is
/// left empty with a warning. A lone attacker ("the gunman", "a suicide bomber", no plural
/// anywhere) counts as one.
enum AttackerCounter {
    static let countNouns = Lexicon.attackerNouns.subtracting([
        "suspects", "suspect", "rebels", "extremists", "jihadists", "jihadist", "insurgents", "insurgent",
    ])
    static let attackerDescriptions: WordSet = vehicleWords.union([
        "suicide", "lone", "armed", "heavily", "male", "female", "white", "young", "teenage", "suspected",
    ])
    /// "a suicide car bomber", "two truck bombers".
    static let vehicleWords: WordSet = ["car", "truck", "lorry", "vehicle", "motorcycle", "motorbike", "bicycle"]
    /// Capitalised only because they open a sentence (after a dateline "Oxa:"), not a name.
    static let determiners: WordSet = ["a", "an", "the", "one", "single"]
    /// Words before a singular attacker noun that make it one attacker: "a gunman", "the bomber".
    static let singularMarkers: WordSet = ["a", "the", "single", "one"]
    static let speculationPhrases: PhraseList = [
        "cannot", "possibility", "may have been", "might have been", "could have been", "not clear whether",
        "unclear whether",
        "not confirm", "yet to be confirmed", "unconfirmed", "not been confirmed",
    ]
    /// A figure said to be a belief or a guess ("three bombers were suspected to have been
    /// involved", "may have been two gunmen").
    static let doubtPhrases: PhraseList = [
        "were suspected", "was suspected", "are suspected", "is suspected", "believed to", "may have", "might have",
        "could have", "probably", "possibly",
    ]
    static let hedgeWords: WordSet = [
        "least", "than", "many", "about", "around", "nearly", "almost", "some", "over", "up", "to", "between", "or",
        "and", "approximately", "roughly", "estimated",
    ]

    static func extract(
        _ analysis: ArticleAnalysis, attackerFigures: [CasualtyExtractor.Figure], into facts: inout FactSheet
    ) {
        var counts: [Int] = []
        let killedFigure = attackerFigures.first { $0.outcome == .killed && $0.value != nil }
        var killed = killedFigure?.value
        var pluralSeen = false
        var singularSeen = false
        var bomberPlural = false
        var loneBomber = false
        var hedgedCounts: [Int] = []
        var doubtfulCounts: [Int] = []
        var othersUncounted = false
        // "six to eight gunmen": a witness's range, which a count inside it agrees with.
        var ranges: [ClosedRange<Int>] = []
        // The first count, when the headline or the opening paragraphs give it.
        var leadCount: Int?
        var bomberWithOthers = false
        // Every attacker named is a suicide bomber ("a suicide bomber", "two suicide bombers").
        var onlySuicideBombers = true
        var suicideBomberSeen = false
        // Where "one gunman" is named, which is a count only of a lone attacker.
        var oneSingledOut: Sentence?
        for (offset, sentence) in analysis.currentSentences {
            let tokens = analysis.currentTokens(offset)
            // Once per sentence, not per attacker noun: a long sentence must not cost its square.
            // "cannot confirm there was a suicide attacker": speculation is not a count.
            lazy var speculative = Self.speculationPhrases.occurs(in: sentence.lower)
            // "Three suicide bombers were suspected to have been involved", "two gunmen, though
            // this is yet to be confirmed": a figure that only tells the reports disagree.
            lazy var doubtful = speculative || Self.doubtPhrases.occurs(in: sentence.lower)
            // "suspected Boko Haram bombers", "11 suspects, including all four gunmen": the
            // figure stands, hedged.
            lazy var suspected = Lexicon.suspectPhrases.occurs(in: sentence.lower)
            // "Two more bombers were caught before they could set off their bombs": would-be
            // attackers who took no part.
            lazy var stoppedBeforeActing =
                Self.beforeActingPhrases.occurs(in: sentence.lower)
                && tokens.contains(where: Self.captureWords.contains)
            var pluralHere = false
            var loneBomberHere = false
            for k in countNouns.positions(in: tokens) {
                let token = tokens[k]
                // "no attackers were found" says nothing about how many there were.
                let negated = tokens[max(0, k - 3)..<k].contains { ["any", "no"].contains($0.lower) }
                // "thousands of suicide bombers": attackers in general, not this attack's.
                let inGeneral = isInGeneral(tokens, before: k)
                if isPlural(token) && !negated && !inGeneral {
                    pluralSeen = true
                    pluralHere = true
                }
                // "a terrorist attack", "terrorist groups": the adjective, not a person.
                if token.lower == "terrorist", k + 1 < tokens.count, !isAPerson(followedBy: tokens[k + 1]) {
                    continue
                }
                // Skip what describes the attacker: "a lone 18-year-old white gunman", "a Tamil suicide bomber".
                var b = k - 1
                while b >= 0, k - b <= 4,
                    attackerDescriptions.contains(tokens[b])
                        || tokens[b].lower.hasSuffix("-old")
                        || (tokens[b].isCapitalized && b > 0 && !determiners.contains(tokens[b]))
                {
                    b -= 1
                }
                if ["bomber", "bombers"].contains(token.lower),
                    tokens[(b + 1)..<k].contains(where: { $0.lower == "suicide" })
                {
                    suicideBomberSeen = true
                } else if !negated {
                    onlySuicideBombers = false
                }
                // "vowed to punish the perpetrator" is said of whoever did it; "a female
                // perpetrator who detonated a bomb" is one person.
                if Lexicon.singleAttackerNouns.contains(token), b >= 0, singularMarkers.contains(tokens[b]),
                    !(token.lower == "perpetrator" && tokens[b].lower == "the"), !speculative
                {
                    singularSeen = true
                }
                if Lexicon.singleAttackerNouns.contains(token) || token.lower == "bombers" {
                    if token.lower == "bombers" && !inGeneral { bomberPlural = true }
                    if token.lower == "bomber", b >= 0, ["a", "the", "one"].contains(tokens[b].lower), !speculative {
                        loneBomber = true
                        loneBomberHere = true
                    }
                }
                let after = tokens[min(k + 1, tokens.count)..<min(k + 6, tokens.count)].map { $0.lower }
                let diedAfter =
                    after.contains { Lexicon.killedWords.contains($0) || $0 == "blew" }
                    || diesInClause(tokens, after: k)
                // "The raiders, numbering about a dozen, ...": the count follows the noun.
                if let numbered = countAfterNumbering(tokens, after: k) {
                    if doubtful {
                        doubtfulCounts.append(numbered.value)
                    } else if numbered.hedged || suspected {
                        hedgedCounts.append(numbered.value)
                    } else if !counts.contains(numbered.value) {
                        counts.append(numbered.value)
                    }
                    facts.addEvidence(.attackers, sentence)
                    continue
                }
                // "two suicide bombers and a number of gunmen": some of the attackers, not all.
                if joinedByUncounted(tokens, after: k) {
                    othersUncounted = true
                    continue
                }
                guard let count = plainCount(tokens, before: k) else {
                    if !diedAfter, let range = rangeBefore(tokens, k) {
                        ranges.append(range)
                    } else if !diedAfter, let hedged = hedgedCount(tokens, before: k) {
                        hedgedCounts.append(hedged)
                    }
                    continue
                }
                if diedAfter {
                    if killed == nil { killed = count }
                    // "Six terrorists were killed and one was captured alive": all of them.
                    if let taken = takenAliveAfter(tokens, after: k), !doubtful, !counts.contains(count + taken) {
                        counts.append(count + taken)
                        facts.addEvidence(.attackers, sentence)
                    }
                    continue
                }
                if stoppedBeforeActing { continue }
                if doubtful || suspected {
                    if doubtful { doubtfulCounts.append(count) } else { hedgedCounts.append(count) }
                    continue
                }
                // "a video recorded one bomber walking in": one picked out, counted only when
                // no sentence names them in the plural (see below).
                if count == 1, !isPlural(token) {
                    oneSingledOut = oneSingledOut ?? sentence
                    continue
                }
                if !counts.contains(count) {
                    if counts.isEmpty && analysis.weight(offset) >= 3 { leadCount = count }
                    counts.append(count)
                    facts.addEvidence(.attackers, sentence)
                }
            }
            for k in menOrCollectives.positions(in: tokens) {
                guard let plain = countOfPlainAttackers(tokens, at: k) else { continue }
                pluralSeen = true
                onlySuicideBombers = false
                if doubtful {
                    doubtfulCounts.append(plain.value)
                } else if plain.hedged || suspected {
                    hedgedCounts.append(plain.value)
                } else if !counts.contains(plain.value) {
                    counts.append(plain.value)
                }
                facts.addEvidence(.attackers, sentence)
            }
            // "A suicide bomber blew open the gate and gunmen stormed in": one of several.
            if loneBomberHere && pluralHere { bomberWithOthers = true }
            let lower = sentence.lower
            // "Three attackers ... All three are now dead": all of them, whatever was said before.
            if let count = counts.first,
                lower.contains("all \(spelled(count)) ") || lower.contains("all the attackers")
                    || lower.contains("all of the attackers"),
                lower.contains("killed") || lower.contains("dead")
            {
                killed = count
            }
        }
        if let sentence = oneSingledOut, !pluralSeen, !counts.contains(1) {
            counts.append(1)
            facts.addEvidence(.attackers, sentence)
        }
        var count: Int?
        var basis = ""
        // With no plain count, a range's low end is a hedged count ("five or six attackers": 5).
        if counts.isEmpty {
            hedgedCounts += ranges.map(\.lowerBound)
            ranges = []
        }
        // Every other figure the article gives for the attackers, hedged or doubted, and the
        // ranges that do not hold the one plain count.
        let reported =
            hedgedCounts + doubtfulCounts
            + ranges.filter { counts.count != 1 || !$0.contains(counts[0]) }.map(\.lowerBound)
        if counts.count == 1 && reported.allSatisfy({ $0 == counts[0] }) {
            count = counts[0]
            basis = "a figure before \"attackers\" or \"gunmen\""
        } else if let leadCount, counts.first == leadCount,
            (counts.dropFirst() + reported).allSatisfy({ $0 < leadCount })
        {
            // "ten terrorists launched the attacks" in the lead, "four terrorists struck the
            // cafe" later: a later, smaller figure counts some of them, at one site or by one
            // account.
            count = leadCount
            basis = "the lead's figure; later, smaller ones count some of them"
        } else if !counts.isEmpty || Set(reported).count > 1 {
            var all = counts
            for figure in reported where !all.contains(figure) { all.append(figure) }
            facts.warnings.append(
                "attackers: the article gives different counts (\(all.map(String.init).joined(separator: ", ")))")
        } else if counts.isEmpty, Set(hedgedCounts).count == 1 {
            // Only a hedged figure ("at least five gunmen"): a hedged number counts as that number.
            count = hedgedCounts[0]
            basis = "a hedged figure (\"at least five gunmen\")"
        } else if counts.isEmpty, hedgedCounts.isEmpty, let killed, let killedFigure,
            killedFigure.sentence.tokens.contains(where: { ["all", "both"].contains($0.lower) })
        {
            // Attackers stated only as dead, all of them ("all four attackers were killed");
            // "two attackers were killed" does not say how many there were.
            count = killed
            basis = "all of them killed"
        } else if counts.isEmpty, hedgedCounts.isEmpty, let killed, let killedFigure,
            AttackClassifier.suicideWords.occurs(in: killedFigure.sentence.lower)
                || namesBombers(killedFigure.sentence) && tellsASuicideAttack(analysis),
            !mentionsFailedBomber(analysis)
        {
            // "ten suicide bombers were among the dead", "two bombers were killed when they
            // detonated their vests", "nine bombers" among the dead of suicide bombings: suicide
            // bombers die in their attack, so those who died are all there were, unless one is
            // said to have failed or been caught.
            count = killed
            basis = "suicide bombers, all dead"
        } else if hedgedCounts.isEmpty
            && (singularSeen && !pluralSeen || loneBomber && !bomberPlural && !bomberWithOthers)
        {
            count = 1
            basis = "one attacker named, never several"
        }
        // "twin suicide bombings", "a triple suicide attack": one bomber each, when no figure
        // says otherwise.
        if count == nil, counts.isEmpty, hedgedCounts.isEmpty, doubtfulCounts.isEmpty, !othersUncounted,
            let paired = analysis.lead.lazy.compactMap({ pairedSuicideAttacks($0.tokens) }).first
        {
            count = paired
            basis = "one bomber to each of the paired suicide attacks"
            if killed == nil, !mentionsFailedBomber(analysis) { killed = paired }
        }
        // "Troops shot two of the raiders and a third blew himself up": the
        // ordinal counts them all, when no figure before an attacker noun did.
        if counts.isEmpty,
            let (all, died) = analysis.currentSentences.lazy.compactMap({ offset, _ in
                oneMoreAttacker(analysis.currentTokens(offset))
            }).first
        {
            count = all
            basis = "attackers told one by one (\"two of the raiders and a third\")"
            if died { killed = all } else if killed == nil { killed = all - 1 }
        }
        // "she saw a man leave the van by the gate minutes before it exploded": one person seen
        // place the bomb, and nothing names attackers otherwise.
        if count == nil, counts.isEmpty, hedgedCounts.isEmpty, doubtfulCounts.isEmpty, ranges.isEmpty, !pluralSeen,
            killed == nil, let sentence = loneBombPlacer(analysis)
        {
            count = 1
            basis = "one person seen placing the bomb"
            facts.addEvidence(.attackers, sentence)
        }
        if othersUncounted { count = nil }
        if let c = count, let k = killed, k > c { killed = nil }
        // Suicide bombers die in their attack unless the story says one failed or survived.
        if let count, killed == nil, suicideBomberSeen, onlySuicideBombers, !mentionsFailedBomber(analysis) {
            killed = count
        }
        facts.attackers = Attackers(count: count, killed: killed)
        if count != nil {
            // Reporters' early counts of attackers often change: never more than medium.
            facts.confidence[.attackers] = FactConfidence(.medium, basis)
        }
    }

    /// "attackers", "gunmen", "fidayeen": an attacker noun for several.
    static func isPlural(_ token: Token) -> Bool {
        token.lower.hasSuffix("s") || ["fidayeen", "gunmen"].contains(token.lower)
    }

    /// The number of suicide attacks a word before "suicide bombings" or "suicide attacks"
    /// tells: "twin", "double", "back-to-back" (2), "triple" (3).
    static func pairedSuicideAttacks(_ tokens: [Token]) -> Int? {
        for k in tokens.indices.dropFirst() where tokens[k].lower == "suicide" {
            guard k + 1 < tokens.count, Lexicon.attackNouns.contains(tokens[k + 1]),
                let n = pairingWords[tokens[k - 1].lower]
            else { continue }
            return n
        }
        return nil
    }
    static let pairingWords: [String: Int] = ["twin": 2, "double": 2, "back-to-back": 2, "triple": 3]

    /// The sentence that names the vehicle's one driver ("the driver did it deliberately", "the
    /// truck's driver"), when no sentence names attackers in the plural.
    static func loneDriver(_ analysis: ArticleAnalysis) -> Sentence? {
        var driver: Sentence?
        for (offset, sentence) in analysis.currentSentences {
            let tokens = analysis.currentTokens(offset)
            if tokens.contains(where: { countNouns.contains($0) && isPlural($0) }) { return nil }
            if driver == nil,
                tokens.indices.dropFirst().contains(where: { k in
                    tokens[k].lower == "driver" && ["the", "its", "'s"].contains(tokens[k - 1].lower)
                })
            {
                driver = sentence
            }
        }
        return driver
    }

    /// The sentence in which "a man" or "a woman" places or leaves the bomb: "a man parked the
    /// van by the gate", "a woman left a bag by the door", "a man jumped from the van
    /// seconds before the blast".
    static func loneBombPlacer(_ analysis: ArticleAnalysis) -> Sentence? {
        for (offset, sentence) in analysis.currentSentences {
            let tokens = analysis.currentTokens(offset)
            guard tokens.contains(where: bombWords.contains) else { continue }
            for k in tokens.indices.dropFirst() where ["man", "woman"].contains(tokens[k].lower) {
                guard tokens[k - 1].lower == "a" else { continue }
                let next = tokens[(k + 1)..<min(tokens.count, k + 4)]
                if next.contains(where: placingVerbs.contains) { return sentence }
            }
        }
        return nil
    }

    /// What "a man" does to a bomb he leaves: "parked", "planted", "left", "threw"...
    static let placingVerbs: WordSet = [
        "parked", "planted", "placed", "left", "threw", "hurled", "lobbed", "dropped", "jumped", "detonated",
    ]
    /// Words that put a bomb in the sentence.
    static let bombWords: WordSet = [
        "bomb", "bombs", "car", "explosives", "explosive", "grenade", "device", "bag", "package", "blew", "exploded",
    ]

    /// True when the sentence names bombers ("9 suspected bombers").
    static func namesBombers(_ sentence: Sentence) -> Bool {
        sentence.tokens.contains { $0.lower == "bombers" }
    }

    /// True when the current story calls the attack a suicide attack anywhere.
    static func tellsASuicideAttack(_ analysis: ArticleAnalysis) -> Bool {
        analysis.currentSentences.contains { AttackClassifier.suicideWords.occurs(in: $0.sentence.lower) }
    }

    /// "the terrorist rammed", "a terrorist driving a van", "the terrorist was shot": a person;
    /// "terrorist groups", "terrorist financing": the adjective.
    static func isAPerson(followedBy next: Token) -> Bool {
        let word = next.lower
        guard word.first?.isLetter ?? false, !CasualtyExtractor.phraseBreakers.contains(next) else { return true }
        if adjectivalVerbForms.contains(word) { return false }
        return word.hasSuffix("ed") || word.hasSuffix("ing")
    }

    /// Verb forms that follow "terrorist" as nouns or adjectives do.
    private static let adjectivalVerbForms: WordSet = [
        "financing", "funding", "training", "bombing", "bombings", "killing", "killings", "recruiting",
        "related", "linked", "based", "inspired", "funded", "sponsored", "affiliated", "backed", "designated",
    ]

    /// "The bomb failed to go off", "the bomber was arrested": not every bomber died. Arrests of
    /// "suspects" are not: after most attacks, helpers are arrested, not attackers.
    private static func mentionsFailedBomber(_ analysis: ArticleAnalysis) -> Bool {
        analysis.currentSentences.contains { _, sentence in
            if failedBomberPhrases.occurs(in: sentence.lower) { return true }
            let tokens = sentence.tokens
            return tokens.indices.contains { k in
                captureWords.contains(tokens[k]) && namesAnAttacker(tokens, around: k)
            }
        }
    }

    /// True when an attacker noun stands in the clause of the capture word at `k`, within four
    /// words: "an eighth bomber was arrested", "police captured two gunmen".
    private static func namesAnAttacker(_ tokens: [Token], around k: Int) -> Bool {
        let isAttacker = { (token: Token) in countNouns.contains(token) && token.lower != "terrorist" }
        let isBreak = { (token: Token) in token.isPunctuation || token.lower == "and" }
        var j = k - 1
        while j >= max(0, k - 4), !isBreak(tokens[j]) {
            if isAttacker(tokens[j]) { return true }
            j -= 1
        }
        j = k + 1
        while j < min(tokens.count, k + 5), !isBreak(tokens[j]) {
            if isAttacker(tokens[j]) { return true }
            j += 1
        }
        return false
    }

    /// "shot two of the raiders and a third blew himself up", "two of the gunmen died and a
    /// third was arrested": all the attackers, and whether the last one died.
    static func oneMoreAttacker(_ tokens: [Token]) -> (all: Int, died: Bool)? {
        for k in countNouns.positions(in: tokens) where k >= 4 && isPlural(tokens[k]) {
            // "three of the attackers"
            guard tokens[k - 1].lower == "the", tokens[k - 2].lower == "of",
                let part = NumberReader.value(of: tokens[k - 3])
            else { continue }
            let rest = tokens[(k + 1)..<min(tokens.count, k + 8)]
            guard let a = rest.firstIndex(where: { $0.lower == "and" }), a + 2 < tokens.count,
                tokens[a + 1].lower == "a", NumberReader.ordinals[tokens[a + 2].lower] == part + 1
            else { continue }
            let after = tokens[(a + 3)..<min(tokens.count, a + 7)]
            let died = after.contains { Lexicon.killedWords.contains($0) || $0.lower == "blew" }
            let taken = after.contains { captureWords.contains($0) }
            guard died || taken else { continue }
            return (part + 1, died)
        }
        return nil
    }

    /// "six to eight gunmen", "two or three attackers": a range just before the noun.
    static func rangeBefore(_ tokens: [Token], _ k: Int) -> ClosedRange<Int>? {
        guard k >= 3, let high = NumberReader.value(of: tokens[k - 1]),
            ["to", "or"].contains(tokens[k - 2].lower), let low = NumberReader.value(of: tokens[k - 3]), low < high
        else { return nil }
        return low...high
    }

    /// "... were killed and one was captured alive", "and one gunman arrested": how many more
    /// attackers the clause after the dead ones says were taken alive.
    static func takenAliveAfter(_ tokens: [Token], after k: Int) -> Int? {
        let end = min(tokens.count, k + 12)
        guard let and = tokens[(k + 1)..<end].firstIndex(where: { $0.lower == "and" }), and + 1 < end,
            let n = NumberReader.read(tokens, at: and + 1), n.qualifier == nil, let value = n.value, value < 10
        else { return nil }
        // "one was captured", "one gunman arrested"; not "two suspects were arrested", helpers.
        var j = n.end
        while j < min(tokens.count, n.end + 3),
            ["was", "were", "had", "been"].contains(tokens[j].lower)
                || countNouns.contains(tokens[j])
        {
            j += 1
        }
        return j < tokens.count && captureWords.contains(tokens[j]) ? value : nil
    }

    /// "two bombers and a number of gunmen", "three attackers and several others": the
    /// attackers counted are joined by others nobody counted.
    static func joinedByUncounted(_ tokens: [Token], after k: Int) -> Bool {
        guard k + 2 < tokens.count, tokens[k + 1].lower == "and" else { return false }
        var j = k + 2
        while j < min(k + 7, tokens.count), uncountedWords.contains(tokens[j]) { j += 1 }
        guard j > k + 2, j < tokens.count else { return false }
        return countNouns.contains(tokens[j]) || ["others", "accomplices"].contains(tokens[j].lower)
    }
    private static let uncountedWords: WordSet = [
        "a", "an", "number", "of", "several", "other", "more", "some", "unknown", "dozens", "many", "armed",
    ]

    /// "Three raiders and a guard were later reported killed": the attackers are
    /// the subject of a passive death further on in their clause.
    static func diesInClause(_ tokens: [Token], after k: Int) -> Bool {
        var passive = false
        for token in tokens[(k + 1)..<min(k + 11, tokens.count)] {
            if token.isPunctuation { return false }
            if ["were", "was", "been"].contains(token.lower) { passive = true }
            if passive && Lexicon.killedWords.contains(token) { return true }
        }
        return false
    }

    /// "thousands of suicide bombers", "tens of thousands of militants": a crowd in thousands,
    /// a few words before the noun, names attackers in general (hundreds may storm a town).
    static func isInGeneral(_ tokens: [Token], before k: Int) -> Bool {
        for j in stride(from: k - 1, through: max(0, k - 4), by: -1) {
            if tokens[j].lower == "of", j > 0, tokens[j - 1].lower == "thousands" {
                return true
            }
            if NumberReader.value(of: tokens[j]) != nil || tokens[j].isPunctuation { return false }
        }
        return false
    }

    private static let failedBomberPhrases: PhraseList = [
        "failed to detonate", "failed to explode", "failed to go off", "did not explode", "did not detonate",
        "survived", "overpowered",
    ]
    /// "caught before they could act": would-be attackers, stopped.
    private static let beforeActingPhrases: PhraseList = ["before they could", "before he could", "before she could"]
    /// Words that tell an attacker was taken alive, when an attacker noun stands beside them ("a
    /// fifth bomber was arrested", "police captured two attackers").
    private static let captureWords: WordSet = ["arrested", "captured", "detained", "caught", "alive"]

    /// A plain figure just before an attacker noun: "10 heavily armed militants", "three attackers".
    static func plainCount(_ tokens: [Token], before k: Int) -> Int? {
        var j = k - 1
        while j >= 0 && k - j <= 3 {
            if let n = NumberReader.read(tokens, at: j), n.end <= k, let value = n.value {
                // "2006 terrorists" is a year before a noun.
                guard n.qualifier == nil, !(1900...2100).contains(value) else { return nil }
                let between = tokens[n.end..<k].allSatisfy { describes($0) }
                guard between, !tokens[n.end..<k].contains(where: { $0.lower == "of" }) else { return nil }
                let before = tokens[max(0, j - 2)..<j].map { $0.lower }
                // "a group of six gunmen" counts; "two of the attackers" is a part of them.
                let partOf = before.last == "of" && !(before.first.map { collectiveNouns.contains($0) } ?? false)
                if before.contains(where: { hedgeWords.contains($0) }) || before.last == "including" || partOf {
                    return nil
                }
                if n.end < tokens.count, tokens[n.end].lower == "or" || tokens[n.end].lower == "to" { return nil }
                return value
            }
            j -= 1
        }
        return nil
    }

    /// Nouns for the attackers as one body: "a group of six gunmen", "a family of six carried out".
    static let collectiveNouns: WordSet = ["group", "team", "cell", "squad", "band", "gang", "unit", "family"]
    /// "men" and the collective nouns: the words a plain count of attackers may rest on.
    static let menOrCollectives = collectiveNouns.union(["men"])
    /// Verbs that make the plain nouns before them attackers: "ten men stormed", "a family of six
    /// carried out". ("killed" and "shot" are left out: "two men killed" is as often passive.)
    static let assaultVerbs: WordSet = [
        "attacked", "stormed", "opened", "raided", "ambushed", "burst", "carried", "launched", "struck", "entered",
        "blew", "detonated", "rammed", "hijacked", "seized", "took",
    ]

    /// Attackers named without an attacker noun: "At least 10 young men armed with rifles
    /// attacked", "a family of six carried out the bombings". `k` is at "men" or the collective
    /// noun; the count and whether it was hedged.
    static func countOfPlainAttackers(_ tokens: [Token], at k: Int) -> (value: Int, hedged: Bool)? {
        let word = tokens[k].lower
        if collectiveNouns.contains(word) {
            // "a family of six carried out", "a group of five attacked"
            guard k + 3 < tokens.count, tokens[k + 1].lower == "of", let n = NumberReader.read(tokens, at: k + 2),
                let value = n.value, n.end < tokens.count, assaultVerbs.contains(tokens[n.end])
            else { return nil }
            return (value, n.qualifier != nil)
        }
        guard word == "men", k + 1 < tokens.count else { return nil }
        // "ten men armed with rifles", "five heavily armed men stormed" (not "two armed men killed").
        let armedAfter = tokens[(k + 1)..<min(k + 4, tokens.count)].contains { $0.lower == "armed" }
        guard armedAfter || assaultVerbs.contains(tokens[k + 1]) else { return nil }
        if let value = plainCount(tokens, before: k) { return (value, false) }
        if let value = hedgedCount(tokens, before: k) { return (value, true) }
        return nil
    }

    /// "gunmen numbering about four", "attackers, numbering 12": a count written after the noun.
    static func countAfterNumbering(_ tokens: [Token], after k: Int) -> (value: Int, hedged: Bool)? {
        var j = k + 1
        if j < tokens.count, tokens[j].text == "," { j += 1 }
        guard j + 1 < tokens.count, tokens[j].lower == "numbering",
            let n = NumberReader.read(tokens, at: j + 1), let value = n.value
        else { return nil }
        return (value, n.qualifier != nil)
    }

    /// A hedged figure before an attacker noun ("at least five gunmen"), used only to detect
    /// disagreement.
    static func hedgedCount(_ tokens: [Token], before k: Int) -> Int? {
        var j = k - 1
        while j >= 0 && k - j <= 7 {
            // "10-12 militants", "12 to 15 attackers": a range is a disagreement of its own.
            let word = tokens[j].lower
            if k - j <= 3, word.contains("-"), !word.contains("year"),
                let low = word.split(separator: "-").first.flatMap({ Int($0) })
            {
                return low
            }
            if let n = NumberReader.read(tokens, at: j), n.end <= k, let value = n.value,
                n.qualifier != nil || n.end < tokens.count && ["to", "or"].contains(tokens[n.end].lower)
            {
                // "by at least one gunman": there was one, and maybe more; no count at all.
                if value == 1 && n.qualifier == "at least" { return nil }
                let between = tokens[n.end..<k].allSatisfy {
                    describes($0) || ["to", "or", "and"].contains($0.lower) || NumberReader.value(of: $0.lower) != nil
                }
                return between ? value : nil
            }
            j -= 1
        }
        return nil
    }

    /// Words that may stand between a figure and "attackers": "heavily armed", "Taliban",
    /// "suspected", quotes.
    static func describes(_ token: Token) -> Bool {
        CasualtyExtractor.adjectives.contains(token)
            || ["heavily", "armed", "suicide", "more", "militant", "suspected", "alleged", "\""].contains(token.lower)
            || vehicleWords.contains(token)
            || token.isCapitalized
    }

    /// Number words by value ("four" for 4).
    private static let spelledNumbers: [Int: String] = Dictionary(
        NumberReader.units.keys.map { (NumberReader.units[$0]!, $0) }, uniquingKeysWith: min)

    private static func spelled(_ n: Int) -> String {
        spelledNumbers[n] ?? String(n)
    }
}
