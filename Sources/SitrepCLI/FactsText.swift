import BriefSite
import IncidentFacts

/// The human-readable form of `sitrep facts`.
enum FactsText {
    static func describe(_ facts: FactSheet) -> String {
        var lines = ["== \(Diagnostic.printable(facts.file))"]
        func add(_ label: String, _ value: String?) {
            if let value, !value.isEmpty { lines.append("  \(label.padding(15))\(value)") }
        }
        add("published", facts.published?.iso)
        add("incident", facts.isIncident ? "yes" : "no (no brief)")
        add("title", facts.title)
        add("date", facts.date?.iso)
        let place = [facts.location.site, facts.location.city, facts.location.region, facts.location.country]
            .compactMap { $0 }.joined(separator: ", ")
        add("place", place)
        add(
            "perpetrators",
            facts.perpetrators.map { p in "\(p.name) (\(p.role)\(p.attributedBy.map { ", by \($0)" } ?? ""))" }
                .joined(separator: "; "))
        add("killed", facts.killed.map(describe))
        add("injured", facts.injured.map(describe))
        if facts.attackers.count != nil || facts.attackers.killed != nil {
            add(
                "attackers",
                "\(facts.attackers.count.map(String.init) ?? "?") (\(facts.attackers.killed.map(String.init) ?? "?") died)"
            )
        }
        add(
            "weapons",
            facts.weapons.map {
                $0.words.isEmpty ? $0.category : "\($0.category) (\($0.words.joined(separator: ", ")))"
            }.joined(separator: "; "))
        for fact in FactField.singleValued {
            add(fact.label.lowercased(), fact.value(in: facts).map(FactsText.describe))
        }
        for h in facts.history {
            add(
                "recalls",
                [h.year.map(String.init), h.place, h.what, h.perpetrator, h.killed.map { "\($0) killed" }]
                    .compactMap { $0 }.joined(separator: ", "))
        }
        for warning in facts.warnings { add("warning", warning) }
        // Facts to check first: those the extractor is least sure of.
        for key in facts.confidence.keys.sorted() where facts.confidence[key]!.level == .low {
            add("doubtful", "\(key): \(facts.confidence[key]!.basis)")
        }
        for key in facts.evidence.keys.sorted() {
            for item in facts.evidence[key]! {
                lines.append("    [\(key) ¶\(item.paragraph)] \(item.text.prefix(140))")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ value: FactValue) -> String {
        if case .flag(let flag) = value { return flag ? "yes" : "no" }
        return value.plain
    }

    static func describe(_ c: Casualties) -> String {
        var text = SummaryComposer.casualtyText(c) ?? "?"
        if c.stated.count > 1 { text += " (stated: \(c.stated.map(String.init).joined(separator: ", ")))" }
        return text
    }
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(1, width - count)) }
}
