/// How a story names a place tells whether it is where the attack was: a newspaper's or a
/// street's name, whose people ("French soldiers"), the end of a route, a speaker's seat, a
/// region named as such.
extension PlaceExtractor {
    static let mediaWords: WordSet = [
        "post", "times", "journal", "herald", "tribune", "daily", "press", "gazette", "express", "star", "standard",
        "guardian", "telegraph", "observer", "chronicle", "reporter", "mail", "radio", "tv", "television",
        "broadcasting", "dispatch", "inquirer", "examiner", "sentinel", "courier", "bulletin",
    ]

    static let streetWords: WordSet = ["street", "road", "avenue", "highway", "boulevard", "lane"]

    /// "Oxa Street", "Ura Road": a street named after a place.
    static func namesAStreet(_ tokens: [Token], _ match: PhraseIndex<PlaceName>.Match) -> Bool {
        match.end < tokens.count && streetWords.contains(tokens[match.end])
    }

    /// "the BBC's correspondent in Islamabad says", "our reporter in Kabul said": where a
    /// speaker is, not where anything happened.
    static func namesASpeakersPlace(_ tokens: [Token], _ match: PhraseIndex<PlaceName>.Match) -> Bool {
        match.start > 0 && tokens[match.start - 1].lower == "in" && speakerVerbFollows(tokens, match.end)
    }

    /// True when a reporting verb stands at `end`, right after a name: "... in Islamabad says".
    static func speakerVerbFollows(_ tokens: [Token], _ end: Int) -> Bool {
        end < tokens.count && DateExpressions.reportingVerbs.contains(tokens[end])
    }

    /// Nouns a country's name qualifies when it tells whose people or building were hit.
    static let ownedNouns: WordSet = [
        "embassy", "consulate", "troops", "soldiers", "service", "servicemen", "forces", "citizens", "nationals",
        "tourists", "officials", "diplomats", "contractors", "marines", "ambassador", "envoy", "mission",
        "military", "personnel", "aid", "workers", "journalists", "hostages", "victims", "secretary",
    ]

    /// "the Ruritanian embassy", "French soldiers", "British tourists": a country (or its people)
    /// named for whose people or building were attacked.
    static func modifiesPeopleOrInstitution(_ tokens: [Token], _ match: PhraseIndex<PlaceName>.Match) -> Bool {
        guard match.end < tokens.count, match.value.places.allSatisfy({ $0.kind == .country }) else { return false }
        // "American and Ruritanian officials": the first of two countries before one noun.
        if tokens[match.end].lower == "and", match.end + 2 < tokens.count, tokens[match.end + 1].isCapitalized {
            return ownedNouns.contains(tokens[match.end + 2])
        }
        return ownedNouns.contains(tokens[match.end])
    }

    /// "the Ruritanian capital", "the Ruritania capital": the capital city, named by its country.
    static func capitalNamed(_ tokens: [Token], _ match: PhraseIndex<PlaceName>.Match) -> Place? {
        guard match.end < tokens.count, tokens[match.end].lower == "capital", match.value.places.count == 1,
            match.value.places[0].kind == .country
        else { return nil }
        return Gazetteer.shared.capitals[match.value.places[0].name]
    }

    /// "from Oxa to Ura", "between Oxa and Ura": a place paired with
    /// another as the ends of a route.
    static func isRouteEnd(
        _ tokens: [Token], _ match: PhraseIndex<PlaceName>.Match, among places: [PhraseIndex<PlaceName>.Match]
    ) -> Bool {
        let before = match.start > 0 ? tokens[match.start - 1].lower : ""
        let after = match.end < tokens.count ? tokens[match.end].lower : ""
        func placeStarts(at index: Int) -> Bool { places.contains { $0.start == index } }
        func placeEnds(at index: Int) -> Bool { places.contains { $0.end == index } }
        // The first end: "from X to Y", "between X and Y".
        if before == "from" && after == "to" || before == "between" && after == "and" {
            return placeStarts(at: match.end + 1)
        }
        // Where a train or convoy was going: "heading to X (from Y)", "bound for X".
        if before == "to" || before == "for", match.start >= 2, travelWords.contains(tokens[match.start - 2]) {
            return true
        }
        // "heading to X from Y": the other end, named after the destination.
        if before == "from", let first = places.first(where: { $0.end == match.start - 1 }), first.start >= 2,
            ["to", "for"].contains(tokens[first.start - 1].lower), travelWords.contains(tokens[first.start - 2])
        {
            return true
        }
        // The second end: "from X to Y", "between X and Y".
        guard before == "to" || before == "and", match.start >= 3, placeEnds(at: match.start - 1) else { return false }
        guard let first = places.first(where: { $0.end == match.start - 1 }), first.start > 0 else { return false }
        let opener = tokens[first.start - 1].lower
        return before == "to" ? opener == "from" : opener == "between"
    }

    /// Words that introduce regions by name: "the province of", "the states of".
    static let regionWords: WordSet = [
        "province", "provinces", "region", "regions", "state", "states", "department", "departments",
        "governorate", "governorates", "prefecture", "prefectures", "oblast",
    ]

    /// True when the name follows "the province of" or stands in a list after it ("the provinces
    /// of Oxa, Ura and Ash").
    static func namedAsRegion(_ tokens: [Token], before start: Int) -> Bool {
        var k = start - 1
        while k > 0, start - k <= 10 {
            let word = tokens[k]
            if word.lower == "of" { return regionWords.contains(tokens[k - 1]) }
            guard word.text == "," || word.lower == "and" || word.isCapitalized else { return false }
            k -= 1
        }
        return false
    }

    /// Words of a journey before its destination: "heading to", "bound for", "en route to".
    static let travelWords: WordSet = [
        "heading", "headed", "bound", "travelling", "traveling", "route", "way", "going", "returning", "destined",
    ]

    static let missionWords: WordSet = ["embassy", "consulate", "mission", "bureau"]

    /// Words of a speech: "in a speech in Ura", "Speaking in Ura". (Not a
    /// visit: people visit the site of an attack, and victims are hit on their visits.)
    static let speakingWords: WordSet = ["speech", "speaking", "conference", "interview"]

    /// "the embassy in Ura said ...": a mission's city named in a statement, which is
    /// where the speaker is, not the attack (an attack on that embassy names no statement);
    /// "in a speech in the city of Ura": where someone spoke.
    static func isSpeakersSeat(_ tokens: [Token], before start: Int) -> Bool {
        if tokens[max(0, start - 10)..<start].contains(where: { speakingWords.contains($0) }) { return true }
        guard start >= 2, tokens[start - 1].lower == "in", missionWords.contains(tokens[start - 2]) else {
            return false
        }
        return tokens[start...].contains { ["said", "says", "statement", "told", "confirmed"].contains($0.lower) }
            || tokens[..<start].contains { $0.lower == "statement" }
    }

    /// A place name inside a news outlet's name.
    static func isMediaName(_ tokens: [Token], _ match: PhraseIndex<PlaceName>.Match) -> Bool {
        if match.end < tokens.count, tokens[match.end].isCapitalized, mediaWords.contains(tokens[match.end]) {
            return true
        }
        if match.start >= 2, tokens[match.start - 1].lower == "of", tokens[match.start - 2].isCapitalized,
            mediaWords.contains(tokens[match.start - 2])
        {
            return true
        }
        return false
    }
}
