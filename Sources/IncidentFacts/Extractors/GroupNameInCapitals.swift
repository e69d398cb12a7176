/// In text written in capitals a group's acronym or a name that is one common word ("RAW",
/// "ETA", "THE BASE") may be an ordinary word, and an acronym may be part of a longer name
/// ("TAK BAI"). Such a name counts as a group only where the sentence presents it as one: in
/// brackets after a full name, or beside a word such as "group", "militants" or "claimed".
enum GroupNameInCapitals {
    static func isGroup(_ match: PhraseIndex<[ArmedGroup]>.Match, in tokens: [Token]) -> Bool {
        let words = tokens[match.start..<match.end].filter { $0.lower != "the" }
        let previous = match.start > 0 ? tokens[match.start - 1] : nil
        let next = match.end < tokens.count ? tokens[match.end] : nil
        // "(ETA)", "[FMLN]": an acronym in brackets after the full name.
        if ["(", "["].contains(previous?.text) && [")", "]"].contains(next?.text) { return true }
        // "TAK BAI", "SAID RAW KHAN": an acronym that runs on into a name is part of that name.
        let runsOn = (next?.isCapitalized ?? false) || (previous?.isCapitalized ?? false)
        if words.count == 1 && words[0].lower.utf8.count <= 5 && runsOn { return false }
        // Longer names ("SHINING PATH") are as telling as in mixed case; one common word is not.
        guard words.count == 1, !words[0].isCapitalized else { return true }
        // "IS" is a verb far more often than a group: only "IS claimed", "IS militants" will do.
        if match.text.utf8.count <= 2 { return next.map { contextAfterShortName.contains($0) } ?? false }
        let before = tokens[max(0, match.start - 3)..<match.start]
        let after = tokens[match.end..<min(tokens.count, match.end + 2)]
        return before.contains { contextBefore.contains($0) } || after.contains { contextAfter.contains($0) }
    }

    /// Words just before a group's name that present it as one: "the separatist group ETA",
    /// "blamed on ETA", "members of TAK".
    private static let contextBefore: WordSet = [
        "group", "groups", "militant", "militants", "separatist", "separatists", "organisation", "organization",
        "outfit", "by", "blamed", "member", "members", "rebel", "rebels", "guerrilla", "guerrillas", "terrorist",
        "terrorists", "outlawed", "banned", "claimed", "suspected",
    ]

    /// Words right after a two-letter name that make it a group: "IS claimed", "IS fighters".
    private static let contextAfterShortName: WordSet = [
        "claimed", "claims", "militants", "fighters", "jihadists", "terrorists", "gunmen", "group",
    ]

    /// Words just after a group's name that present it as one: "ETA militants", "TAK claimed".
    private static let contextAfter: WordSet = [
        "group", "militants", "militant", "rebels", "guerrillas", "fighters", "members", "member", "claimed",
        "gunmen", "terrorists", "separatists", "commander", "commanders", "cell", "cells", "operatives",
        "spokesman", "leader", "leaders", "bombers", "attack", "attacks", "claims",
    ]
}
