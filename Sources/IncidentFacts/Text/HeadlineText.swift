/// An outlet's headline as a reader should see it, without the page around it.
enum HeadlineText {
    /// "Home / World / Blast hits Oxa" and "Home » News » Blast hits Oxa" lose their trail;
    /// "Blast hits Oxa | Ura Times" loses the site's name. Nil when fewer than three words are
    /// left ("Help | |"), or when the line is a page's controls or notices ("Skip to main
    /// content", "Email this page", "Last updated: ..."): that is page furniture, not a headline.
    static func cleaned(_ text: String) -> String? {
        var headline = text[...]
        let lower = text.lowercased()
        if furnitureOpenings.contains(where: { lower.hasPrefix($0) }) { return nil }
        // A breadcrumb trail: the page's own name comes last.
        for separator in [" / ", " » ", " > "] where headline.hasPrefix("Home") && headline.contains(separator) {
            headline = headline.split(separator: separator).last ?? headline
        }
        // "Headline | Outlet": the site's name follows the bar.
        if let bar = headline.range(of: " | ") { headline = headline[..<bar.lowerBound] }
        let words = headline.split(separator: " ").filter { $0.contains(where: \.isLetter) }
        return words.count >= 3 ? headline.trimmingSpaces() : nil
    }

    /// How the lines of a web page's furniture begin: navigation, sharing, bylines, notices.
    static let furnitureOpenings = [
        "skip to", "jump to", "email this", "print this", "share this", "share on", "more by", "more from",
        "last updated", "updated:", "posted on", "posted by", "published on", "follow us", "sign in", "log in",
        "subscribe", "toggle navigation", "main menu", "advertisement", "read more", "send to", "link to this",
    ]
}

extension HeadlineText {
    /// Words a title may take from an article's opening sentence.
    static let openingWords = 12

    /// A title from an article's opening sentence, for an article without a headline: its
    /// dateline dropped ("URA, May 3 (Reuters) - "), cut at a word with an ellipsis when long.
    static func opening(of sentence: String) -> String? {
        var text = Substring(sentence)
        if Dateline.agency(opening: text) != nil, let close = text.firstIndex(of: ")") {
            text = text[text.index(after: close)...].drop { " -–—:".contains($0) }
        }
        let words = text.split(separator: " ")
        guard words.count >= 3 else { return nil }
        if words.count <= openingWords { return words.joined(separator: " ") }
        return words.prefix(openingWords).joined(separator: " ").trimmingCharacters(in: .punctuationCharacters) + "…"
    }
}
