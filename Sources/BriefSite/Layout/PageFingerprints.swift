import Foundation
import IncidentFacts

/// Fingerprints of everything a file is made from, so a rebuild can tell that a file would
/// come out the same and leave it alone without making it.
///
/// Every file carries the site settings, the templates and this binary. A page laid out from a
/// page model (the index, lists, timeline) is fingerprinted by its model, which holds all it
/// shows (`PageModel`); an incident's row is one such model. An incident enters its own brief
/// and its parts of the site-wide files through its sources (path and bytes, from which its
/// facts and editors' overrides come), its id and the slugs of the pages it links to, and a feed
/// through what its entry shows. Anything left out would make a rebuild keep a stale file,
/// which the incremental build tests compare against full builds to catch. The site-wide files
/// made of one part per incident (API, CSV, search index) are fingerprinted by their parts'
/// keys; the site's own feeds, sitemap and ledger are always made.
struct PageFingerprints: Sendable {
    /// Settings, templates, binary and article count: part of every page.
    let site: ContentHash
    /// Per incident (archive order): everything it is made from.
    let incidents: [ContentHash]
    /// Per incident: its row or list item (`IncidentRow`), as pages two folders down show it.
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
            pages.incidentItem(incident, depth: 2).fingerprint(into: &row)
            var entry = row
            entry.add(f.summary)
            entry.add(FeedGenerator.updated(incident)?.dayNumber ?? Int.min)
            entry.add(FeedGenerator.firstPublished(incident)?.dayNumber ?? Int.min)
            entry.add(incident.sources.lazy.compactMap { $0.article.frontMatter.source }.first ?? "\u{0}")
            return (all, row, entry)
        }
        incidents = prints.map(\.0)
        rows = prints.map(\.1)
        feedEntries = prints.map(\.2)
        let made = self
        briefs = ParallelMap.map(Array(site.archive.incidents.indices)) { made.briefInputs($0) }
    }

    /// A page laid out by `template` from `model`.
    func page(_ template: String, _ model: any PageModel) -> ContentHash {
        var hash = site
        hash.add(template)
        model.fingerprint(into: &hash)
        return hash
    }

    /// What files made in code are made from; nil for files about the whole archive, which are
    /// made every time.
    func inputs(of subject: Route.Subject) -> ContentHash? {
        switch subject {
        case .brief(let index): brief(index)
        case .feed(let details, let incidents): feed(details: details, incidents: incidents)
        case .parts(let keys): siteWide(parts: keys(self))
        case .wholeArchive: nil
        }
    }

    /// A site-wide file: its parts' keys, in archive order.
    func siteWide(parts: [ContentHash]) -> ContentHash {
        var hash = site
        hash.add("parts")
        hash.add(parts.count)
        for key in parts { hash.add(key) }
        return hash
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

    /// A group's or place's feed: what it says of itself, and its incidents' entries.
    func feed(details: [String], incidents: [Int]) -> ContentHash {
        var hash = site
        hash.add("feed")
        for detail in details { hash.add(detail) }
        hash.add(incidents.count)
        for j in incidents { hash.add(feedEntries[j]) }
        return hash
    }
}
