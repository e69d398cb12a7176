import IncidentFacts

/// One attack, told by one or more articles.
///
/// The fields live in one shared, copy-on-write box: incidents are passed around and looked
/// up by id on every page, and copying forty-odd strings and arrays each time was a tenth of
/// the build.
public struct Incident: Sendable {
    /// Stable identifier, also the brief's folder name.
    public var id: String {
        get { storage.id }
        set { mutableStorage().id = newValue }
    }
    /// The merged facts.
    public var facts: FactSheet {
        get { storage.facts }
        set { mutableStorage().facts = newValue }
    }
    /// The reports, oldest first.
    public var sources: [Source] {
        get { storage.sources }
        set { mutableStorage().sources = newValue }
    }
    /// Ids of related incidents, best first (filled by the cross-reference).
    public var related: [String] {
        get { storage.related }
        set { mutableStorage().related = newValue }
    }
    /// Incident ids of recalled attacks, by index into `facts.history`.
    public var historyLinks: [Int: String] {
        get { storage.historyLinks }
        set { mutableStorage().historyLinks = newValue }
    }
    /// Incidents whose articles recall this one.
    public var recalledIn: [String] {
        get { storage.recalledIn }
        set { mutableStorage().recalledIn = newValue }
    }

    /// Articles that are not reports of the attack (a trial, an anniversary) but recall it,
    /// oldest first (filled by the cross-reference).
    public var laterCoverage: [Source] {
        get { storage.laterCoverage }
        set { mutableStorage().laterCoverage = newValue }
    }

    /// Incidents this one may be a duplicate of (merging nearly joined them), for the editor.
    public var possibleDuplicates: [String] {
        get { storage.possibleDuplicates }
        set { mutableStorage().possibleDuplicates = newValue }
    }

    /// The incident day, or the first report's day when the articles give none.
    public var sortDate: SimpleDate? { storage.sortDate }

    private var storage: Storage

    public init(id: String, facts: FactSheet, sources: [Source]) {
        storage = Storage(id: id, facts: facts, sources: sources)
    }

    /// The box, copied first when another incident value shares it.
    private mutating func mutableStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Only ever changed through `mutableStorage()`, so a shared box is never written to.
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
public final class Source: Sendable {
    /// The article as loaded.
    public let article: Article
    /// Its own facts, before merging.
    public let facts: FactSheet

    init(article: Article, facts: FactSheet) {
        self.article = article
        self.facts = facts
    }

    /// Path shown to users.
    public var file: String { article.path }
}
