import Foundation
import IncidentFacts

/// A fingerprint of everything a brief's two files are made from, so a rebuild can tell that a
/// brief would come out the same and leave its files alone without rendering them.
///
/// A brief shows its own incident (facts, sources, links to recalled attacks), a row for each
/// related incident and each incident recalling it, links to its place and group pages, and
/// the site settings; it is laid out by the templates with this binary's code. All of these go
/// into the fingerprint; anything left out would make a rebuild keep a stale brief, which the
/// incremental build tests compare against full builds to catch.
enum BriefFingerprints {
    static func make(_ site: Site, pages: PageContexts, templates: TemplateSet) -> [ContentHash] {
        let archive = site.archive
        var siteHash = ContentHash()
        siteHash.add(templates.fingerprint)
        siteHash.add(FactsCache.toolIdentity)
        siteHash.add(String(describing: site.config))
        siteHash.add(site.articleCount)
        let salt = siteHash
        // What a row about an incident shows, with the slugs of the pages it links to.
        let rows = ParallelMap.map(archive.incidents) { incident -> ContentHash in
            var hash = ContentHash()
            hash.add(incident.id)
            hash.add(FactSheetCodec.encode(incident.facts))
            hash.add(incident.sortDate?.dayNumber ?? Int.min)
            let location = incident.facts.location
            if let country = location.country { hash.add(pages.placeSlug(country, kind: .country, country: nil)) }
            if let city = location.city { hash.add(pages.placeSlug(city, kind: .city, country: location.country)) }
            for group in incident.facts.perpetrators { hash.add(pages.groupSlug(group.name)) }
            return hash
        }
        return ParallelMap.map(Array(archive.incidents.indices)) { i in
            let incident = archive.incidents[i]
            var hash = salt
            hash.add(rows[i])
            // A source shows as its path, front-matter title, outlet, link and date; its text
            // reaches the brief only through its facts (which include editors' overrides).
            for source in incident.sources {
                let matter = source.article.frontMatter
                for field in [source.article.path, matter.title, matter.source, matter.url, matter.id] {
                    hash.add(field ?? "\u{0}")
                }
                hash.add(matter.date?.dayNumber ?? Int.min)
                hash.add(FactSheetCodec.encode(source.facts))
            }
            for (k, target) in incident.historyLinks.sorted(by: { $0.key < $1.key }) {
                hash.add(k)
                hash.add(target)
            }
            for list in [incident.related, incident.recalledIn] {
                hash.add(list.count)
                for id in list {
                    guard let j = archive.incidentsByID[id] else { continue }
                    hash.add(rows[j])
                }
            }
            return hash
        }
    }
}
