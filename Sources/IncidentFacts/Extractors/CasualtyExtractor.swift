/// Reads killed and injured victims, and attackers, from the figures the story states.
///
/// Each figure is tied to the nearest casualty word ("Four people were killed", "killing 14",
/// "death toll rose to 70"); lists are summed ("one civilian, two rangers and two cops were
/// killed" = 5); attackers counted in a total are taken out ("seven people, including three
/// attackers" = 4 victims).
enum CasualtyExtractor {
    enum Outcome { case killed, injured }

    /// One figure found in a sentence.
    struct Figure {
        var value: Int?
        var approx: String?
        var qualifier: String?
        var outcome: Outcome
        var aboutAttackers: Bool
        var isUpdate: Bool
        var sentence: Sentence
        /// One victim told without a numeral ("a man injured in the blast").
        var isOneUnnumbered = false
    }

    /// Words after which "to have died" still tells the toll: "are reported to have died".
    static let hearsayWords: WordSet = ["reported", "said", "believed", "feared", "thought", "understood", "known"]
    static let fillers: WordSet = [
        "were", "was", "have", "has", "had", "been", "being", "reportedly", "also", "confirmed", "feared",
        "believed", "are", "is", "now", "all", "later", "reported", "officially", "so", "far", "far,", "then",
        "found", "declared", "left", "were,", "critically", "seriously", "severely", "badly", "fatally",
        "mortally", "people", "persons", "others", "got", "more", "among", "those", "the", "other", "\"", "still",
        "already", "say", "said", "being", "currently",
    ]
    static let adjectives: WordSet = [
        "more", "other", "innocent", "security", "police", "army", "armed", "foreign", "local", "young",
        "heavily", "suicide", "unarmed", "off-duty", "paramilitary", "female", "male", "frontier", "corps",
        "additional", "further", "british", "american", "unidentified", "of", "the", "those", "whom", "them",
        "among", "including", "civilian", "military", "law", "enforcement", "naval", "air", "force",
    ]

    static func extract(_ analysis: ArticleAnalysis, into facts: inout FactSheet) {
        var figures: [Figure] = []
        for (offset, sentence) in analysis.currentSentences
        where !isRunningTotal(sentence) && !namesAnotherPlacesAttack(analysis, offset, than: facts.location) {
            figures.append(contentsOf: self.figures(in: sentence, tokens: analysis.currentTokens(offset)))
        }
        let attackersKilled = figures.filter { $0.outcome == .killed && $0.aboutAttackers && $0.value != nil }
        facts.killed = summarize(
            figures.filter { $0.outcome == .killed && !$0.aboutAttackers }, field: .killed,
            attackerKilled: attackersKilled, into: &facts)
        facts.injured = summarize(
            figures.filter { $0.outcome == .injured && !$0.aboutAttackers }, field: .injured, into: &facts)
        // "Nobody was killed" in the lead, and a toll only paragraphs later: the later figure is
        // another attack's ("... two weeks after the 7/7 bombings, which killed 52"), unless it
        // tells of deaths since.
        if let killed = facts.killed, killed.best != 0,
            let (offset, zeroSentence) = analysis.currentSentences.first(where: { offset, sentence in
                analysis.weight(offset) >= 2 && noVictims(sentence.tokens).killed
                    && !provisionalPhrases.occurs(in: sentence.lower)
            }),
            let tollParagraphs = facts.evidence[FactField.killed.rawValue]?.map(\.paragraph),
            tollParagraphs.allSatisfy({ $0 > zeroSentence.paragraph }),
            !analysis.currentSentences.contains(where: { other, sentence in
                other > offset && tollParagraphs.contains(sentence.paragraph)
                    && laterDeathPhrases.occurs(in: sentence.lower)
            })
        {
            facts.warnings.append(
                "killed: the lead says nobody was killed; \(killed.best.map(String.init) ?? "a figure") comes from paragraph \(tollParagraphs[0])"
            )
            facts.killed = Casualties(best: 0, stated: [0])
            facts.evidence[FactField.killed.rawValue] = nil
            facts.addEvidence(.killed, zeroSentence)
        }
        // "Nobody was killed", "no casualties were reported": zero, when no figure says otherwise.
        for (_, sentence) in analysis.currentSentences {
            let zero = noVictims(sentence.tokens)
            if zero.killed, facts.killed == nil {
                facts.killed = Casualties(best: 0, stated: [0])
                facts.addEvidence(.killed, sentence)
            }
            if zero.injured, facts.injured == nil {
                facts.injured = Casualties(best: 0, stated: [0])
                facts.addEvidence(.injured, sentence)
            }
        }
        // "Ana Ruiz, a reporter, was slain today": one victim named, when no figure is given.
        if facts.killed == nil,
            let (_, sentence) = analysis.currentSentences.first(where: { offset, sentence in
                guard analysis.historySpan[offset].isEmpty else { return false }
                let named =
                    analysis.allPlaces[offset].map { $0.start..<$0.end }
                    + analysis.allGroups[offset].map { $0.start..<$0.end }
                return NamedVictim.isKilled(sentence.tokens) { k in named.contains { $0.contains(k) } }
            })
        {
            facts.killed = Casualties(best: 1, stated: [1])
            facts.addEvidence(.killed, sentence)
        }
        // "The driver was in a critical condition": one wounded, when no figure is given.
        if facts.injured == nil,
            let (_, sentence) = analysis.currentSentences.first(where: { offset, sentence in
                analysis.historySpan[offset].isEmpty && NamedVictim.isWounded(sentence.tokens)
            })
        {
            facts.injured = Casualties(best: 1, stated: [1])
            facts.addEvidence(.injured, sentence)
        }
        // "19 dead with as many wounded", "killed 12 and wounded as many": the same figure again.
        // Each sentence is read once, however many figures it holds.
        var asMany: [Int: Bool] = [:]
        if facts.injured == nil,
            let dead = figures.first(where: { figure in
                guard figure.outcome == .killed, !figure.aboutAttackers, figure.value != nil else { return false }
                if let known = asMany[figure.sentence.index] { return known }
                let says = saysAsManyWounded(figure.sentence.tokens)
                asMany[figure.sentence.index] = says
                return says
            })
        {
            facts.injured = Casualties(best: dead.value!, stated: [dead.value!])
            facts.addEvidence(.injured, dead.sentence)
        }
        // "The gunman shot 13 people" in the lead and "Ten people were killed": the others
        // were wounded.
        if facts.injured == nil, let killed = facts.killed?.best,
            let (shot, sentence) = analysis.currentSentences.lazy.filter({ analysis.weight($0.offset) >= 2 })
                .compactMap({ offset, sentence in
                    ShotInAll.total(in: analysis.currentTokens(offset)).map { ($0, sentence) }
                })
                .first,
            shot > killed
        {
            facts.injured = Casualties(best: shot - killed, stated: [shot - killed])
            facts.addEvidence(.injured, sentence)
        }
        AttackerCounter.extract(analysis, attackerFigures: figures.filter { $0.aboutAttackers }, into: &facts)
    }

