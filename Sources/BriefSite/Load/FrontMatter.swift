import IncidentFacts

/// The YAML front matter of a `.md` article: page fields and editor overrides of facts.
package struct FrontMatter: Sendable, Equatable {
    /// Headline.
    package var title: String?
    /// Publication date.
    package var date: SimpleDate?
    /// The brief's headline, instead of the one composed from the facts (`headline:`).
    package var headline: String?
    /// The outlet.
    package var source: String?
    /// Link to the original article (http or https only).
    package var url: String?
    /// An incident id chosen by the editor (made URL-safe), instead of the generated one.
    package var id: String?
    /// The line of the `id` key, for diagnostics.
    package var idLine: Int?
    /// The incident this article reports, whatever merging would decide (`same_incident:`).
    package var sameIncident: String?
    /// Incidents this article does not report, though merging would join them (`not_same_as:`).
    package var notSameAs: [String] = []
    /// The line of `same_incident` or `not_same_as`, for diagnostics.
    package var mergeLine: Int?
    /// Fact overrides, which win over extraction.
    package var overrides = FactOverrides()

    /// The largest count front matter accepts: far above any attack's toll, far below what a
    /// sum over an archive could overflow.
    static let largestCount = 1_000_000

    /// Empty front matter.
    package init() {}
}

/// Facts an editor sets by hand in front matter.
package struct FactOverrides: Sendable, Equatable {
    package var isIncident: Bool?
    package var incidentDate: SimpleDate?
    package var site: String?
    package var city: String?
    package var region: String?
    package var country: String?
    package var perpetrators: [String]?
    package var killed: Int?
    package var injured: Int?
    package var attackersCount: Int?
    package var attackersKilled: Int?
    /// The facts that hold one value (`FactField.singleValued`), by fact.
    package var values: [FactField: FactValue] = [:]
    package var summary: String?
    /// Facts the editor has checked (`reviewed: true` for all of them, or a list of fact names):
    /// they lose their "needs review" mark without being changed.
    package var reviewed: Set<String>?

    /// Fact names `reviewed:` accepts, as the facts contract and `confidence` name them.
    package static let reviewableFacts = Set(FactField.reviewable.map { $0.rawValue })

    /// No overrides.
    package init() {}

    /// Applies the overrides to extracted facts and records which fields the editor set.
    package func apply(to facts: inout FactSheet) {
        func mark(_ field: String) {
            facts.editorFields.insert(field)
            // The editor's word settles a fact's confidence (the summary and is_incident have none).
            guard field != "summary", field != "is_incident" else { return }
            facts.confidence[["site", "city", "region", "country"].contains(field) ? "location" : field] = .editor
        }
        if let isIncident { facts.isIncident = isIncident; mark("is_incident") }
        if let incidentDate { facts.date = incidentDate; mark("date") }
        if let site { facts.location.site = site; mark("site") }
        if let city { facts.location.city = city; mark("city") }
        if let region { facts.location.region = region; mark("region") }
        if let country { facts.location.country = country; mark("country") }
        let claimedBy = values[.claimedBy].map { $0.plain }
        if let perpetrators {
            // The extracted claimant must be one of the editor's groups: "Islamic State" becomes
            // "Islamic State Khorasan Province" when that is the editor's group; otherwise none.
            if claimedBy == nil, let claimant = facts.claimedBy, !perpetrators.contains(claimant) {
                facts.claimedBy = perpetrators.first { $0.contains(claimant) }
                if facts.claimedBy == nil {
                    facts.warnings.append("claimed_by: the claimant \(claimant) is not among the editor's perpetrators")
                }
            }
            facts.perpetrators = perpetrators.map { name in
                let role = claimedBy == name || facts.claimedBy == name ? "claimed" : "named"
                let aliases = facts.perpetrators.first { $0.name == name }?.aliases ?? []
                return Perpetrator(name: name, aliases: aliases, role: role)
            }
            mark("perpetrators")
        }
        if let killed {
            let stated = facts.killed?.stated ?? []
            facts.killed = Casualties(best: killed, stated: stated.contains(killed) ? stated : stated + [killed])
            mark("killed")
        }
        if let injured {
            let stated = facts.injured?.stated ?? []
            facts.injured = Casualties(best: injured, stated: stated.contains(injured) ? stated : stated + [injured])
            mark("injured")
        }
        if let attackersCount { facts.attackers.count = attackersCount; mark("attackers") }
        if let attackersKilled { facts.attackers.killed = attackersKilled; mark("attackers") }
        for fact in FactField.singleValued {
            guard let value = values[fact.field] else { continue }
            fact.set(value, in: &facts)
            mark(fact.field.rawValue)
        }
        if let summary { facts.summary = summary; mark("summary") }
        for field in reviewed ?? [] where facts.confidence[field].map({ $0 != .editor }) ?? false {
            facts.confidence[field] = .reviewed
        }
    }
}
