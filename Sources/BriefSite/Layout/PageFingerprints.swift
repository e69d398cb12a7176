import Foundation
import IncidentFacts

/// Fingerprints of everything a page is made from, so a rebuild can tell that a page would
/// come out the same and leave its file alone without rendering it.
///
/// Every page carries the site settings, the templates and this binary. An incident enters a
/// page through its sources (path and bytes, from which its facts and editors' overrides
/// come), its id and the slugs of the pages its row links to. Anything left out would make a
/// rebuild keep a stale page, which the incremental build tests compare against full builds
/// to catch. Site-wide files (API, CSV, search index, site feeds, lists) are always rendered.
struct PageFingerprints: Sendable {
    /// Settings, templates, binary and article count: part of every page.
    let site: ContentHash
    /// Per incident (archive order): what a row, list item or feed entry about it shows.
    let incidents: [ContentHash]
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
        incidents = ParallelMap.map(site.archive.incidents) { incident -> ContentHash in
            var hash = ContentHash()
            hash.add(incident.id)
            for source in incident.sources { hash.add(source.article.sourceHash) }
            let location = incident.facts.location
            if let country = location.country { hash.add(pages.placeSlug(country, kind: .country, country: nil)) }
            if let city = location.city { hash.add(pages.placeSlug(city, kind: .city, country: location.country)) }
            for group in incident.facts.perpetrators { hash.add(pages.groupSlug(group.name)) }
            return hash
        }
        let made = self
        briefs = ParallelMap.map(Array(site.archive.incidents.indices)) { made.briefInputs($0) }
    }

    /// A brief: its incident, the incidents its history entries link to, and a row for each
    /// related incident and each incident recalling it.
    func brief(_ index: Int) -> ContentHash { briefs[index] }

    private func briefInputs(_ index: Int) -> ContentHash {
        let incident = archive.incidents[index]
        var hash = site
        hash.add("brief")
        hash.add(incidents[index])
        for (k, target) in incident.historyLinks.sorted(by: { $0.key < $1.key }) {
            hash.add(k)
            hash.add(target)
        }
        for list in [incident.related, incident.recalledIn] {
            hash.add(list.count)
            for id in list { if let j = archive.incidentsByID[id] { hash.add(incidents[j]) } }
        }
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

    /// A page or feed listing `ids` (a group's or place's), with what else it shows in `details`.
    func list(_ kind: String, details: [String?], ids: [String]) -> ContentHash {
        var hash = site
        hash.add(kind)
        for detail in details { hash.add(detail ?? "\u{0}") }
        hash.add(ids.count)
        for id in ids { if let j = archive.incidentsByID[id] { hash.add(incidents[j]) } }
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
        for j in rows { hash.add(incidents[j]) }
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
        }
        return hash
    }
}
