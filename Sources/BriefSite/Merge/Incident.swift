import IncidentFacts

/// One attack, told by one or more articles.
///
/// The fields (`Incident.Fields`) are read and changed through the incident as if they were
/// its own; they live in one copy-on-write box: incidents are passed around and looked up by id
/// on every page, and copying forty-odd strings and arrays each time was a tenth of the build.
@dynamicMemberLookup
package struct Incident: Sendable {
    private var storage: CopyOnWrite<Fields>

    @inline(__always) package subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.value[keyPath: field] }
        _modify { yield &storage.value[keyPath: field] }
    }

    @inline(__always) package subscript<Value>(dynamicMember field: KeyPath<Fields, Value>) -> Value {
        storage.value[keyPath: field]
    }

    package init(id: String, facts: FactSheet, sources: [Source]) {
        storage = CopyOnWrite(Fields(id: id, facts: facts, sources: sources))
    }

    package struct Fields: Sendable {
        /// Stable identifier, also the brief's folder name.
        package var id: String
        /// The merged facts.
        package var facts: FactSheet {
            didSet { sortDate = Self.sortDate(facts, sources) }
        }
        /// The reports, oldest first.
        package var sources: [Source] {
            didSet { sortDate = Self.sortDate(facts, sources) }
        }
        /// Ids of related incidents, best first (filled by the cross-reference).
        package var related: [String] = []
        /// Incident ids of recalled attacks, by index into `facts.history`.
        package var historyLinks: [Int: String] = [:]
        /// Incidents whose articles recall this one.
        package var recalledIn: [String] = []
        /// Articles that are not reports of the attack (a trial, an anniversary) but recall it,
        /// oldest first (filled by the cross-reference).
        package var laterCoverage: [Source] = []
        /// Incidents this one may be a duplicate of (merging nearly joined them), for the editor.
        package var possibleDuplicates: [String] = []
        /// The incident day, or the first report's day when the articles give none (kept
        /// rather than worked out at each of a sort's comparisons).
        package private(set) var sortDate: SimpleDate?

        init(id: String, facts: FactSheet, sources: [Source]) {
            self.id = id
            self.facts = facts
            self.sources = sources
            sortDate = Self.sortDate(facts, sources)
        }

        private static func sortDate(_ facts: FactSheet, _ sources: [Source]) -> SimpleDate? {
            facts.date ?? sources.compactMap { $0.facts.published }.min()
        }
    }
}

/// One article reporting an incident. A class: sources are shared between incidents, lists
/// and pages, and copying an article with its facts field by field was a measurable part of
/// every build.
package final class Source: Sendable {
    /// The article as loaded.
    package let article: Article
    /// Its own facts, before merging.
    package let facts: FactSheet

    init(article: Article, facts: FactSheet) {
        self.article = article
        self.facts = facts
    }

    /// Path shown to users.
    package var file: String { article.path }
}