    /// True when the wounded are told as "as many" as the dead: "with as many wounded",
    /// "wounding as many", "as many were injured".
    static func saysAsManyWounded(_ tokens: [Token]) -> Bool {
        tokens.indices.dropLast().contains { k in
            guard tokens[k].lower == "as", tokens[k + 1].lower == "many" else { return false }
            let around = tokens[max(0, k - 2)..<min(tokens.count, k + 5)]
            return around.contains { Lexicon.injuredWords.contains($0) }
                && !around.contains { ["than", "nearly", "almost", "twice"].contains($0.lower) }
        }
    }

    /// Builds the casualty record from figures in reading order: the first stated figure is the
    /// headline one, unless a later one says the toll rose.
    static func summarize(
        _ figures: [Figure], field: FactField, attackerKilled: [Figure] = [], into facts: inout FactSheet
    ) -> Casualties? {
        var numbered = figures.filter { $0.value != nil }
        // "7 dead" in the headline, "four of the attackers and three others were killed" later:
        // the 7 counted the attackers. (The first few figures of a sentence: such sums are short.)
        if !attackerKilled.isEmpty {
            let victimsBySentence = Dictionary(grouping: numbered, by: \.sentence.index)
            var inclusiveTotals: [Int: Set<Int>] = [:]  // total → sentences that add it up
            for (sentence, attackers) in Dictionary(grouping: attackerKilled, by: \.sentence.index) {
                for attacker in attackers.prefix(8) {
                    for victim in (victimsBySentence[sentence] ?? []).prefix(8) {
                        inclusiveTotals[victim.value! + attacker.value!, default: []].insert(sentence)
                    }
                }
            }
            numbered.removeAll { figure in
                inclusiveTotals[figure.value!].map { !$0.subtracting([figure.sentence.index]).isEmpty } ?? false
            }
        }
        guard let first = numbered.first else {
            if let vague = figures.first(where: { $0.approx != nil }) {
                facts.addEvidence(field, vague.sentence)
                return Casualties(best: nil, stated: [], approx: vague.approx)
            }
            return nil
        }
        var stated: [Int] = [], seen: Set<Int> = []
        for figure in numbered where seen.insert(figure.value!).inserted { stated.append(figure.value!) }
        var best = first
        // "a man injured in the blast" (a photo caption, one victim told about) and, a few
        // paragraphs on, "41 people were injured": the figure with a numeral is the toll.
        if first.isOneUnnumbered,
            let numeral = numbered.first(where: {
                !$0.isOneUnnumbered && $0.value! > 1 && $0.sentence.paragraph <= first.sentence.paragraph + 3
            })
        {
            best = numeral
        }
        // "massacre 131 schoolchildren: principal among 141 dead": the larger figure of the
        // lead sentence is the total.
        for figure in numbered where figure.sentence.index == first.sentence.index && figure.value! > best.value! {
            best = figure
        }
        if let update = numbered.last(where: { $0.isUpdate }), update.value! > first.value! { best = update }
        // "Bombers killed 35 people ... six of the bombers were among the dead": the
        // attackers are inside the total, which counts victims only once they are taken out.
        var bestValue = best.value!
        for attacker in attackerKilled
        where attacker.sentence.index > best.sentence.index && attacker.value! < bestValue
            && amongTheDeadPhrases.occurs(in: attacker.sentence.lower)
        {
            facts.warnings.append("\(field): \(attacker.value!) attackers taken out of the total \(bestValue)")
            bestValue -= attacker.value!
            facts.addEvidence(field, attacker.sentence)
        }
        facts.addEvidence(field, best.sentence)
        for figure in numbered where figure.value != best.value {
            facts.addEvidence(field, figure.sentence)
        }
        if stated.count > 1 {
            let list = stated.map(String.init).joined(separator: ", ")
            facts.warnings.append(
                "\(field): the article states different figures (\(list)); \(best.value!) is headlined")
        }
        // `stated` holds victim totals only: the total with the attackers in it goes.
        if bestValue != best.value! {
            stated.removeAll { $0 == best.value! || $0 == bestValue }
            stated.insert(bestValue, at: 0)
        }
        return Casualties(best: bestValue, stated: stated, qualifier: best.qualifier)
    }

