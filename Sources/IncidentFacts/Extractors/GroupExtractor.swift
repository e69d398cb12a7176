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
            for match in analysis.groups[offset] {
                let group = resolve(match.value, country: facts.location.country)
                let role = self.role(of: match, in: sentence)
                var entry = found[group.name] ?? Found(group: group, role: "", spellings: [], firstSentence: sentence, mentions: 0)
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
        for name in order {
            guard let entry = found[name], !entry.role.isEmpty else { continue }
            let aliases = entry.spellings.filter { $0 != name }
            facts.perpetrators.append(Perpetrator(name: name, aliases: aliases, role: entry.role))
            facts.addEvidence("perpetrators", entry.firstSentence)
            if entry.role == "claimed" && facts.claimedBy == nil {
                facts.claimedBy = name
                facts.addEvidence("claimed_by", entry.firstSentence)
            }
        }
        // A group in the same family as a more specific one ("Taliban" beside "Pakistani Taliban")
        // is the same actor; keep the specific one.
        if facts.perpetrators.count > 1 {
            facts.perpetrators.sort { (rolePriority[$0.role] ?? 0) > (rolePriority[$1.role] ?? 0) }
        }
    }

    /// Chooses among groups sharing a spelling ("Taliban") by the attack's country.
    static func resolve(_ groups: [ArmedGroup], country: String?) -> ArmedGroup {
        if groups.count > 1, let country, let local = groups.first(where: { $0.countries.contains(country) }) {
            return local
        }
        return groups[0]
    }

    /// The role a sentence gives the group mentioned at `match`, or nil when it does not tie the
    /// group to the attack.
    static func role(of match: PhraseIndex<[ArmedGroup]>.Match, in sentence: Sentence) -> String? {
        let lower = sentence.lower
        if Lexicon.notPerpetratorPhrases.contains(where: { lower.contains($0) }) {
            // "inspired by X" rules X out, but another group in the same sentence may still claim.
            let before = sentence.tokens[max(0, match.start - 3)..<match.start].map(\.lower).joined(separator: " ")
            if before.contains("inspired by") || before.contains("allegiance to") || before.contains("ally of")
                || before.contains("offshoot of") || before.contains("ruling")
            {
                return nil
            }
            if lower.contains("denied") { return nil }
        }
        if Lexicon.claimPhrases.contains(where: { lower.contains($0) }) && !lower.contains("no one has claimed")
            && !lower.contains("no group has claimed") && !lower.contains("not claimed") && !lower.contains("no claim")
        {
            return "claimed"
        }
        let attackTied = sentence.tokens.contains { Lexicon.attackWords.contains($0.lower) }
            || lower.contains("behind") || lower.contains("blamed") || lower.contains("responsible")
        guard attackTied else { return nil }
        if Lexicon.suspectPhrases.contains(where: { lower.contains($0) }) { return "suspected" }
        return "named"
    }
}
