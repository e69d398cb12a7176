/// Finds how long the attack lasted: "a siege that lasted more than four hours".
enum DurationFinder {
    static let units: WordSet = ["hours", "hour", "minutes", "days", "day", "hour-long", "-hour"]
    /// Minutes in one of each unit.
    static let minutesPer: [String: Int] = [
        "minutes": 1, "hours": 60, "hour": 60, "hour-long": 60, "-hour": 60, "days": 1440, "day": 1440,
    ]
    static let contextWords: PhraseList = [
        "lasted", "siege", "standoff", "stand-off", "gunbattle", "gunfight", "operation", "battle", "ordeal", "long",
        "ended", "after",
    ]

    static func extract(_ analysis: ArticleAnalysis, into facts: inout FactSheet) {
        for (_, sentence) in analysis.currentSentences {
            guard contextWords.occurs(in: sentence.lower) else { continue }
            let tokens = sentence.tokens
            for (k, token) in tokens.enumerated() where units.contains(token.lower) {
                var j = k - 1
                while j >= 0, k - j <= 3 {
                    if let number = NumberReader.read(tokens, at: j), number.end == k, let value = number.value {
                        facts.duration = tokens[number.start...k].map { $0.text }.joined(separator: " ")
                        facts.durationMinutes = minutesPer[token.lower].map { value * $0 }
                        facts.addEvidence(.duration, sentence)
                        return
                    }
                    j -= 1
                }
            }
        }
    }
}
