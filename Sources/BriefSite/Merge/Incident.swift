import IncidentFacts

/// One attack, told by one or more articles.
///
/// The fields live in one shared, copy-on-write box: incidents are passed around and looked
/// up by id on every page, and copying forty-odd strings and arrays each time was a tenth of
/// the build.
package struct Incident: Sendable {
    /// Stable identifier, also the brief's folder name.
    package var id: String {
        _read { yield storage.id }
        _modify {
            makeUnique()
            yield &storage.id
        }
    }
    /// The merged facts.
    package var facts: FactSheet {
        _read { yield storage.facts }
        _modify {
            makeUnique()
            yield &storage.facts
        }
    }
    /// The reports, oldest first.
    package var sources: [Source] {
        _read { yield storage.sources }
        _modify {
            makeUnique()
            yield &storage.sources
        }
    }
    /// Ids of related incidents, best first (filled by the cross-reference).
    package var related: [String] {
        _read { yield storage.related }
        _modify {
            makeUnique()
            yield &storage.related
        }
    }
    /// Incident ids of recalled attacks, by index into `facts.history`.
    package var historyLinks: [Int: String] {
        _read { yield storage.historyLinks }
        _modify {
            makeUnique()
            yield &storage.historyLinks
        }
    }
    /// Incidents whose articles recall this one.
    package var recalledIn: [String] {
        _read { yield storage.recalledIn }
        _modify {
            makeUnique()
            yield &storage.recalledIn
        }
    }

    /// Articles that are not reports of the attack (a trial, an anniversary) but recall it,
    /// oldest first (filled by the cross-reference).
    package var laterCoverage: [Source] {
        _read { yield storage.laterCoverage }
        _modify {
            makeUnique()
            yield &storage.laterCoverage
        }
    }

    /// Incidents this one may be a duplicate of (merging nearly joined them), for the editor.
    package var possibleDuplicates: [String] {
        _read { yield storage.possibleDuplicates }
        _modify {
            makeUnique()
            yield &storage.possibleDuplicates
        }
    }

    /// The incident day, or the first report's day when the articles give none.
    package var sortDate: SimpleDate? { storage.sortDate }

    private var storage: Storage

    package init(id: String, facts: FactSheet, sources: [Source]) {
        storage = Storage(id: id, facts: facts, sources: sources)
    }

    /// Copies the box first when another incident value shares it. Fields are changed in
    /// place (`_modify`), so appending to a list does not copy the list.
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    /// Only ever changed after `makeUnique()`, so a shared box is never written to.
    // unchecked: written only after `makeUnique()`, so a box shared between threads is never written.
    private final class Storage: @unchecked Sendable {
        var id: String
        var facts: FactSheet {
            didSet { sortDate = Storage.sortDate(facts, sources) }
        }
        var sources: [Source] {
            didSet { sortDate = Storage.sortDate(facts, sources) }
        }
        var related: [String] = []
        var historyLinks: [Int: String] = [:]
        var recalledIn: [String] = []
        var laterCoverage: [Source] = []
        var possibleDuplicates: [String] = []
        private(set) var sortDate: SimpleDate?

        init(id: String, facts: FactSheet, sources: [Source]) {
            self.id = id
            self.facts = facts
            self.sources = sources
            sortDate = Storage.sortDate(facts, sources)
        }

        func copy() -> Storage {
            let copy = Storage(id: id, facts: facts, sources: sources)
            copy.related = related
            copy.historyLinks = historyLinks
            copy.recalledIn = recalledIn
            copy.laterCoverage = laterCoverage
            copy.possibleDuplicates = possibleDuplicates
            return copy
        }

        static func sortDate(_ facts: FactSheet, _ sources: [Source]) -> SimpleDate? {
            facts.date ?? sources.compactMap(\.facts.published).min()
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
