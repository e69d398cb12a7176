import IncidentFacts

/// Every incident plus the indexes that connect them: timeline, groups, places.
public struct Archive: Sendable {
    /// Incidents, newest first.
    public var incidents: [Incident]
    /// Timeline entries, newest year first.
    public var timeline: [TimelineYear]
    /// Perpetrator groups with their incidents.
    public var groups: [GroupPage]
    /// Countries and cities with their incidents.
    public var places: [PlacePage]
    /// Articles that report no specific attack (no brief).
    public var nonIncidents: [Source]

    /// The incident with `id`.
    public func incident(_ id: String) -> Incident? { incidentsByID[id].map { incidents[$0] } }

    var incidentsByID: [String: Int]
}

/// One year of the timeline.
public struct TimelineYear: Sendable {
    public let year: Int
    public var entries: [TimelineEntry]
}

/// An incident with a brief, or an earlier attack only recalled by articles.
public struct TimelineEntry: Sendable {
    /// The incident, when the archive has one.
    public var incidentID: String?
    /// The recalled attack, when it has no brief.
    public var recalled: RecalledAttack?
    /// Incidents whose articles recall it.
    public var recalledBy: [String]
    /// For sorting within the year.
    public var date: SimpleDate?
    public var killed: Int?
    public var label: String
}

/// A perpetrator group's page.
public struct GroupPage: Sendable {
    public let name: String
    public internal(set) var slug: String
    public var aliases: [String]
    public var incidentIDs: [String]
    /// The same incidents by position in the archive.
    public var incidentIndices: [Int] = []
}

/// A country's or city's page.
public struct PlacePage: Sendable {
    public enum Kind: String, Sendable { case country, city }
    public let name: String
    public let slug: String
    public let kind: Kind
    /// The country of a city.
    public let country: String?
    public var incidentIDs: [String]
    /// The same incidents by position in the archive.
    public var incidentIndices: [Int] = []
}
