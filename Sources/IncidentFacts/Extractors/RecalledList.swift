/// Earlier attacks named as a list of places: "the attacks at Manchester Arena, Westminster
/// Bridge and Finsbury Park", "a growing list of targets that includes London, Paris and
/// Berlin". Each place is one attack; the sentence rarely gives their years.
enum RecalledList {
    /// Plural nouns that open such a list, followed by "in", "at" or "on" or, a few words on,
    /// by "including" or "such as".
    static let openers: WordSet = [
        "attacks", "bombings", "atrocities", "shootings", "massacres", "targets", "blasts",
    ]
    static let directLinks: WordSet = ["in", "at", "on"]
    static let inclusiveLinks: WordSet = ["including", "includes", "include", "like"]

    /// One item of a list: a place the gazetteer knows, and the site when the item names one
    /// ("Manchester Arena" is a site in Manchester; "Finsbury Park" a site somewhere).
    struct Item {
        var place: String?
        var site: String?
    }

    /// The items of the first list of places the sentence opens with an attack noun; empty when
    /// it has none or names fewer than two.
    static func items(in tokens: [Token], places: [PhraseIndex<PlaceName>.Match]) -> [Item] {
        for opener in openers.positions(in: tokens) {
            guard let start = listStart(tokens, after: opener) else { continue }
            let items = readList(tokens, from: start, places: places)
            if items.count >= 2 { return items }
        }
        return []
    }

    /// Where the list begins: right after "attacks in", or after "including" / "such as" within
    /// a few words of the noun, in the same clause.
    private static func listStart(_ tokens: [Token], after opener: Int) -> Int? {
        let next = opener + 1
        guard next < tokens.count else { return nil }
        if directLinks.contains(tokens[next]) { return next + 1 }
        for k in next..<min(tokens.count, next + 6) {
            if [".", ";", ":"].contains(tokens[k].text) { return nil }
            if inclusiveLinks.contains(tokens[k]) { return k + 1 }
            if tokens[k].lower == "such", k + 1 < tokens.count, tokens[k + 1].lower == "as" { return k + 2 }
        }
        return nil
    }

    /// Reads "A, B, C and D": each item a run of capitalised words, joined by commas and a
    /// last "and". A list that runs into anything else ("attacks in Paris, killing ...",
    /// "attacks on Christians and others") is no list.
    private static func readList(
        _ tokens: [Token], from start: Int, places: [PhraseIndex<PlaceName>.Match]
    ) -> [Item] {
        var items: [Item] = []
        var k = start
        var lastJoined = false
        while true {
            if k < tokens.count, tokens[k].lower == "the" { k += 1 }
            let first = k
            while k < tokens.count, tokens[k].isCapitalized, !isCalendarWord(tokens[k]) { k += 1 }
            guard k > first, let item = item(tokens, first..<k, places: places) else { return [] }
            items.append(item)
            if lastJoined { break }
            if k < tokens.count, tokens[k].text == "," { k += 1 }
            if k < tokens.count, tokens[k].lower == "and" || tokens[k].lower == "or" {
                lastJoined = true
                k += 1
            } else if !(k < tokens.count && tokens[k - 1].text == ","
                && (tokens[k].isCapitalized || tokens[k].lower == "the"))
            {
                break
            }
        }
        return lastJoined ? items : []
    }

    /// A run of capitalised words as a list item: a known place ("Paris"), a site that opens
    /// with one ("London Bridge", "Manchester Arena") or a site named by its kind ("Finsbury
    /// Park"); anything else (a people, a name) is no place.
    private static func item(
        _ tokens: [Token], _ run: Range<Int>, places: [PhraseIndex<PlaceName>.Match]
    ) -> Item? {
        // A country or region in a list ("attacks in Iraq and Syria") tells a campaign more
        // often than one attack each: only cities and sites count.
        let match = places.first { $0.start == run.lowerBound && $0.end <= run.upperBound && !$0.value.isDemonym }
        let city = match?.value.places.first { $0.kind == .city }?.name
        let isSite = SiteFinder.siteNouns.contains(tokens[run.upperBound - 1]) && run.count >= 2
        let name = SiteFinder.join(tokens[run].map(\.text))
        if isSite { return Item(place: city, site: name) }
        if let city, match?.end == run.upperBound { return Item(place: city) }
        return nil
    }

    private static func isCalendarWord(_ token: Token) -> Bool {
        DateExpressions.weekdays[token] != nil || DateExpressions.months[token] != nil
    }
}