    /// Every victim or attacker figure in a sentence.
    static func figures(in sentence: Sentence, tokens: [Token]? = nil) -> [Figure] {
        let tokens = tokens ?? sentence.tokens
        var result: [Figure] = []
        var i = 0
        var consumedUntil = 0
        while i < tokens.count {
            guard i >= consumedUntil, let number = NumberReader.read(tokens, at: i) ?? singleVictim(tokens, at: i),
                !isExcluded(tokens, number)
            else {
                i += 1
                continue
            }
            // A list of figures joined by commas and "and": "one civilian, two rangers and two cops".
            var items: [(number: ReadNumber, nounEnd: Int, attacker: Bool, victim: Bool)] = []
            var cursor = number
            while true {
                let (nounEnd, attacker, victim) = nounPhrase(tokens, after: cursor.end)
                items.append((cursor, nounEnd, attacker, victim))
                var next = nounEnd
                if next < tokens.count, tokens[next].text == "," { next += 1 }
                if next < tokens.count, tokens[next].lower == "and" || tokens[next].lower == "while" { next += 1 }
                guard attacker || victim, next > nounEnd,
                    let following = NumberReader.read(tokens, at: next) ?? article(tokens, at: next),
                    following.value != nil, !isExcluded(tokens, following),
                    following.end >= tokens.count || tokens[following.end].lower != "of"
                else { break }
                let lookahead = nounPhrase(tokens, after: following.end)
                guard lookahead.attacker || lookahead.victim else { break }
                cursor = following
            }
            let last = items.last!
            let before = outcomeBefore(tokens, number.start)
            let verbFirst = number.start > 0 && verbsBefore.contains(tokens[number.start - 1])
            let outcomeGuess =
                verbFirst
                ? before : (outcomeAfter(tokens, from: last.nounEnd) ?? before ?? tollSubject(tokens, number.start))
            if let outcome = outcomeGuess {
                let isUpdate = isTollUpdate(tokens, before: number.start)
                if items.count > 1 && items.contains(where: { $0.victim || $0.attacker }) {
                    let victims = items.filter { !$0.attacker }.compactMap { $0.number.value }.reduce(0, +)
                    let attackers = items.filter { $0.attacker }.compactMap { $0.number.value }.reduce(0, +)
                    if victims > 0 {
                        result.append(
                            Figure(
                                value: victims, approx: nil, qualifier: items[0].number.qualifier,
                                outcome: outcome, aboutAttackers: false, isUpdate: isUpdate, sentence: sentence))
                    }
                    if attackers > 0 {
                        result.append(
                            Figure(
                                value: attackers, approx: nil, qualifier: nil, outcome: outcome,
                                aboutAttackers: true, isUpdate: false, sentence: sentence))
                    }
                } else if !isSubcount(tokens, number.start)
                    && (!isAmongTheDead(tokens, after: last.nounEnd) || last.attacker && outcome == .killed)
                    && !countsAGroupNamedBefore(tokens, number, nounEnd: last.nounEnd)
                {
                    // (Attackers "among the dead" are kept: `summarize` takes them out of the total.)
                    var value = number.value
                    // "the cops shot dead two others": whom security forces kill are the attackers.
                    let unnamed = last.nounEnd == number.end || tokens[last.nounEnd - 1].lower == "others"
                    let killedByForces = outcome == .killed && unnamed && isKilledByForces(tokens, before: number.start)
                    // "22 killed, including the bombers": how many victims is not told.
                    if !last.attacker, includesUncountedAttackers(tokens, after: last.nounEnd) { value = nil }
                    // "seven people, including three attackers, were killed": three attackers died.
                    if let v = value, let inside = includedAttackers(tokens, after: last.nounEnd), inside < v {
                        value = v - inside
                        if !last.attacker {
                            result.append(
                                Figure(
                                    value: inside, approx: nil, qualifier: nil, outcome: outcome, aboutAttackers: true,
                                    isUpdate: false, sentence: sentence))
                        }
                    }
                    let unnumbered =
                        value == 1 && number.end == number.start + 1
                        && ["a", "an", "the"].contains(tokens[number.start].lower)
                    result.append(
                        Figure(
                            value: value, approx: number.approx, qualifier: number.qualifier,
                            outcome: outcome, aboutAttackers: last.attacker || killedByForces, isUpdate: isUpdate,
                            sentence: sentence, isOneUnnumbered: unnumbered))
                }
                consumedUntil = last.nounEnd
            }
            i = max(i + 1, items.count > 1 ? last.nounEnd : i + 1)
        }
        return result
    }

