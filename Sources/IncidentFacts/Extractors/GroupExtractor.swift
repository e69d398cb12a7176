/// Finds the groups responsible for the attack and their role: `claimed`, `named` or `suspected`.
///
/// A group counts only where the story ties it to this attack (a claim, an attack word, a
/// suspicion); groups an attacker was merely "inspired by" and groups in sentences about earlier
/// attacks are left out.
enum GroupExtractor {
    static let rolePriority = ["claimed": 3, "named": 2, "suspected": 1]

    static func extract(_ analysis: ArticleAnalysis, into facts: inout FactSheet) {
        struct Found {
            var group: ArmedGroup
            var role: String
            var spellings: [String]
            var firstSentence: Sentence
            var mentions: Int
        }
        var found: [String: Found] = [:]
        var order: [String] = []
        for (offset, sentence) in analysis.currentSentences {
            let matches = analysis.groups[offset]
            // "X has claimed the attacks in Lahore and Mohmand", of a story set in Peshawar: the
            // claim is for attacks elsewhere.
            if !matches.isEmpty, namesOnlyOtherPlaces(analysis, offset, than: facts.location) { continue }
            let roles = self.roles(of: matches, in: sentence)
            for (match, role) in zip(matches, roles) {
                let group = resolve(match.value, country: facts.location.country)
                var entry =
                    found[group.name]
                    ?? Found(group: group, role: "", spellings: [], firstSentence: sentence, mentions: 0)
                entry.mentions += 1
                if !entry.spellings.contains(match.text) { entry.spellings.append(match.text) }
                if let role, (rolePriority[role] ?? 0) > (rolePriority[entry.role] ?? 0) {
                    entry.role = role
                    entry.firstSentence = sentence
                }
                if found[group.name] == nil { order.append(group.name) }
                found[group.name] = entry
            }
        }
        // A bare family name ("Taliban") beside a specific group of that family ("Pakistani
        // Taliban") is the same actor: fold it in.
        for name in order {
            guard let generic = found[name], generic.spellings.allSatisfy({ !$0.contains(" ") && !$0.contains("-") })
            else { continue }
            let target = order.first { other in
                other != name && found[other] != nil
                    && (found[other]!.spellings + [other]).contains { spelling in
                        generic.spellings.contains { spelling.contains($0) && spelling != $0 }
                    }
            }
            guard let target, var specific = found[target] else { continue }
            for spelling in generic.spellings where !specific.spellings.contains(spelling) {
                specific.spellings.append(spelling)
            }
            if (rolePriority[generic.role] ?? 0) > (rolePriority[specific.role] ?? 0) {
                specific.role = generic.role
                specific.firstSentence = generic.firstSentence
            }
            found[target] = specific
            found[name] = nil
        }
        for name in order {
            guard let entry = found[name], !entry.role.isEmpty else { continue }
            let aliases = entry.spellings.filter { $0 != name }
            let accuser =
                entry.role == "claimed"
                ? nil : Attribution.accuser(in: entry.firstSentence, groupSpellings: entry.spellings + [name])
            facts.perpetrators.append(
                Perpetrator(name: name, aliases: aliases, role: entry.role, attributedBy: accuser))
            facts.addEvidence(.perpetrators, entry.firstSentence)
            if entry.role == "claimed" && facts.claimedBy == nil {
                facts.claimedBy = name
                facts.addEvidence(.claimedBy, entry.firstSentence)
            }
        }
        // "The terror group has claimed responsibility": a claim, in a sentence naming no group,
        // by the one group the story names.
        if facts.claimedBy == nil, facts.perpetrators.count == 1,
            let (_, sentence) = analysis.currentSentences.first(where: { offset, sentence in
                analysis.groups[offset].isEmpty && isClaimByTheGroup(sentence)
            })
        {
            facts.perpetrators[0].role = "claimed"
            facts.perpetrators[0].attributedBy = nil
            facts.claimedBy = facts.perpetrators[0].name
            facts.addEvidence(.claimedBy, sentence)
        }
        // A group in the same family as a more specific one ("Taliban" beside "Pakistani Taliban")
        // is the same actor; keep the specific one.
        if facts.perpetrators.count > 1 {
            facts.perpetrators.sort { (rolePriority[$0.role] ?? 0) > (rolePriority[$1.role] ?? 0) }
        }
    }

