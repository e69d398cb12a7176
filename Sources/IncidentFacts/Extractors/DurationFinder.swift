/// Finds how long the attack lasted: "a siege that lasted more than four hours".
enum DurationFinder {
    /// Minutes in one of each unit, also after a hyphen ("a 16-hour siege", "the three-day siege").
    static let minutesPer: WordMap<Int> = [
        "minute": 1, "minutes": 1, "hour": 60, "hours": 60, "hour-long": 60, "day": 1440, "days": 1440,
    ]
    static let contextWords: PhraseList = [
        "lasted", "siege", "standoff", "stand-off", "gunbattle", "gunfight", "operation", "battle", "ordeal", "long",
        "ended", "after",
    ]

    /// What a hyphenated length may describe: the attack or the fight with it.
    static let attackSpans: WordSet = [
        "siege", "standoff", "stand-off", "attack", "assault", "gunbattle", "gunfight", "battle", "operation",
        "ordeal", "rampage", "raid", "occupation", "hostage", "crisis", "shootout", "firefight", "fight", "fighting",
        "gun", "gun-battle", "gun-fight", "long", "hour-long",
    ]

    /// A stated length of time: the tokens that state it, and how many minutes it is.
    struct Length {
        let tokens: ClosedRange<Int>
        let minutes: Int
    }

    /// Every length of time a sentence states: "16 hours", "three bloody days" (one word between
    /// the figure and its unit), "a 60-hour siege".
    static func lengths(in tokens: [Token]) -> [Length] {
        var found: [Length] = []
        for k in tokens.indices {
            // Most tokens are neither hyphenated nor a unit: told without copying them.
            let hyphenated = tokens[k].hasHyphen
            guard hyphenated || minutesPer.mayContain(hash: tokens[k].lowerHash) else { continue }
            let word = tokens[k].lower
            if hyphenated, let dash = word.firstIndex(of: "-"),
                let per = minutesPer[String(word[word.index(after: dash)...])],
                let value = NumberReader.value(of: String(word[..<dash]))
            {
                // "a 16-hour siege", not "his four-hour visit" or "a two-day trip".
                let next = k + 1 < tokens.count ? tokens[k + 1].lower : ""
                if next.first?.isLetter == true, !attackSpans.contains(next) { continue }
                found.append(Length(tokens: k...k, minutes: value * per))
                continue
            }
            guard let per = minutesPer[tokens[k]] else { continue }
            for start in stride(from: k - 1, through: max(0, k - 3), by: -1) {
                guard let number = NumberReader.read(tokens, at: start), let value = number.value else { continue }
                let describing = number.end == k - 1 && tokens[k - 1].lower == tokens[k - 1].text
                if number.end == k || describing {
                    found.append(Length(tokens: number.start...k, minutes: value * per))
                    break
                }
            }
        }
        return found
    }

    static func extract(_ analysis: ArticleAnalysis, into facts: inout FactSheet) {
        for (_, sentence) in analysis.currentSentences {
            guard contextWords.occurs(in: sentence.lower), let length = lengths(in: sentence.tokens).first else {
                continue
            }
            facts.duration = sentence.tokens[length.tokens].map { $0.text }.joined(separator: " ")
            facts.durationMinutes = length.minutes
            facts.addEvidence(.duration, sentence)
            return
        }
    }
}