    /// "All three are now dead": a bare figure after "all" or "both" counts people named before.
    static func countsAGroupNamedBefore(_ tokens: [Token], _ number: ReadNumber, nounEnd: Int) -> Bool {
        nounEnd == number.end && number.start > 0 && ["all", "both"].contains(tokens[number.start - 1].lower)
    }

    /// "Police shot dead ...", "troops killed ...": security forces are the subject of the killing.
    static func isKilledByForces(_ tokens: [Token], before start: Int) -> Bool {
        let window = tokens[max(0, start - 5)..<start]
        // "a police station killed 33": a word naming a place ("station") makes "police" a
        // place too, not the one who fired.
        let actors = window.indices.filter { $0 + 1 >= tokens.count || !SiteFinder.siteNouns.contains(tokens[$0 + 1]) }
        return WeaponExtractor.responderWords.occurs(in: actors.map { tokens[$0].lower }.joined(separator: " "))
            && window.contains {
                ["shot", "killed", "gunned", "eliminated", "neutralised", "neutralized"].contains($0.lower)
            }
    }

    /// "The Riyadh bombings that killed 34 people were ...", in a story set in Casablanca: an
    /// attack named by another city than the story's, in a sentence that names none of the
    /// story's places. Its figures are that attack's.
    static func namesAnotherPlacesAttack(_ analysis: ArticleAnalysis, _ offset: Int, than location: Location)
        -> Bool
    {
        guard let city = location.city else { return false }
        let tokens = analysis.sentences[offset].tokens
        var other = false
        for match in analysis.places[offset] {
            guard let place = match.value.places.first else { continue }
            if place.name == city || place.name == location.region { return false }
            var next = match.end
            if next < tokens.count, tokens[next].text == "'s" { next += 1 }
            if place.kind == .city, next < tokens.count, Lexicon.attackNouns.contains(tokens[next]) { other = true }
        }
        return other
    }

    /// A first word of no deaths that a later one may overtake: "no casualties were reported
    /// immediately".
    static let provisionalPhrases: PhraseList = ["immediately", "initially", "so far", "yet", "at first"]
    /// Deaths told after a first word of none: "later died", "succumbed to his wounds".
    static let laterDeathPhrases: PhraseList = [
        "later died", "died later", "since died", "succumbed", "died in hospital", "died of his", "died of her",
        "died of their", "toll rose", "toll has risen",
    ]

    /// "Nobody was killed", "no one was hurt", "no casualties were reported".
    static let noOne: WordSet = ["no", "nobody"]
    static func noVictims(_ tokens: [Token]) -> (killed: Bool, injured: Bool) {
        var killed = false
        var injured = false
        for k in noOne.positions(in: tokens) {
            let word = tokens[k].lower
            let next = k + 1 < tokens.count ? tokens[k + 1].lower : ""
            if word == "no", ["casualties", "deaths", "fatalities", "injuries"].contains(next) {
                killed = killed || next != "injuries"
                injured = injured || next == "casualties" || next == "injuries"
                continue
            }
            guard word == "nobody" || word == "no" && next == "one" else { continue }
            // "no one was killed", "nobody was seriously hurt"
            for later in tokens[(k + 1)..<min(tokens.count, k + 5)] {
                if Lexicon.killedWords.contains(later) { killed = true }
                if Lexicon.injuredWords.contains(later) { injured = true }
            }
        }
        return (killed, injured)
    }

    /// "a soldier died", "killing a policeman", "the mayor of Oxa was killed": one victim named
    /// without a numeral (with "the", only someone of whom there is one: a mayor, a driver).
    private static func singleVictim(_ tokens: [Token], at i: Int) -> ReadNumber? {
        guard i < tokens.count, singleVictimOpeners.mayContain(hash: tokens[i].lowerHash),
            singleVictimOpeners.contains(tokens[i])
        else { return nil }
        let nouns = tokens[i].lower == "the" ? soleHolderNouns : singleVictimNouns
        // The noun ends the phrase within three words: most "a" and "the" are ruled out here.
        guard tokens[(i + 1)..<min(i + 4, tokens.count)].contains(where: nouns.contains) else { return nil }
        let phrase = nounPhrase(tokens, after: i + 1)
        guard phrase.victim, phrase.end - (i + 1) <= 3, nouns.contains(tokens[phrase.end - 1]),
            // "a fourth police officer died" updates a toll given elsewhere.
            !tokens[(i + 1)..<phrase.end].contains(where: { ordinals.contains($0.lower) })
        else {
            return nil
        }
        return ReadNumber(value: 1, approx: nil, qualifier: nil, start: i, end: i + 1)
    }
    static let singleVictimOpeners: WordSet = ["a", "an", "the"]
    static let ordinals = Set(NumberReader.ordinals.keys).union(["another", "further"])
    static let singleVictimNouns: WordSet = [
        "civilian", "policeman", "policewoman", "officer", "soldier", "child", "student", "worshipper", "tourist",
        "pilgrim", "passenger", "man", "woman", "guard", "cop", "ranger", "lawyer", "journalist", "teacher",
        "worker", "boy", "girl", "constable", "firefighter", "villager", "resident", "bystander", "contractor",
        "farmer", "judge", "doctor", "nurse", "priest", "imam", "official", "governor", "mayor", "minister",
        "commander", "lawmaker", "politician", "diplomat", "councillor", "councilor", "senator", "driver",
        "bodyguard", "reporter", "photographer", "cameraman", "employee", "shopkeeper", "trader", "pupil",
        "monk", "pastor", "cleric", "engineer", "businessman",
    ]
    /// People "the" makes one of: a post or a seat there is one of ("the mayor", "the driver").
    static let soleHolderNouns: WordSet = [
        "governor", "mayor", "minister", "commander", "president", "driver", "ambassador", "judge", "prosecutor",
        "chief", "imam", "priest", "pastor",
    ]