    /// True when the sentence names cities or regions, none of them the attack's: its groups
    /// are tied to attacks elsewhere.
    static func namesOnlyOtherPlaces(_ analysis: ArticleAnalysis, _ offset: Int, than location: Location) -> Bool {
        guard location.city != nil || location.region != nil else { return false }
        let sentence = analysis.sentences[offset]
        // A town the gazetteer lacks is found in the text, not among the matches.
        if let city = location.city, sentence.lower.contains(city.lowercased()) { return false }
        // "LA PAZ, 9 AUG (RADIO) - ...": the dateline names the bureau.
        let dateline = PlaceExtractor.datelineLength(sentence, analysis.places[offset].first)
        let local = analysis.places[offset].compactMap { match -> Place? in
            guard match.start >= dateline, !match.value.isDemonym, let place = match.value.places.first,
                place.kind != .country
            else { return nil }
            return place
        }
        guard !local.isEmpty else { return false }
        return !local.contains { place in
            place.name == location.city || place.name == location.region
                || place.region == location.region
                    && place.region != nil
        }
    }

    /// "the National Action Plan", "Hamas Street": a group's name opening the name of a plan,
    /// a law, a body or a place, which is no mention of the group.
    static func beginsAnotherName(_ match: PhraseIndex<[ArmedGroup]>.Match, in tokens: [Token]) -> Bool {
        guard match.end < tokens.count, tokens[match.end].isCapitalized else { return false }
        return nameContinuations.contains(tokens[match.end])
    }
    static let nameContinuations: WordSet = [
        "plan", "programme", "program", "act", "law", "policy", "committee", "council", "commission", "day",
        "street", "road", "avenue", "square", "university", "school", "college", "hospital", "stadium",
    ]

    /// Chooses among groups sharing a spelling ("Taliban") by the attack's country.
    static func resolve(_ groups: [ArmedGroup], country: String?) -> ArmedGroup {
        if groups.count > 1, let country, let local = groups.first(where: { $0.countries.contains(country) }) {
            return local
        }
        return groups[0]
    }

    /// Words just before a group that make it context, not the attacker: "inspired by X",
    /// "a splinter group of X", "linked to X", "sympathized with X".
    static let contextBefore = [
        "inspired by", "allegiance to", "ally of", "offshoot of", "ruling", "splinter group of", "faction of",
        "linked to", "affiliated with", "allied with", "loyal to", "sympathized with", "sympathised with",
        "sympathizer of", "supporter of", "supporters of", "wing of", "shadow group of", "proxy of", "close to",
        "affiliate of",
        "ties to", "links to", "linked with",
    ]
    /// "the bombers were linked to X": said of the attackers, a link names their group.
    static let saidOfTheAttackers: PhraseList = ["were linked to", "was linked to", "were linked with"]
    /// Words between such context and the group's name: "inspired by the jihadist group X".
    static let groupDescriptors: WordSet = [
        "the", "militant", "terrorist", "terror", "jihadist", "extremist", "islamist", "armed", "group",
        "organisation", "organization", "movement", "(", "\"",
    ]

