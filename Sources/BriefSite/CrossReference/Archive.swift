import IncidentFacts

/// Every incident plus the indexes that connect them: timeline, groups, places.
package struct Archive: Sendable {
    /// Incidents, newest first.
    package var incidents: [Incident]
    /// Timeline entries, newest year first.
    package var timeline: [TimelineYear]
    /// Perpetrator groups with their incidents.
    package var groups: [ArchiveGroup]
    /// Countries and cities with their incidents.
    package var places: [ArchivePlace]
    /// Articles that report no specific attack (no brief).
    package var nonIncidents: [Source]

    /// The incident with `id`.
    package func incident(_ id: String) -> Incident? { incidentsByID[id].map { incidents[$0] } }

    var incidentsByID: [String: Int]
}

/// One year of the timeline.
package struct TimelineYear: Sendable {
    package let year: Int
    package var entries: [TimelineEntry]
}

/// An incident with a brief, or an earlier attack only recalled by articles.
package struct TimelineEntry: Sendable {
    /// The incident, when the archive has one.
    package var incidentID: String?
    /// The recalled attack, when it has no brief.
    package var recalled: RecalledAttack?
    /// Incidents whose articles recall it.
    package var recalledBy: [String]
    /// For sorting within the year.
    package var date: SimpleDate?
    package var killed: Int?
    package var label: String
}

/// A perpetrator group of the archive: its page's name, address and incidents.
package struct ArchiveGroup: Sendable {
    package let name: String
    package internal(set) var slug: String
    package var aliases: [String]
    package var incidentIDs: [String]
    /// The same incidents by position in the archive.
    package var incidentIndices: [Int] = []
}

/// A country or city of the archive: its page's name, address and incidents.
package struct ArchivePlace: Sendable {
    package enum Kind: String, Sendable { case country, city }
    package let name: String
    package let slug: String
    package let kind: Kind
    /// The country of a city.
    package let country: String?
    package var incidentIDs: [String]
    /// The same incidents by position in the archive.
    package var incidentIndices: [Int] = []
}