    /// "a police officer" (or "another official") inside a list counts as one.
    private static func article(_ tokens: [Token], at i: Int) -> ReadNumber? {
        guard i < tokens.count, ["a", "an", "another"].contains(tokens[i].lower) else { return nil }
        return ReadNumber(value: 1, approx: nil, qualifier: nil, start: i, end: i + 1)
    }

    /// Words that end a noun phrase: verbs, conjunctions, casualty words.
    static let phraseBreakers: WordSet = [
        "were", "was", "have", "has", "had", "are", "is", "and", "or", "but", "in", "at", "on", "by", "from", "to",
        "with", "after", "when", "while", "as", "who", "that", "which", "died", "dead", "killed", "injured",
        "wounded", "hurt", "got", "more", "others", "people",
    ]

    /// Skips up to five words describing who the figure counts ("CRPF personnel", "police
    /// officers", "heavily armed militants"); tells whether they are attackers or victims.
    static func nounPhrase(_ tokens: [Token], after start: Int) -> (end: Int, attacker: Bool, victim: Bool) {
        var j = start
        var attacker = false
        var victim = false
        var lastNoun = -1
        while j < tokens.count && j - start < 5 {
            let word = tokens[j].lower
            if Lexicon.attackerNouns.contains(tokens[j]) {
                attacker = true
                lastNoun = j
            } else if Lexicon.victimNouns.contains(tokens[j]) {
                if !attacker { victim = true }
                lastNoun = j
                if word == "people" || word == "others" { break }
            } else if phraseBreakers.contains(tokens[j]) || tokens[j].isPunctuation
                || NumberReader.value(of: tokens[j]) != nil
            {
                // "four foreign cyclists were killed": a plural noun the lists lack, right
                // before the verb, names victims too (things are not killed or wounded, and
                // the casualty word after it is checked by the caller).
                if lastNoun < 0, j > start, beingVerbs.contains(tokens[j]), isPlainPlural(tokens[j - 1]),
                    !Lexicon.attackWords.contains(tokens[j - 1]), !takesAnObject(tokens, verbAt: j)
                {
                    victim = true
                    lastNoun = j - 1
                }
                break
            } else if !tokens[j].startsWithLetter {
                break
            }
            j += 1
        }
        if lastNoun < 0 { return (start, false, false) }
        return (lastNoun + 1, attacker, victim && !attacker)
    }

    /// Verbs that follow the people a figure counts: "were killed", "have been wounded", "died".
    static let beingVerbs: WordSet = [
        "were", "was", "have", "has", "had", "are", "died", "killed", "injured", "wounded", "hurt",
    ]

    /// "in hospital" at `j`, "taken to (a nearby) hospital", "in intensive care", "in (at) the
    /// emergency ward", "under (receiving) treatment".
    static func saysHospital(_ tokens: [Token], at j: Int) -> Bool {
        guard j + 1 < tokens.count else { return false }
        let word = tokens[j].lower
        let next = tokens[j + 1].lower
        if word == "under" || word == "receiving" { return next == "treatment" }
        if word == "in" || word == "at" {
            if next == "hospital" && word == "in" || next == "intensive" { return true }
            // "in the emergency ward", "at the emergency wards"
            return next == "the" && j + 3 < tokens.count && tokens[j + 2].lower == "emergency"
                && ["ward", "wards", "room", "rooms"].contains(tokens[j + 3].lower)
        }
        guard ["taken", "rushed", "admitted", "airlifted", "brought"].contains(word), tokens[j + 1].lower == "to" else {
            return false
        }
        return tokens[(j + 2)..<min(j + 5, tokens.count)].contains { ["hospital", "hospitals"].contains($0.lower) }
    }

