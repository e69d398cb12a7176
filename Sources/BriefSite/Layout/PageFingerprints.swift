import Foundation
import IncidentFacts

/// Fingerprints of everything a page is made from, so a rebuild can tell that a page would
/// come out the same and leave its file alone without rendering it.
///
/// Every page carries the site settings, the templates and this binary. An incident enters its
/// own brief and its parts of the site-wide files through its sources (path and bytes, from
/// which its facts and editors' overrides come), its id and the slugs of the pages it links
/// to; it enters a list page through what its row shows, and a feed through what its entry
/// shows, so an edit that changes neither leaves the lists and feeds alone. Anything left out
/// would make a rebuild keep a stale page, which the incremental build tests compare against
/// full builds to catch. Site-wide files (API, CSV, search index, site feeds, lists) are
/// always made.
struct PageFingerprints: Sendable {
    /// Settings, templates, binary and article count: part of every page.
    let site: ContentHash
    /// Per incident (archive order): everything it is made from.
    let incidents: [ContentHash]
    /// Per incident: what its row or list item shows (see `PageContexts.incidentItem`).
    let rows: [ContentHash]
    /// Per incident: what its feed entry shows (see `FeedGenerator`).
    let feedEntries: [ContentHash]
    /// Per incident: everything its brief is made from (see `brief(_:)`).
    private(set) var briefs: [ContentHash] = []
    private let archive: Archive

    init(_ site: Site, pages: PageContexts, templates: TemplateSet) {
        archive = site.archive
        var hash = ContentHash()
        hash.add(templates.fingerprint)
        hash.add(FactsCache.toolIdentity)
        hash.add(String(describing: site.config))
        hash.add(site.articleCount)
        self.site = hash
        let prints = ParallelMap.map(site.archive.incidents) { incident -> (ContentHash, ContentHash, ContentHash) in
            var slugs = ContentHash()
            let f = incident.facts, location = f.location
            if let country = location.country { slugs.add(pages.placeSlug(country, kind: .country, country: nil)) }
            if let city = location.city { slugs.add(pages.placeSlug(city, kind: .city, country: location.country)) }
            for group in f.perpetrators { slugs.add(pages.groupSlug(group.name)) }
            var all = ContentHash()
            all.add(incident.id)
            for source in incident.sources { all.add(source.article.sourceHash) }
            all.add(slugs)
            var row = ContentHash()
            row.add(incident.id)
            row.add(f.title)
            row.add(incident.sortDate?.dayNumber ?? Int.min)
            row.add(f.date == nil ? 1 : 0)
            for casualties in [f.killed, f.injured] {
                row.add(casualties?.best ?? Int.min)
                row.add(casualties?.stated.count ?? -1)
                for figure in casualties?.stated ?? [] { row.add(figure) }
                row.add(casualties?.qualifier ?? "\u{0}")
                row.add(casualties?.approx ?? "\u{0}")
            }
            row.add(f.attackType ?? "\u{0}")
            row.add(f.perpetrators.count)
            for group in f.perpetrators {
                row.add(group.name)
                row.add(group.isAccusation ? 1 : 0)
            }
            row.add(location.country ?? "\u{0}")
            row.add(location.city ?? "\u{0}")
            row.add(slugs)
            row.add(FactToReview.any(in: f) ? 1 : 0)
            var entry = row
            entry.add(f.summary)
            entry.add(FeedGenerator.updated(incident)?.dayNumber ?? Int.min)
            entry.add(FeedGenerator.firstPublished(incident)?.dayNumber ?? Int.min)
            entry.add(incident.sources.lazy.compactMap(\.article.frontMatter.source).first ?? "\u{0}")
            return (all, row, entry)
        }
        incidents = prints.map(\.0)
        rows = prints.map(\.1)
        feedEntries = prints.map(\.2)
        let made = self
        briefs = ParallelMap.map(Array(site.archive.incidents.indices)) { made.briefInputs($0) }
    }

