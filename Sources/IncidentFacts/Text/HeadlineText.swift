/// An outlet's headline as a reader should see it, without the page around it.
enum HeadlineText {
    /// "Home / World / Blast hits Oxa" and "Home » News » Blast hits Oxa" lose their trail;
    /// "Blast hits Oxa | Ura Times" loses the site's name. Nil when fewer than three words are
    /// left ("Help | |"), or when the line is a page's controls or notices ("Skip to main
    /// content", "Email this page", "Last updated: ..."): that is page furniture, not a headline.
    static func cleaned(_ text: String) -> String? {
        var headline = text[...]
        if isFurniture(text) { return nil }
        // A breadcrumb trail: the page's own name comes last.
        for separator in [" / ", " » ", " > "] where headline.hasPrefix("Home") && headline.contains(separator) {
            headline = headline.split(separator: separator).last ?? headline
        }
        // "Headline | Outlet": the site's name follows the bar.
        if let bar = headline.firstRange(of: " | ") { headline = headline[..<bar.lowerBound] }
        let words = headline.split(separator: " ").filter { $0.contains(where: \.isLetter) }
        return words.count >= 3 ? headline.trimmingSpaces() : nil
    }

    /// A line of a web page's furniture: a control, a verb of the page's own followed by its
    /// little word ("Skip to main content", "Email this page", "Send to printer", "Sign in"), or
    /// a notice or byline opening ("Last updated ...", "More by ...", "Posted on ...").
    static func isFurniture(_ line: String) -> Bool {
        let words = line.lowercased().split(separator: " ").prefix(2).map(String.init)
        guard let first = words.first else { return false }
        if words.count == 2, pageControls[first]?.contains(words[1]) == true { return true }
        let opening = words.joined(separator: " ")
        return noticeOpenings.contains { opening.hasPrefix($0) }
    }

    /// Verbs a page says of itself, with the little words that follow them on a control (not
    /// "Link to al-Qaeda suspected ...", a headline).
    static let pageControls: [String: Set<String>] = [
        "skip": ["to"], "jump": ["to"], "email": ["this", "to", "us"], "e-mail": ["this", "to", "us"],
        "print": ["this"], "share": ["this", "on"], "send": ["to", "this"], "link": ["this"],
        "sign": ["in", "up", "out"], "log": ["in", "out"], "follow": ["us"], "read": ["more"],
    ]
    /// How notices and bylines open.
    static let noticeOpenings = [
        "last updated", "updated:", "posted on", "posted by", "published on", "more by", "more from", "subscribe",
        "toggle navigation", "main menu", "advertisement",
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
        var opening = words.prefix(openingWords).joined(separator: " ")[...]
        while let first = opening.first, first.isPunctuation { opening.removeFirst() }
        while let last = opening.last, last.isPunctuation { opening.removeLast() }
        return opening + "…"
    }
}