    /// "two rockets killed a child", "four shells have wounded 30": the verb is active, its
    /// subject the cause, not the victims. Only "were killed", "have been killed" and a bare
    /// "killed" followed by where, when or how ("four judges injured when ...") are passive.
    static func takesAnObject(_ tokens: [Token], verbAt j: Int) -> Bool {
        guard j + 1 < tokens.count else { return false }
        let next = tokens[j + 1].lower
        if ["have", "has", "had"].contains(tokens[j].lower) { return next != "been" }
        guard Lexicon.killedWords.contains(tokens[j]) || Lexicon.injuredWords.contains(tokens[j]) else { return false }
        // "killed at least nine" is active; "injured at the market" passive.
        if next == "at" { return j + 2 < tokens.count && tokens[j + 2].lower == "least" }
        return !(tokens[j + 1].isPunctuation || passiveFollowers.contains(next))
    }

    /// Words after a bare casualty verb that show it passive: "four judges injured in ...".
    static let passiveFollowers: WordSet = [
        "when", "in", "and", "by", "after", "as", "on", "during", "while", "near", "outside", "inside", "since",
        "overnight", "yesterday", "today",
    ]

    /// A lowercase word that looks like a plural noun: "cyclists", "hikers" (not "across", "this").
    static func isPlainPlural(_ token: Token) -> Bool {
        let word = token.text
        // An ASCII word, as most are, on its bytes: then a lowercase letter is a to z.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = word.utf8
            guard bytes.count >= 4, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return false }
            let last = bytes[bytes.index(before: bytes.endIndex)]
            let before = bytes[bytes.index(bytes.endIndex, offsetBy: -2)]
            return last == UInt8(ascii: "s") && before != UInt8(ascii: "s") && before != UInt8(ascii: "u")
        }
        return word.count >= 4 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
            && word.allSatisfy { $0.isLowercase && $0.isLetter }
    }

    /// Verbs that take the figure as their object: "killing 14", "wounded 30".
    static let verbsBefore: WordSet = [
        "killing", "killed", "kills", "kill", "wounding", "injuring", "wounded", "injured", "injures", "wounds",
        "martyred", "martyring", "massacre", "massacred", "massacring", "beheaded", "beheading",
    ]
    /// Words that open an aside inside a casualty phrase.
    static let asides: WordSet = [
        "including", "among", "mostly", "mainly", "many", "most", "some", "all", "both", "majority", "largely",
        "primarily", "the",
    ]

    /// A casualty word shortly after the figure: "were killed", "dead", "injured".
    static func outcomeAfter(_ tokens: [Token], from start: Int) -> Outcome? {
        var j = start
        var skipped = 0
        while j < tokens.count && skipped <= 4 {
            let word = tokens[j].lower
            if Lexicon.killedWords.contains(tokens[j]) && word != "killing" && word != "kills" { return .killed }
            if word == "lost" || word == "losing" { return .killed }
            // "a police officer was shot dead"; a bare "the other two were shot dead" refers back
            // to someone else, often the attackers.
            if word == "shot", j + 1 < tokens.count, tokens[j + 1].lower == "dead", start > 0,
                Lexicon.victimNouns.contains(tokens[start - 1])
            {
                return .killed
            }
            // "a total of 35 were brought in dead"
            if word == "brought", j + 2 < tokens.count, tokens[j + 1].lower == "in", tokens[j + 2].lower == "dead" {
                return .killed
            }
            if Lexicon.injuredWords.contains(tokens[j]) && word != "wounding" && word != "injuring" { return .injured }
            if ["treated", "hospitalised", "hospitalized"].contains(word) { return .injured }
            // "124 others sustained injuries", "suffered serious wounds"
            if ["sustained", "suffered", "received"].contains(word),
                tokens[(j + 1)..<min(j + 4, tokens.count)].contains(where: {
                    ["injuries", "injury", "wounds", "burns"].contains($0.lower)
                })
            {
                return .injured
            }
            // "in hospital", "taken (rushed, admitted) to hospital" mean wounded, unless the
            // sentence is about deaths ("one died in hospital").
            if saysHospital(tokens, at: j), !tokens.contains(where: { ["died", "killed", "dead"].contains($0.lower) }) {
                return .injured
            }
            if (word == "," || word == "-" || word == "("), j + 1 < tokens.count, asides.contains(tokens[j + 1]) {
                // Skip an aside: ", including three attackers," / "- mostly tourists -". One set
                // off by dashes or brackets runs to its closing mark, commas and all ("- including
                // four judges, three of them women -").
                let closing: Set<String> = word == "," ? [",", "-", ")"] : word == "-" ? ["-"] : [")"]
                var k = j + 2
                while k < tokens.count, !closing.contains(tokens[k].text), k - j < (word == "," ? 10 : 16) { k += 1 }
                guard k < tokens.count else { return nil }
                j = k + 1
                continue
            }
            // "25 people are reported to have died", "were feared to have been killed".
            let hearsay = word == "to" && j > start && hearsayWords.contains(tokens[j - 1])
            guard fillers.contains(tokens[j]) || word == "," && skipped < 2 || hearsay else { return nil }
            if NumberReader.value(of: tokens[j]) != nil { return nil }
            j += 1
            if !hearsay { skipped += 1 }
        }
        return nil
    }

    /// A casualty verb just before the figure: "killing 14", "killed at least 26", "toll rose to 70".
    static func outcomeBefore(_ tokens: [Token], _ start: Int) -> Outcome? {
        var j = start - 1
        var skipped = 0
        while j >= 0 && skipped <= 4 {
            let word = tokens[j].lower
            switch word {
            case "killing", "killed", "kills", "kill", "claimed", "left", "leaving", "martyred", "massacre",
                "massacred", "beheaded", "beheading":
                if word == "left" || word == "leaving" { return nil }
                return .killed
            // "we lost 92 of our soldiers": a loss of people, not of vehicles or ground.
            case "lost", "losing":
                let after = tokens[(start + 1)..<min(start + 5, tokens.count)]
                return after.contains { Lexicon.victimNouns.contains($0) } ? .killed : nil
            case "wounding", "injuring", "wounded", "injured", "injures", "wounds", "treated", "treating",
                "hospitalised",
                "hospitalized":
                return .injured
            case "toll", "deaths", "dead", "casualties", "fatalities":
                return .killed
            case "to", "at", "rose", "risen", "climbed", "reached", "stands", "stood", "has", "had", "of", "the",
                "death", "jumped", "increased", "now", "rises", "climbs", "is", "was", "hit",
                // "wounding another 49", "injuring a further 30"
                "another", "further", "a":
                j -= 1
                skipped += 1
            default:
                return nil
            }
        }
        return nil
    }

    /// "The number of people killed ... has risen to 31": the casualty word is the subject, well
    /// before the figure.
    static func tollSubject(_ tokens: [Token], _ start: Int) -> Outcome? {
        guard start >= 2, tokens[start - 1].lower == "to",
            ["risen", "rose", "climbed", "reached", "increased", "jumped", "rises", "climbs"].contains(
                tokens[start - 2].lower)
        else { return nil }
        var j = start - 3
        while j >= 0 && start - j < 20 {
            let word = tokens[j].lower
            if Lexicon.injuredWords.contains(tokens[j]) { return .injured }
            if Lexicon.killedWords.contains(tokens[j]) || word == "toll" { return .killed }
            j -= 1
        }
        return nil
    }

    /// "death toll rose to", "climbed to": a later, larger total.
    static func isTollUpdate(_ tokens: [Token], before start: Int) -> Bool {
        let window = tokens[max(0, start - 4)..<start].map { $0.lower }
        return window.contains { ["rose", "risen", "climbed", "jumped", "increased", "rises", "climbs"].contains($0) }
    }

    /// Figures that are part of a total named elsewhere: "including 29 children", "among them".
    static func isSubcount(_ tokens: [Token], _ start: Int) -> Bool {
        let window = tokens[max(0, start - 2)..<start].map { $0.lower }
        if window.contains("including") { return true }
        // "four of the 14", "most of the 30" are parts; "a total of 35", "the killing of eight" are not.
        guard window.last == "of", start >= 2 else { return false }
        let quantity = tokens[start - 2]
        return NumberReader.value(of: quantity) != nil || quantityWords.contains(quantity.lower)
    }
    static let quantityWords: WordSet = [
        "some", "most", "many", "all", "several", "both", "none", "each", "one", "any", "few", "majority", "half",
    ]

    /// "Over 4,000 civilians have been killed since March 2011", "the group's long campaign has cost
    /// more than 800 lives": a running total of a conflict, not this attack's toll.
    static func isRunningTotal(_ sentence: Sentence) -> Bool {
        let lower = sentence.lower
        guard perfectTollPhrases.occurs(in: lower) else { return false }
        let tokens = sentence.tokens
        // "... have been killed when gunmen attacked a village": a toll of one attack.
        if narratedAttackVerbs.occurs(in: tokens) { return false }
        // Whole words: a "conflict-hit region" is no running total.
        if conflictPhrases.occurs(in: lower) && conflictWords.occurs(in: tokens)
            || longSpanPhrases.occurs(in: lower)
        {
            return true
        }
        // "since" a time, not "since the attack began".
        return tokens.indices.contains { k in
            guard tokens[k].lower == "since", k + 1 < tokens.count else { return false }
            let next = tokens[k + 1]
            return DateExpressions.months[next] != nil || DateExpressions.yearValue(next.lower) != nil
                || ["then", "records"].contains(next.lower)
                || k + 2 < tokens.count && next.lower == "the" && ["start", "beginning"].contains(tokens[k + 2].lower)
        }
    }

    static let perfectTollPhrases: PhraseList = [
        "have died", "has died", "have been killed", "has been killed", "has killed", "have killed", "has cost",
        "have cost", "has claimed", "have lost their lives", "have perished",
    ]
    static let conflictPhrases: PhraseList = ["campaign", "insurgency", "conflict", "uprising", "decades"]
    static let conflictWords: WordSet = ["campaign", "insurgency", "conflict", "uprising", "decades"]
    static let longSpanPhrases: PhraseList = [
        "civil war", "over the past", "in recent years", "so far this year", "over the years",
    ]
    static let narratedAttackVerbs: WordSet = ["attacked", "stormed", "exploded", "detonated", "opened"]

    static let amongTheDeadPhrases: PhraseList = [
        "among those killed", "among the dead", "among the killed", "among those who died", "among the victims",
    ]

    /// "At least ten children were among the dead": a part of a total given elsewhere.
    static func isAmongTheDead(_ tokens: [Token], after start: Int) -> Bool {
        let next = tokens[start..<min(tokens.count, start + 5)].map { $0.lower }
        guard let among = next.firstIndex(of: "among") else { return false }
        return next[(among + 1)...].contains {
            ["dead", "killed", "injured", "wounded", "victims", "casualties"].contains($0)
        }
    }

    /// "…, including three attackers, …" or "Three people were killed, including the gunman":
    /// the attackers counted in a total.
    static func includedAttackers(_ tokens: [Token], after start: Int) -> Int? {
        var j = start
        while j < tokens.count && j - start < 16 && tokens[j].lower != "including" {
            if tokens[j].text == ";" || NumberReader.value(of: tokens[j]) != nil { return nil }
            j += 1
        }
        guard j < tokens.count, tokens[j].lower == "including" else { return nil }
        var k = j + 1
        if k < tokens.count, tokens[k].lower == "the" || tokens[k].lower == "all" || tokens[k].lower == "a" { k += 1 }
        if NumberReader.read(tokens, at: k)?.value != nil {
            // A list: "including six soldiers, four civilians and seven attackers".
            var attackers = 0
            while let n = NumberReader.read(tokens, at: k), let v = n.value {
                let phrase = nounPhrase(tokens, after: n.end)
                if phrase.attacker { attackers += v }
                k = phrase.end
                guard k < tokens.count, [",", "and"].contains(tokens[k].lower) else { break }
                k += 1
                if k < tokens.count, tokens[k].lower == "and" { k += 1 }
            }
            return attackers > 0 ? attackers : nil
        }
        let phrase = nounPhrase(tokens, after: k)
        if phrase.attacker, phrase.end > k, Lexicon.singleAttackerNouns.contains(tokens[phrase.end - 1]) {
            return 1
        }
        return nil
    }

    /// "killed 22 people, including the bombers": a total with attackers in it, how many not said.
    static func includesUncountedAttackers(_ tokens: [Token], after start: Int) -> Bool {
        guard let j = tokens[start..<min(tokens.count, start + 6)].firstIndex(where: { $0.lower == "including" }),
            j + 2 < tokens.count, tokens[j + 1].lower == "the"
        else { return false }
        let noun = tokens[j + 2]
        return AttackerCounter.countNouns.contains(noun) && noun.lower.hasSuffix("s")
    }

    /// Years, ages, times, distances and other numbers that are not casualty figures.
    /// Words after a number that make it a measure, an age or a time rather than a count.
    static let excludedUnits: WordSet = [
        "percent", "%", "years", "year", "year-old", "km", "kilometres", "kilometers", "miles", "hours", "hour",
        "minutes", "minute", "floors", "floor", "vehicles", "times", "days", "day", "weeks", "months", "am",
        "pm", "a.m", "p.m", ":", "metres", "meters", "feet", "kg", "kilograms", "pounds", "million",
        "billion", "rounds", "shots", "storey", "story", "-year-old", "seconds", "buses", "cars",
    ]
    /// Words before a number that make it an age, a flight, a route or a place number.
    static let excludedLeadIns: WordSet = [
        "aged", "age", "flight", "route", "no", "number", "$", "£", "€", "ward", "gate", "sector", "between",
    ]

    static func isExcluded(_ tokens: [Token], _ number: ReadNumber) -> Bool {
        let first = tokens[number.start]
        if number.value != nil, DateExpressions.fullYear(first.lower) != nil {
            return true
        }
        if number.end < tokens.count {
            let next = tokens[number.end].lower
            if excludedUnits.contains(next) { return true }
        }
        if number.start > 0 {
            let prev = tokens[number.start - 1].lower
            if excludedLeadIns.contains(prev) { return true }
        }
        // "the group was blamed for more than 100 deaths": a record, not this attack's toll.
        let lead = tokens[max(0, number.start - 4)..<number.start].map { $0.lower }
        if let f = lead.lastIndex(of: "for"), f > 0, ["blamed", "responsible"].contains(lead[f - 1]),
            lead[(f + 1)...].allSatisfy({ ["more", "than", "over", "nearly", "some", "about"].contains($0) })
        {
            return true
        }
        // "enough ammunition to kill 5,000", "planned to kill 100": a capacity or an intent, not a toll.
        let before = tokens[max(0, number.start - 7)..<number.start]
        if let verb = before.lastIndex(where: { ["kill", "killing"].contains($0.lower) }),
            tokens[max(0, verb - 6)..<verb].contains(where: { intentWords.contains($0) })
        {
            return true
        }
        return false
    }

    /// Words that make "to kill N" a capacity or an intent: "enough to kill", "planned to kill".
    static let intentWords: WordSet = [
        "enough", "capable", "capacity", "could", "would", "might", "plan", "planned", "planning", "plotted",
        "intended", "intending", "aimed", "aiming", "wanted", "threatened", "threatening", "vowed", "able",
        "potential", "designed",
    ]
}
