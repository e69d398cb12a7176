/// Finds the specific site attacked: "the Karachi Police Office", "Army Public School".
enum SiteFinder {
    static let siteNouns: WordSet = [
        "office", "headquarters", "school", "mosque", "church", "cathedral", "synagogue", "temple", "shrine",
        "airport", "base", "hotel", "market", "park", "hospital", "university", "college", "academy", "arena",
        "mall", "station", "embassy", "consulate", "club", "cafe", "restaurant", "stadium", "camp", "compound",
        "checkpoint", "lines", "bazaar", "promenade", "square", "store", "supermarket", "festival", "concert",
        "bridge", "ministry", "parliament", "court", "complex", "building", "garrison", "cantonment", "theatre",
        "theater", "centre", "center", "terminal", "convoy", "nightclub", "marketplace", "seminary", "madrassa",
        "walmart", "starbucks", "clinic",
    ]
    static let leadIns: WordSet = [
        "on", "at", "stormed", "inside", "outside", "attacked", "targeted", "near", "into",
    ]

    static func site(in analysis: ArticleAnalysis) -> String? {
        for (_, sentence) in analysis.currentSentences.prefix(12) {
            let tokens = sentence.tokens
            var i = 0
            while i < tokens.count {
                guard leadIns.contains(tokens[i]) else {
                    i += 1
                    continue
                }
                var j = i + 1
                if j < tokens.count, tokens[j].lower == "the" || tokens[j].lower == "a" { j += 1 }
                let start = j
                var lastSiteNoun = -1
                while j < tokens.count {
                    let t = tokens[j]
                    let isName =
                        t.isCapitalized && !DateExpressions.weekdays.keys.contains(t.lower)
                        && DateExpressions.months[t] == nil
                    let isJoin = (t.lower == "of" || t.text == "'s" || t.lower == "and") && j > start
                    if siteNouns.contains(t) { lastSiteNoun = j }
                    if !(isName || isJoin || siteNouns.contains(t) || (j > start && t.text == "-")) { break }
                    j += 1
                }
                if lastSiteNoun >= start, tokens[start].isCapitalized || lastSiteNoun > start {
                    let words = tokens[start...lastSiteNoun].map { $0.text }
                    if words.count >= 2 || tokens[start].isCapitalized {
                        return join(words)
                    }
                }
                i = max(j, i + 1)
            }
        }
        return nil
    }

    /// Joins tokens back into text without a space before "'s" or around hyphens.
    static func join(_ words: [String]) -> String {
        var out = ""
        for (k, w) in words.enumerated() {
            if k > 0 && w != "'s" && w != "-" && words[k - 1] != "-" { out += " " }
            out += w
        }
        return out
    }
}
