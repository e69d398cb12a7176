/// Confidence of the facts whose doubt shows in the facts themselves: totals that differ, a
/// group's role, weapons named or only implied. (Date, place, attack type and target are judged
/// by their extractors, which see how close the choice was; attackers by `AttackerCounter`.)
enum ConfidenceRules {
    static func assess(_ facts: inout FactSheet) {
        for (field, casualties) in [(FactField.killed, facts.killed), (.injured, facts.injured)] {
            guard let casualties else { continue }
            facts.confidence[field] = confidence(of: casualties)
        }
        if let strongest = facts.perpetrators.first {
            let distinct = Set(facts.perpetrators.map { $0.name }).count
            facts.confidence[.perpetrators] =
                switch strongest.role {
                case "claimed": FactConfidence(.high, "a claim of responsibility")
                case "named" where distinct > 1: FactConfidence(.low, "several groups named, none claimed it")
                case "named": FactConfidence(.medium, "named as responsible, no claim")
                default: FactConfidence(.low, "suspected, not confirmed")
                }
        }
        if facts.claimedBy != nil {
            facts.confidence[.claimedBy] = FactConfidence(.high, "a claim of responsibility")
        }
        if !facts.weapons.isEmpty {
            facts.confidence[.weapons] =
                facts.weapons.contains { !$0.words.isEmpty }
                ? FactConfidence(.high, "weapons named")
                : FactConfidence(.medium, "implied by verbs such as \"opened fire\" or \"a blast\"")
        }
    }

    private static func confidence(of casualties: Casualties) -> FactConfidence {
        guard let best = casualties.best else {
            return FactConfidence(.medium, "a vague amount (\"\(casualties.approx ?? "several")\"), no figure")
        }
        let others = casualties.stated.filter { $0 != best }
        if others.isEmpty { return FactConfidence(.high, "one total, the same wherever stated") }
        let list = ([best] + others).map(String.init).joined(separator: ", ")
        return FactConfidence(.medium, "totals differ (\(list)); the headline figure is used")
    }
}
