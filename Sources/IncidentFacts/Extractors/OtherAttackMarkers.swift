/// Words that tell a sentence is about another attack of the same days: "Two days earlier,
/// gunmen killed ...", "Also on Sunday, a bomb ...". Whatever such a sentence tells belongs to
/// that attack, a recalled one. ("..., a day after a truck bomb exploded" mid-sentence is not
/// one: follow-up stories date the attack they report that way.)
enum OtherAttackMarkers {
    /// Sentence openings that move the story to another attack.
    static let openers: [[String]] = [
        ["earlier", "in", "the", "day"], ["in", "other", "violence"], ["elsewhere"], ["also", "on"],
        ["the", "day", "before"], ["the", "previous", "day"], ["days", "earlier"], ["a", "day", "earlier"],
        ["a", "week", "earlier"], ["weeks", "earlier"], ["in", "another", "attack"], ["in", "a", "separate"],
    ]
    static let timeUnits: Set<String> = ["hours", "day", "days", "week", "weeks"]

    /// True when the sentence opens on another attack.
    static func opensAnotherAttack(_ tokens: [Token]) -> Bool {
        let words = tokens.prefix(5).map(\.lower)
        // "Two days earlier, ...": a count of days leading the sentence.
        if words.count >= 3, timeUnits.contains(words[1]), words[2] == "earlier" || words[2] == "before",
            NumberReader.value(of: words[0]) != nil || words[0] == "a"
        {
            return true
        }
        return openers.contains { words.starts(with: $0) }
    }
}
