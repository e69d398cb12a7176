/// How many people a shooting hit in all, for a story that gives the dead but no wounded:
/// "the gunman shot 13 people" or "13 people were shot" and "Ten people were killed" leave
/// three wounded.
enum ShotInAll {
    /// Nouns for the people hit: "shot 13 people", "nine shoppers were shot".
    static let peopleNouns: WordSet = [
        "people", "persons", "victims", "others", "shoppers", "worshippers", "worshipers", "students", "customers",
    ]

    /// The number the sentence says were shot, when neither dead nor wounded is said of them
    /// ("shot 13 people", "13 people were shot"; not "shot 13 people dead" nor "four people
    /// were shot dead").
    static func total(in tokens: [Token]) -> Int? {
        for k in tokens.indices where tokens[k].lower == "shot" {
            let after = k + 1 < tokens.count ? tokens[k + 1].lower : ""
            if ["dead", "and", "to", "down"].contains(after) { continue }
            // "shot 13 people, including a guard"
            if let n = NumberReader.read(tokens, at: k + 1), n.qualifier == nil, let value = n.value,
                n.end < tokens.count, peopleNouns.contains(tokens[n.end]),
                n.end + 1 >= tokens.count || tokens[n.end + 1].lower != "dead"
            {
                return value
            }
            // "13 people were shot", "13 people had been shot"
            var j = k - 1
            if j >= 0, tokens[j].lower == "been" { j -= 1 }
            guard j >= 2, ["were", "had"].contains(tokens[j].lower), peopleNouns.contains(tokens[j - 1])
            else { continue }
            for start in [j - 2, j - 3] where start >= 0 {
                if let n = NumberReader.read(tokens, at: start), n.end == j - 1, n.qualifier == nil,
                    let value = n.value
                {
                    return value
                }
            }
        }
        return nil
    }
}