    /// What the files of a route are made from; nil for files about the whole archive, which
    /// are made every time.
    func inputs(of subject: Route.Subject, pages: PageContexts) -> ContentHash? {
        switch subject {
        case .brief(let index): brief(index)
        case .indexPage(let number): indexPage(number, rows: pages.indexRows(page: number), filters: pages.filters)
        case .timeline: history()
        case .list(let kind, let details, let incidents, let isFeed):
            list(kind, details: details, incidents: incidents, isFeed: isFeed)
        case .wholeArchive: nil
        }
    }

    /// A brief: its incident, the incidents its history entries link to, a row for each
    /// related incident and each incident recalling it, the incidents it may duplicate, and the
    /// articles of its later coverage.
    func brief(_ index: Int) -> ContentHash { briefs[index] }

    private func briefInputs(_ index: Int) -> ContentHash {
        let incident = archive.incidents[index]
        var hash = site
        hash.add("brief")
        hash.add(incidents[index])
        if !incident.historyLinks.isEmpty {
            for (k, target) in incident.historyLinks.sorted(by: { $0.key < $1.key }) {
                hash.add(k)
                hash.add(target)
            }
        }
        func addRows(_ ids: [String]) {
            hash.add(ids.count)
            for id in ids { if let j = archive.incidentsByID[id] { hash.add(rows[j]) } }
        }
        addRows(incident.related)
        addRows(incident.recalledIn)
        hash.add(incident.possibleDuplicates.count)
        for other in incident.possibleDuplicates { hash.add(other) }
        hash.add(incident.laterCoverage.count)
        for source in incident.laterCoverage { hash.add(source.article.sourceHash) }
        return hash
    }

    /// Keys for parts of a site-wide file (`kind`) that show one incident's own facts, by
    /// archive position (see `PartCache`).
    func parts(_ kind: String) -> [ContentHash] {
        incidents.map { incident in
            var hash = site
            hash.add(kind)
            hash.add(incident)
            return hash
        }
    }

    /// A page listing `ids` (a group's or place's) as rows, or a feed (`isFeed`) of them, with
    /// what else it shows in `details`.
    func list(_ kind: String, details: [String?], incidents: [Int], isFeed: Bool = false) -> ContentHash {
        var hash = site
        hash.add(kind)
        for detail in details { hash.add(detail ?? "\u{0}") }
        hash.add(incidents.count)
        let items = isFeed ? feedEntries : rows
        for j in incidents { hash.add(items[j]) }
        return hash
    }

    /// Index page `number`: its rows, the filters (which cover the whole archive) and, on the
    /// first page, the articles that are not incidents.
    func indexPage(_ number: Int, rows: Range<Int>, filters: IndexFilters) -> ContentHash {
        var hash = site
        hash.add("index")
        hash.add(number)
        hash.add(archive.incidents.count)
        for list in [filters.countries, filters.groupNames, filters.years, filters.types] {
            hash.add(list.count)
            for item in list { hash.add(item) }
        }
        for j in rows { hash.add(self.rows[j]) }
        if number == 1 { for source in archive.nonIncidents { hash.add(source.article.sourceHash) } }
        return hash
    }

    /// The timeline: its entries, the titles of whoever recalls them, and deaths per year.
    func history() -> ContentHash {
        var hash = site
        hash.add("history")
        let nonIncidentTitles = Dictionary(
            archive.nonIncidents.map { ($0.file, $0.facts.title) }, uniquingKeysWith: { first, _ in first })
        for year in archive.timeline {
            hash.add(year.year)
            hash.add(year.entries.count)
            for entry in year.entries {
                hash.add(entry.label)
                hash.add(entry.incidentID ?? "\u{0}")
                hash.add(entry.date?.dayNumber ?? Int.min)
                hash.add(entry.killed ?? Int.min)
                for referrer in entry.recalledBy {
                    hash.add(referrer)
                    hash.add(
                        archive.incident(referrer)?.facts.title ?? nonIncidentTitles[referrer] ?? "\u{0}")
                }
            }
        }
        for incident in archive.incidents {
            hash.add(incident.sortDate?.year ?? Int.min)
            hash.add(incident.facts.killed?.best ?? Int.min)
            hash.add(incident.facts.killed?.qualifier ?? "\u{0}")
            hash.add(incident.facts.killed?.approx ?? "\u{0}")
        }
        return hash
    }
}
