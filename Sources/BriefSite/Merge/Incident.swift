import IncidentFacts

/// One attack, told by one or more articles.
public struct Incident: Sendable {
    /// Stable identifier, also the brief's folder name.
    public var id: String
    /// The merged facts.
    public var facts: FactSheet
    /// The reports, oldest first.
    public var sources: [Source]
    /// Ids of related incidents, best first (filled by the cross-reference).
    public var related: [String] = []
    /// Incident ids of recalled attacks, by index into `facts.history`.
    public var historyLinks: [Int: String] = [:]
    /// Incidents whose articles recall this one.
    public var recalledIn: [String] = []

    /// The incident day, or the first report's day when the articles give none.
    public var sortDate: SimpleDate? { facts.date ?? sources.compactMap(\.facts.published).min() }
}

/// One article reporting an incident.
public struct Source: Sendable {
    /// The article as loaded.
    public let article: Article
    /// Its own facts, before merging.
    public let facts: FactSheet

    /// Path shown to users.
    public var file: String { article.path }
}
