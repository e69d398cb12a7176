import IncidentFacts

/// A fact too unsure to publish as fact: its brief marks it "needs review" until the editor sets
/// it or marks it `reviewed:` in front matter. `sitrep check` lists these; `--strict` fails on them.
package struct FactToReview: Sendable, Equatable {
    package let briefID: String
    /// The fact as the facts contract names it ("killed", "location").
    package let fact: String
    /// Why it is unsure, in the extractor's words.
    package let reason: String
    /// The report where an editor would settle it: the first one.
    package let file: String

    /// The facts of `incident` that need review, in a fixed order.
    static func list(_ incident: Incident) -> [FactToReview] {
        incident.facts.confidence.filter { $0.value.needsReview }.keys.sorted().map { fact in
            FactToReview(
                briefID: incident.id, fact: fact, reason: incident.facts.confidence[fact]!.basis,
                file: incident.sources.first?.file ?? "")
        }
    }

    /// True when any fact of `facts` needs review (its row in lists carries the mark).
    static func any(in facts: FactSheet) -> Bool {
        facts.confidence.values.contains(where: \.needsReview)
    }

    /// "briefs/<id>/: killed needs review (totals differ); set it, or add `reviewed: [killed]`, in <file>".
    package var description: String {
        "briefs/\(briefID)/: \(fact) needs review (\(reason)); set it, or add 'reviewed: [\(fact)]', in \(file)"
    }
}