    /// The role a sentence gives each group it names (`matches`, in order), or nil where it does
    /// not tie the group to the attack. What the sentence says is read once for all its groups,
    /// so a sentence naming many groups costs its length, not its square.
    static func roles(of matches: [PhraseIndex<[ArmedGroup]>.Match], in sentence: Sentence) -> [String?] {
        let lower = sentence.lower
        var isContext: [Bool] = []
        for (i, m) in matches.enumerated() {
            // "sympathized with the militant group IS", "inspired by Islamic State (ISIS)": the
            // words before the name and before an alias in brackets.
            var start = m.start
            while start > 0, groupDescriptors.contains(sentence.tokens[start - 1].lower) { start -= 1 }
            if i > 0, matches[i - 1].end == start {
                isContext.append(isContext[i - 1])
                continue
            }
            let words = sentence.tokens[max(0, start - 4)..<start].map { $0.lower }.joined(separator: " ")
            let context = contextBefore.contains { words.contains($0) } && !saidOfTheAttackers.occurs(in: words)
            isContext.append(context || namesAVictimsSide(sentence.tokens, m))
        }
        // "he was close to IS, police said, meaning the Islamic State group": one group
        // named twice in a sentence is context both times.
        let contextGroups = Set(matches.indices.filter { isContext[$0] }.compactMap { matches[$0].value.first?.name })
        for i in matches.indices where contextGroups.contains(matches[i].value.first?.name ?? "") {
            isContext[i] = true
        }
        // Denials, condemnations and talks name a group without blaming it.
        if matches.isEmpty || noBlamePhrases.occurs(in: lower) { return matches.map { _ in nil } }
        if let claimAt = claimPosition(sentence) {
            // The claimant is the group named just before the claim ("X claimed responsibility"),
            // or just after it ("claimed by X"); other groups in the sentence are only named.
            let beforeClaim = matches.indices.filter { matches[$0].end <= claimAt && !isContext[$0] }
                .max { matches[$0].start < matches[$1].start }
            let afterClaim = matches.indices.filter { matches[$0].start >= claimAt }
                .min { matches[$0].start < matches[$1].start }
            let claimantStart = (beforeClaim ?? afterClaim).map { matches[$0].start }
            return matches.indices.map { i in
                isContext[i] ? nil : matches[i].start == claimantStart ? "claimed" : "named"
            }
        }
        let attackTied =
            Lexicon.attackWords.occurs(in: sentence.tokens)
            || lower.contains("behind") || lower.contains("blamed") || lower.contains("responsible")
            // "suspicion fell on X", "sources are suspicious of X"
            || lower.contains("suspicion fell") || lower.contains("suspicious of")
        let suspected = Lexicon.suspectPhrases.occurs(in: lower) || lower.contains("suspicious of")
        let aboutAttack = lower.contains("attack")
        return matches.indices.map { i -> String? in
            let match = matches[i]
            if isContext[i] { return nil }
            if tiesSomethingTo(sentence.tokens, match) { return "suspected" }
            if isAgentOfAnAttack(sentence.tokens, match) { return "named" }
            // "said Taliban spokesman Muhammad Umar Khorasani" in a sentence about the attack.
            if match.end < sentence.tokens.count,
                ["spokesman", "spokesperson", "spokesmen"].contains(sentence.tokens[match.end].lower), aboutAttack
            {
                return "claimed"
            }
            guard attackTied else { return nil }
            return suspected ? "suspected" : "named"
        }
    }

    /// "investigators have tied the driver and the vehicle to X", "police linked the bombing to
    /// X": something of the attack tied to the group, which is suspected. ("a group linked to
    /// X", with nothing between, is an affiliation.)
    static func tiesSomethingTo(_ tokens: [Token], _ match: PhraseIndex<[ArmedGroup]>.Match) -> Bool {
        var to = match.start - 1
        while to >= 0, groupDescriptors.contains(tokens[to]) { to -= 1 }
        guard to >= 2, tokens[to].lower == "to" else { return false }
        return tokens[max(0, to - 9)..<(to - 1)].contains { tyingVerbs.contains($0) }
    }
    static let tyingVerbs: WordSet = ["tied", "linked", "connected", "traced"]

