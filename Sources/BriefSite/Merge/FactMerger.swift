import IncidentFacts

/// Combines the facts of several reports of one attack.
///
/// Figures: the latest report's headline figure wins (an editor's figure wins over any), and
/// every stated figure is kept. Places, dates and types: the value most reports agree on, the
/// latest breaking ties.
enum FactMerger {
    static func merge(_ reports: [FactSheet]) -> FactSheet {
        guard var merged = reports.last, reports.count > 1 else { return reports[0] }
        merged.file = ""
        merged.title = reports.last!.title
        merged.date = Voting.mostCommon(reports.map { $0.date })
        merged.location = Location(
            site: Voting.mostCommon(reports.map { $0.location.site }),
            city: Voting.mostCommon(reports.map { $0.location.city }),
            region: Voting.mostCommon(reports.map { $0.location.region }),
            country: Voting.mostCommon(reports.map { $0.location.country }))
        merged.killed = mergeCasualties(
            reports.map { $0.killed }, editor: reports.map { $0.editorFields.contains("killed") })
        merged.injured = mergeCasualties(
            reports.map { $0.injured }, editor: reports.map { $0.editorFields.contains("injured") })
        merged.attackers = Attackers(
            count: reports.reversed().compactMap { $0.attackers.count }.first,
            killed: reports.reversed().compactMap { $0.attackers.killed }.first)
        var groups: [Perpetrator] = []
        let strength = ["claimed": 3, "named": 2, "suspected": 1]
        for report in reports {
            for p in report.perpetrators {
                if let i = groups.firstIndex(where: { $0.name == p.name }) {
                    for alias in p.aliases where !groups[i].aliases.contains(alias) { groups[i].aliases.append(alias) }
                    let stronger = (strength[p.role] ?? 0) > (strength[groups[i].role] ?? 0)
                    if stronger || (p.role == groups[i].role && groups[i].attributedBy == nil) {
                        groups[i].role = p.role
                        groups[i].attributedBy = p.attributedBy
                    }
                } else {
                    groups.append(p)
                }
            }
        }
        merged.perpetrators = groups
        var weapons: [Weapon] = []
        for report in reports {
            for w in report.weapons {
                if let i = weapons.firstIndex(where: { $0.category == w.category }) {
                    for word in w.words where !weapons[i].words.contains(word) { weapons[i].words.append(word) }
                } else {
                    weapons.append(w)
                }
            }
        }
        let order = ["firearms", "explosives", "incendiary", "melee", "vehicle", "chemical", "other"]
        merged.weapons = weapons.sorted {
            (order.firstIndex(of: $0.category) ?? 9) < (order.firstIndex(of: $1.category) ?? 9)
        }
        for fact in FactField.singleValued { fact.set(fact.merge(reports), in: &merged) }
        var history: [RecalledAttack] = []
        for report in reports {
            for h in report.history where !history.contains(where: { $0.year == h.year && $0.place == h.place }) {
                history.append(h)
            }
        }
        merged.history = history
        merged.evidence = [:]
        var warnings: [String] = []
        for (field, values) in [
            ("killed", reports.map { $0.killed?.best }), ("injured", reports.map { $0.injured?.best }),
        ] {
            let distinct = values.compactMap { $0 }.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
            if distinct.count > 1 {
                warnings.append(
                    "\(field): reports differ (\(distinct.map(String.init).joined(separator: ", "))); the latest is used"
                )
            }
        }
        let places = Set(reports.compactMap { $0.location.city })
        if places.count > 1 { warnings.append("city: reports differ (\(places.sorted().joined(separator: ", ")))") }
        merged.warnings = warnings
        merged.confidence = mergedConfidence(reports, merged)
        merged.editorFields = reports.reduce(into: Set<String>()) { $0.formUnion($1.editorFields) }
        merged.summary =
            merged.editorFields.contains("summary") ? reports.last!.summary : SummaryComposer.summary(for: merged)
        return merged
    }

    /// Each fact as sure as the surest report that gives the merged value; when reports give
    /// different values, at most medium.
    static func mergedConfidence(_ reports: [FactSheet], _ merged: FactSheet) -> [String: FactConfidence] {
        var result: [String: FactConfidence] = [:]
        let keys = Set(reports.flatMap { $0.confidence.keys }).sorted()
        for key in keys {
            let chosen = merged.comparableValue(of: key)
            let agreeing = reports.filter { $0.comparableValue(of: key) == chosen }
            guard var best = agreeing.compactMap({ $0.confidence[key] }).max(by: { $0.level < $1.level }) else {
                continue
            }
            let values = Set(reports.compactMap { $0.comparableValue(of: key) })
            if values.count > 1 {
                best = FactConfidence(
                    min(best.level, .medium), "reports differ (\(values.sorted().joined(separator: "; ")))")
            }
            result[key] = best
        }
        return result
    }

    /// Latest headline figure (an editor's figure first), every stated figure kept.
    static func mergeCasualties(_ values: [Casualties?], editor: [Bool]) -> Casualties? {
        let present = values.enumerated().compactMap { i, c in c.map { (i, $0) } }
        guard !present.isEmpty else { return nil }
        let chosen = present.last { editor[$0.0] }?.1 ?? present.last { $0.1.best != nil }?.1 ?? present.last!.1
        var stated: [Int] = []
        for (_, c) in present { for n in c.stated where !stated.contains(n) { stated.append(n) } }
        return Casualties(best: chosen.best, stated: stated, qualifier: chosen.qualifier, approx: chosen.approx)
    }
}
