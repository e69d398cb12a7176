/// Finds the publication date and the day of the attack.
enum DateExtractor {
    /// The publication date written near the top of the article: a dateline
    /// ("KARACHI, May 23, 2011 (AFP)"), a "Published ..." line or a bare date line.
    static func publishedDate(in text: ArticleText) -> SimpleDate? {
        for sentence in text.sentences.prefix(8) where sentence.paragraph <= 5 {
            let mentions = DateExpressions.find(in: sentence.tokens, reference: nil, allCaps: text.isAllCaps)
            if let first = mentions.first(where: { $0.kind == .absolute }) {
                if let month = text.headerMonth, (first.date.year, first.date.month) != (month.year, month.month) {
                    continue
                }
                return first.date
            }
        }
        return nil
    }

    /// The attack's date: the first date expression in a sentence about the attack, never after
    /// publication (one day of slack for time zones when the date is written out in full).
    static func incidentDate(_ analysis: ArticleAnalysis, into facts: inout FactSheet) {
        var fallback: (DateMention, Sentence)?
        for (offset, sentence) in analysis.currentSentences {
            for mention in analysis.dates[offset] {
                if let published = analysis.published {
                    let limit = mention.kind == .absolute ? published.adding(days: 1) : published
                    if mention.date > limit || mention.date < published.adding(days: -14) { continue }
                } else if mention.kind != .absolute {
                    continue
                }
                if isPublicationLine(sentence, mention) { continue }
                let aboutAttack = sentence.tokens.contains { Lexicon.attackWords.contains($0.lower) }
                if aboutAttack {
                    facts.date = mention.date
                    facts.addEvidence("date", sentence)
                    return
                }
                if fallback == nil { fallback = (mention, sentence) }
            }
        }
        if let (mention, sentence) = fallback, mention.kind != .absolute || analysis.published == nil {
            facts.date = mention.date
            facts.addEvidence("date", sentence)
        }
    }

    /// "Published June 9, 2014" or a dateline is about the article, not the attack.
    private static func isPublicationLine(_ sentence: Sentence, _ mention: DateMention) -> Bool {
        let lower = sentence.lower
        if lower.hasPrefix("published") || lower.hasPrefix("posted") || lower.hasPrefix("updated") { return true }
        // "June 9, 2014 A spokesman said ...": a page's date stamp glued to the story.
        if mention.position == 0 && mention.kind != .weekday && mention.kind != .relative && sentence.index < 3 { return true }
        if mention.kind == .absolute && mention.position <= 8 {
            // Dateline: CITY, Month Day, Year (Agency)
            if let first = sentence.tokens.first, first.text == first.text.uppercased(), first.text.count > 2,
                sentence.tokens.count > mention.position + 3
            {
                return true
            }
            if sentence.tokens.count <= mention.position + 6 { return true }
        }
        return false
    }
}
