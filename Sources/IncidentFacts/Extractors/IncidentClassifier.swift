/// Tells stories about a specific attack from anniversaries, court stories and policy pieces.
enum IncidentClassifier {
    static let anniversaryWords = ["anniversary", "commemorat", "remembrance", "memorial service", "years since", "years after", "years on", "marks"]
    static let courtWords = ["convicted", "sentenced", "sentence", "trial", "verdict", "court", "jailed", "guilty", "acquitted", "judge", "appeal", "prosecutor"]
    static let policyWords = ["consultation", "strategy", "policy", "legislation", "framework", "commission", "agenda", "programme", "stakeholders"]

    static func isIncident(_ analysis: ArticleAnalysis, facts: FactSheet) -> Bool {
        let lead = analysis.sentences.prefix(4).map(\.lower).joined(separator: " ")
        let all = analysis.sentences.map(\.lower).joined(separator: " ")
        func hits(_ words: [String], _ text: String) -> Int { words.filter { text.contains($0) }.count }
        let anniversary = hits(anniversaryWords, lead)
        let court = hits(courtWords, lead)
        let policy = hits(policyWords, lead)
        let hasFigures = facts.killed != nil || facts.injured != nil
        let attackMentions = analysis.currentSentences.filter { entry in
            entry.sentence.tokens.contains { Lexicon.attackWords.contains($0.lower) }
        }.count
        if attackMentions == 0 && !hasFigures { return false }
        if anniversary > 0 && lead.contains("anniversary") { return false }
        // A fresh attack is told with a recent day ("on Sunday", "yesterday"); a trial is not.
        let recent = facts.date != nil
        if court >= 2 && !(recent && hasFigures) { return false }
        if policy >= 2 && !hasFigures { return false }
        if hits(policyWords, all) >= 4 && hits(["killed", "wounded", "injured"], all) <= 1 { return false }
        return hasFigures || facts.date != nil || attackMentions >= 2
    }
}
