/// Counts the attackers and how many of them died.
enum AttackerCounter {
    static func extract(_ analysis: ArticleAnalysis, attackerFigures: [CasualtyExtractor.Figure], into facts: inout FactSheet) {
        var count: Int?
        var killed = attackerFigures.first { $0.outcome == .killed && $0.value != nil }?.value
        var pluralSeen = false
        var singularSeen = false
        for (_, sentence) in analysis.currentSentences {
            let tokens = sentence.tokens
            for (k, token) in tokens.enumerated() where Lexicon.attackerNouns.contains(token.lower) {
                if token.lower.hasSuffix("s") || token.lower == "fidayeen" { pluralSeen = true }
                let before = k > 0 ? tokens[k - 1].lower : ""
                if Lexicon.singleAttackerNouns.contains(token.lower), ["a", "the", "lone", "single"].contains(before) {
                    singularSeen = true
                }
                // "10 heavily armed militants", "all three attackers"
                var j = k - 1
                while j >= 0 && k - j <= 3 {
                    if let n = NumberReader.read(tokens, at: j), n.end <= k, n.value != nil, n.qualifier == nil,
                        j == 0 || tokens[j - 1].lower != "between" && tokens[j - 1].lower != "and"
                    {
                        let between = tokens[n.end..<k].allSatisfy { CasualtyExtractor.adjectives.contains($0.lower) || $0.lower == "heavily" || $0.lower == "armed" || $0.lower == "suicide" }
                        if between, count == nil, !(j > 0 && ["including", "of"].contains(tokens[j - 1].lower)) {
                            count = n.value
                            facts.addEvidence("attackers", sentence)
                        }
                        break
                    }
                    j -= 1
                }
            }
            let lower = sentence.lower
            if killed == nil, let count, lower.contains("all \(spelled(count)) ") || lower.contains("all the attackers")
                && (lower.contains("killed") || lower.contains("dead"))
            {
                killed = count
            }
        }
        if count == nil && singularSeen && !pluralSeen { count = 1 }
        if let count, let k = killed, k > count { killed = nil }
        facts.attackers = Attackers(count: count, killed: killed)
    }

    private static func spelled(_ n: Int) -> String {
        NumberReader.units.first { $0.value == n }?.key ?? String(n)
    }
}