    /// "17 missionaries were kidnapped on Saturday by the 400 Ura gang": the agent of a passive
    /// attack verb.
    static func isAgentOfAnAttack(_ tokens: [Token], _ match: PhraseIndex<[ArmedGroup]>.Match) -> Bool {
        var by = match.start - 1
        while by >= 0, groupDescriptors.contains(tokens[by]) { by -= 1 }
        guard by >= 1, tokens[by].lower == "by" else { return false }
        return tokens[max(0, by - 8)..<by].contains { passiveAttackVerbs.contains($0) }
    }
    static let passiveAttackVerbs: WordSet = [
        "kidnapped", "abducted", "captured", "seized", "attacked", "ambushed", "killed", "bombed", "stormed",
        "massacred", "beheaded", "carried",
    ]

    /// "the assassination of a senior Ruritanian Guard commander": the group of the one killed,
    /// named after "of" and before the post he held, is the victim's side, not the attacker.
    static func namesAVictimsSide(_ tokens: [Token], _ match: PhraseIndex<[ArmedGroup]>.Match) -> Bool {
        guard match.end < tokens.count, memberNouns.contains(tokens[match.end]) else { return false }
        var k = match.start - 1
        while k >= 0, ["a", "an", "the", "senior", "top", "former", "local", "two", "three"].contains(tokens[k].lower) {
            k -= 1
        }
        return k >= 0 && tokens[k].lower == "of"
    }

    /// Posts held in a group ("two of the Ruritanian Front militants who stormed ..." are the
    /// attackers, so rank and file are not among them).
    static let memberNouns: WordSet = ["commander", "commanders", "leader", "leaders", "chief", "general"]

    static let noBlamePhrases: PhraseList = [
        "denied", "denies", "condemn", "peace talks", "negotiat", "ceasefire with",
    ]

    /// Token index of a claim of responsibility in the sentence, if it makes one.
    /// True when the sentence tells a claim made by "the group" (or "the outfit", "the terror
    /// organisation") just before the claim: "The terror group has claimed responsibility".
    static func isClaimByTheGroup(_ sentence: Sentence) -> Bool {
        guard let k = claimPosition(sentence) else { return false }
        let tokens = sentence.tokens
        guard
            let noun = tokens[max(0, k - 4)..<k].lastIndex(where: {
                ["group", "outfit", "organisation", "organization"].contains($0.lower)
            })
        else { return false }
        var j = noun - 1
        while j >= 0, groupDescriptors.contains(tokens[j]), tokens[j].lower != "the" { j -= 1 }
        return j >= 0 && tokens[j].lower == "the"
            && tokens[(noun + 1)..<k].allSatisfy {
                ["has", "had", "have", "later", "also", "quickly"].contains($0.lower)
            }
    }

    static func claimPosition(_ sentence: Sentence) -> Int? {
        let lower = sentence.lower
        let negated = [
            "no one has claimed", "no group has claimed", "not claimed", "no claim", "yet to claim",
            "has not been claimed", "no immediate claim",
        ]
        if negated.contains(where: { lower.contains($0) }) { return nil }
        let tokens = sentence.tokens
        // "X said its fighters had carried out the attack".
        if lower.contains("said") || lower.contains("statement"),
            [
                "its fighters", "its men", "its militants", "its members", "it carried out", "it had carried out",
                "it was behind", "its suicide",
            ].contains(where: { lower.contains($0) }),
            let k = tokens.firstIndex(where: { $0.lower == "its" || $0.lower == "it" })
        {
            return k
        }
        for (k, token) in tokens.enumerated() {
            switch token.lower {
            case "claimed", "claiming", "claims", "claim":
                return k
            case "took", "taking", "accepted", "accepts", "takes":
                if k + 1 < tokens.count, ["responsibility", "credit"].contains(tokens[k + 1].lower) { return k }
            case "responsibility":
                return k
            default:
                continue
            }
        }
        return nil
    }
}
