import IncidentFacts

/// Shared wording for figures and dates on pages.
enum Formatting {
    static func casualties(_ c: Casualties?) -> String {
        guard let c else { return "–" }
        return SummaryComposer.casualtyText(c) ?? "–"
    }

    static func date(_ d: SimpleDate?) -> String { d?.longText ?? "date unknown" }

    /// A total over incidents that carries their hedges: "at least 779" when a figure is a lower
    /// bound or missing, "about 40" when one is approximate, "unknown" (never 0) when none is known.
    static func total(_ figures: [Casualties?]) -> String {
        let numbers = figures.compactMap { $0?.best }
        guard !numbers.isEmpty else { return "unknown" }
        let text = SummaryComposer.thousands(numbers.saturatingSum)
        let lowerBounds: Set<String> = ["at least", "more than", "over"]
        if figures.contains(where: { $0?.best == nil || lowerBounds.contains($0?.qualifier ?? "") }) {
            return "at least " + text
        }
        return figures.contains { $0?.qualifier != nil } ? "about " + text : text
    }

    /// "armed assault" → "Armed assault".
    static func sentenceCase(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
