import Foundation
import IncidentFacts
import Synchronization

/// Builds the template context of every page of the site.
struct PageContexts {
    let archive: Archive
    let config: SiteConfig
    let linker: Linker
    let articleCount: Int
    /// Place page slugs by kind, name and (for cities) country; group page slugs by name.
    private let placeSlugs: [String: String]
    private let groupSlugs: [String: String]
    /// Incident rows for pages two folders down, made once: each incident is listed on many
    /// pages (related lists, group and place pages, the index).
    private let rows: RowCache
    /// The index's filter choices, drawn from the whole archive.
    let filters: IndexFilters

    init(archive: Archive, config: SiteConfig, linker: Linker, articleCount: Int) {
        self.archive = archive
        self.config = config
        self.linker = linker
        self.articleCount = articleCount
        var places: [String: String] = [:]
        for place in archive.places {
            let key = Self.placeKey(place.name, kind: place.kind, country: place.country)
            if places[key] == nil { places[key] = place.slug }
        }
        placeSlugs = places
        var groups: [String: String] = [:]
        for group in archive.groups where groups[group.name] == nil { groups[group.name] = group.slug }
        groupSlugs = groups
        filters = IndexFilters(archive)
        rows = RowCache(count: archive.incidents.count)
    }

    private static func placeKey(_ name: String, kind: PlacePage.Kind, country: String?) -> String {
        kind == .country ? "country\u{0}" + name : "city\u{0}" + name + "\u{0}" + (country ?? "")
    }

    /// Fields every page template uses: site settings, root, links to the main sections.
    /// The 404 page, served for a missing page at any depth: with a base URL its links are
    /// absolute and work from anywhere; without one they are relative like every page's (a
    /// root-absolute "/" would miss a site published in a sub-folder), and the build warns.
    func notFound() -> [String: Any] {
        var context = common(depth: 0, title: "Page not found", path: "404.html")
        context.removeValue(forKey: "canonical")
        return context
    }

    func common(depth: Int, title: String, path: String, description: String? = nil) -> [String: Any] {
        var context: [String: Any] = [
            "site": [
                "title": config.title, "description": config.description, "language": config.language,
                "articleCount": String(articleCount),
            ] as [String: Any],
            "root": linker.root(depth: depth),
            "home": linker.page("", from: depth),
            "indexFile": linker.indexFile,
            "pageTitle": title,
            "description": description ?? config.description,
        ]
        if let canonical = linker.canonical(path) { context["canonical"] = canonical }
        context["feedAtom"] = linker.root(depth: depth) + "feed.xml"
        context["feedJSON"] = linker.root(depth: depth) + "feed.json"
        context["ogType"] = "website"
        return context
    }

    /// One incident as a row or list item, with links from a page `depth` folders down.
    func incidentItem(_ incident: Incident, depth: Int) -> [String: Any] {
        if depth == 2, let index = archive.incidentsByID[incident.id] {
            return rows.item(index) { makeItem(incident, depth: 2) }
        }
        return makeItem(incident, depth: depth)
    }

    private func makeItem(_ incident: Incident, depth: Int) -> [String: Any] {
        let f = incident.facts
        var item: [String: Any] = [
            "id": incident.id,
            "link": linker.brief(incident.id, from: depth),
            "headline": f.title,
            "dateText": incident.sortDate?.longText ?? "date not stated",
            "dateISO": incident.sortDate?.iso ?? "",
            "hasDate": incident.sortDate != nil,
            // No report states the attack's day: the row shows when it was first reported.
            "undated": f.date == nil && incident.sortDate != nil,
            "year": incident.sortDate.map { String($0.year) } ?? "",
            "killedText": Formatting.casualties(f.killed),
            "injuredText": Formatting.casualties(f.injured),
            "killedSort": f.killed?.best.map(String.init) ?? "",
            "injuredSort": f.injured?.best.map(String.init) ?? "",
            "attackType": f.attackType ?? "",
            "groupList": f.perpetrators.map(\.name).joined(separator: "|"),
            "needsReview": FactToReview.any(in: f),
        ]
        if let country = f.location.country {
            item["country"] = country
            item["countryLink"] = linker.place(placeSlug(country, kind: .country, country: nil), from: depth)
        }
        if let city = f.location.city {
            item["city"] = city
            item["cityLink"] = linker.place(placeSlug(city, kind: .city, country: f.location.country), from: depth)
        }
        item["groups"] = Formatting.markLast(
            f.perpetrators.map { p in
                ["name": p.name, "link": linker.group(groupSlug(p.name), from: depth)]
            })
        return item
    }

    func placeSlug(_ name: String, kind: PlacePage.Kind, country: String?) -> String {
        placeSlugs[Self.placeKey(name, kind: kind, country: country)] ?? Slug.page(name)
    }

    /// The slug of a group's page.
    func groupSlug(_ name: String) -> String {
        groupSlugs[name] ?? Slug.page(name)
    }

    /// Rows per index page. Large archives are split into pages, so the first page loads fast;
    /// search and filters then run over the whole archive from `assets/search-index.js`.
    static let pageSize = 200

    /// Number of index pages.
    var indexPageCount: Int { max(1, (archive.incidents.count + Self.pageSize - 1) / Self.pageSize) }

    /// The positions in the archive of the incidents on index page `number`.
    func indexRows(page number: Int) -> Range<Int> {
        let start = (number - 1) * Self.pageSize
        return min(start, archive.incidents.count)..<min(start + Self.pageSize, archive.incidents.count)
    }

    /// Index page `number` (1 is `index.html`, others `page/N/index.html`).
    func index(page number: Int = 1) -> [String: Any] {
        let depth = number == 1 ? 0 : 2
        let path = number == 1 ? "" : "page/\(number)/"
        var context = common(depth: depth, title: number == 1 ? "Incidents" : "Incidents, page \(number)", path: path)
        context["script"] = true
        context["incidentCount"] = String(archive.incidents.count)
        context["incidents"] = archive.incidents[indexRows(page: number)].map { incidentItem($0, depth: depth) }
        context["countries"] = filters.countries
        context["groupNames"] = filters.groupNames
        context["years"] = filters.years
        context["types"] = filters.types
        if number == 1 {
            // Cited as the briefs cite their sources: headline, outlet, date, link; never a file path.
            context["nonIncidents"] = archive.nonIncidents.map(BriefComposer.citation)
        }
        if indexPageCount > 1 {
            context["pageNumber"] = String(number)
            context["pageCount"] = String(indexPageCount)
            context["pages"] = (1...indexPageCount).map { n -> [String: Any] in
                var item: [String: Any] = [
                    "number": String(n),
                    "link": n == 1 ? linker.page("", from: depth) : linker.page("page/\(n)/", from: depth),
                ]
                if n == number { item["current"] = true }
                return item
            }
            if number > 1 {
                context["previous"] =
                    number == 2 ? linker.page("", from: depth) : linker.page("page/\(number - 1)/", from: depth)
            }
            if number < indexPageCount { context["next"] = linker.page("page/\(number + 1)/", from: depth) }
        }
        return context.withListFlags()
    }

    /// `assets/search-index.js`: every incident as a compact row for the index's search, loaded
    /// as a script so it also works from disk (file:// forbids fetching JSON).
    /// With `cache`, an incident whose row is kept there is not written again.
    func searchIndexScript(cache: PartCache? = nil) -> [UInt8] {
        let rows = PartCache.parts(cache, count: archive.incidents.count) { searchRow(archive.incidents[$0]) }
        var script = Array(
            ("// Generated by Sitrep: [id, date, date text, place, country, groups, type, killed, injured, killed n, injured n, headline, groups' other names, site]\n"
                + "window.SITREP_INDEX = [").utf8)
        script.reserveCapacity(rows.reduce(script.count + 4) { $0 + $1.count + 1 })
        for (k, row) in rows.enumerated() {
            if k > 0 { script.append(UInt8(ascii: ",")) }
            script.append(contentsOf: row)
        }
        script.append(contentsOf: "];\n".utf8)
        return script
    }

    /// One incident's row of the search index, as compact JSON.
    private func searchRow(_ incident: Incident) -> [UInt8] {
        let f = incident.facts
        let place = [f.location.city, f.location.country].compactMap { $0 }.joined(separator: ", ")
        let row = JSONValue.array([
            .string(incident.id), .string(incident.sortDate?.iso ?? ""),
            .string(Formatting.date(incident.sortDate)),
            .string(place), .string(f.location.country ?? ""),
            .string(f.perpetrators.map(\.name).joined(separator: "|")),
            .string(f.attackType ?? ""), .string(Formatting.casualties(f.killed)),
            .string(Formatting.casualties(f.injured)),
            .optional(f.killed?.best), .optional(f.injured?.best), .string(f.title),
            .string(Self.otherNames(of: f).joined(separator: "|")), .string(f.location.site ?? ""),
        ])
        var out: [UInt8] = []
        row.write(into: &out, indented: false, level: 0)
        return out
    }

    /// The groups' other names a reader may search an incident by, in the reports and in the
    /// gazetteer ("TTP").
    static func otherNames(of facts: FactSheet) -> [String] {
        var names: [String] = []
        for group in facts.perpetrators {
            for name in group.aliases + GroupAliases.of(group.name) where !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// A brief's page: `brief` is the brief's own context (`BriefComposer.context`), whose facts
    /// and sources the page lays out around `bodyHTML`.
    func brief(_ incident: Incident, brief: [String: Any], bodyHTML: String) -> [String: Any] {
        var context = common(
            depth: 2, title: incident.facts.title, path: "briefs/\(incident.id)/", description: incident.facts.summary)
        context["bodyHTML"] = bodyHTML
        context["ogType"] = "article"
        context["structuredDataHTML"] = StructuredData.brief(incident, config: config, linker: linker)
        context["id"] = incident.id
        context["headline"] = incident.facts.title
        context["summary"] = incident.facts.summary
        // "First published 17 February 2023 · last updated 18 February 2023 from 4 reports".
        let first = FeedWriter.firstPublished(incident)
        if let first { context["firstPublished"] = first.longText }
        if let last = FeedWriter.updated(incident), last != first {
            context["lastUpdated"] = last.longText
        }
        let count = incident.sources.count
        context["reportCount"] = "\(count) report\(count == 1 ? "" : "s")"
        context["facts"] = brief["facts"]
        context["sources"] = brief["sources"]
        context["dateText"] = Formatting.date(incident.sortDate)
        if let year = incident.sortDate?.year { context["year"] = String(year) }
        context["related"] = incident.related.compactMap { archive.incident($0) }.map { incidentItem($0, depth: 2) }
        context["recalledIn"] = incident.recalledIn.compactMap { archive.incident($0) }.map {
            incidentItem($0, depth: 2)
        }
        var places: [[String: Any]] = []
        if let city = incident.facts.location.city {
            places.append([
                "name": city,
                "link": linker.place(placeSlug(city, kind: .city, country: incident.facts.location.country), from: 2),
            ])
        }
        if let country = incident.facts.location.country {
            places.append([
                "name": country, "link": linker.place(placeSlug(country, kind: .country, country: nil), from: 2),
            ])
        }
        context["placeLinks"] = places
        context["groupLinks"] = incident.facts.perpetrators.map {
            ["name": $0.name, "link": linker.group(groupSlug($0.name), from: 2)]
        }
        return context.withListFlags()
    }

    func history() -> [String: Any] {
        var context = common(depth: 1, title: "Timeline", path: "history/")
        var recalled = 0
        context["years"] = archive.timeline.map { year -> [String: Any] in
            let entries = year.entries.map { entry -> [String: Any] in
                var item: [String: Any] = ["label": entry.label]
                if let id = entry.incidentID { item["link"] = linker.brief(id, from: 1) } else { recalled += 1 }
                if let date = entry.date { item["dateText"] = date.longText }
                // An incident's toll with its hedge ("at least 26"); a recalled attack's as recalled.
                if let id = entry.incidentID {
                    if let killed = archive.incident(id)?.facts.killed.flatMap(SummaryComposer.casualtyText) {
                        item["killed"] = killed
                    }
                } else if let killed = entry.killed {
                    item["killed"] = SummaryComposer.thousands(killed)
                }
                item["recalledBy"] = Formatting.markLast(
                    entry.recalledBy.map { referrer in
                        if let incident = archive.incident(referrer) {
                            return ["label": incident.facts.title, "link": linker.brief(referrer, from: 1)]
                        }
                        return ["label": archive.nonIncidents.first { $0.file == referrer }?.facts.title ?? referrer]
                    })
                return item.withListFlags()
            }
            return ["year": String(year.year), "entries": entries]
        }
        context["incidentCount"] = String(archive.incidents.count)
        context["recalledCount"] = String(recalled)
        var perYear: [Int: Chart.Year] = [:]
        for incident in archive.incidents {
            guard let year = incident.sortDate?.year else { continue }
            perYear[year, default: Chart.Year()].count += 1
            perYear[year, default: Chart.Year()].tolls.append(incident.facts.killed)
        }
        context["chartSVG"] = Chart.yearly(perYear, title: "Incidents and deaths per year")
        return context
    }

    func groupsList() -> [String: Any] {
        var context = common(depth: 1, title: "Groups", path: "groups/")
        context["groups"] = archive.groups.map { group -> [String: Any] in
            let incidents = group.incidentIndices.map { archive.incidents[$0] }
            let (attributed, _) = Self.byAttribution(incidents, of: group.name)
            var item: [String: Any] = [
                "name": group.name, "link": linker.group(group.slug, from: 1), "count": String(attributed.count),
                "killed": Formatting.total(attributed.map(\.facts.killed)),
            ]
            if incidents.count > attributed.count { item["accused"] = String(incidents.count - attributed.count) }
            return item
        }
        return context.withListFlags()
    }

    func group(_ group: GroupPage) -> [String: Any] {
        var context = common(depth: 2, title: group.name, path: "groups/\(group.slug)/")
        let incidents = group.incidentIndices.map { archive.incidents[$0] }
        context["name"] = group.name
        if !group.aliases.isEmpty { context["aliasesText"] = group.aliases.joined(separator: ", ") }
        let (attributed, accusedOnly) = Self.byAttribution(incidents, of: group.name)
        context.merge(totals(incidents, counting: attributed)) { $1 }
        let accused = Set(accusedOnly.map(\.id))
        let dates = incidents.compactMap(\.sortDate).sorted()
        context["first"] = dates.first?.longText ?? "–"
        context["last"] = dates.last?.longText ?? "–"
        var perYear: [Int: Chart.Year] = [:]
        for incident in incidents {
            guard let year = incident.sortDate?.year else { continue }
            perYear[year, default: Chart.Year()].count += 1
            guard !accused.contains(incident.id) else { continue }
            perYear[year, default: Chart.Year()].tolls.append(incident.facts.killed)
        }
        context["chartSVG"] = Chart.yearly(perYear, title: "Incidents per year by \(group.name)")
        context["pageFeedAtom"] = "feed.xml"
        context["pageFeedJSON"] = "feed.json"
        // Attacks it claimed or a report ascribes to it, apart from those it is only accused of.
        context["incidents"] = attributed.map { incidentItem($0, depth: 2) }
        if !accusedOnly.isEmpty { context["accused"] = ["incidents": accusedOnly.map { incidentItem($0, depth: 2) }] }
        context["claimedCount"] = String(attributed.count)
        context["accusedCount"] = String(accusedOnly.count)
        return context.withListFlags()
    }

    func placesList() -> [String: Any] {
        var context = common(depth: 1, title: "Places", path: "places/")
        func item(_ page: PlacePage) -> [String: Any] {
            [
                "name": page.name, "link": linker.place(page.slug, from: 1), "count": String(page.incidentIDs.count),
                "one": page.incidentIDs.count == 1, "country": page.country ?? "",
            ]
        }
        context["countries"] = archive.places.filter { $0.kind == .country }.map(item)
        context["cities"] = archive.places.filter { $0.kind == .city }.map(item)
        return context.withListFlags()
    }

    func place(_ page: PlacePage) -> [String: Any] {
        var context = common(depth: 2, title: page.name, path: "places/\(page.slug)/")
        let incidents = page.incidentIndices.map { archive.incidents[$0] }
        context["name"] = page.name
        context["pageFeedAtom"] = "feed.xml"
        context["pageFeedJSON"] = "feed.json"
        if let country = page.country {
            context["country"] = country
            context["countryLink"] = linker.place(placeSlug(country, kind: .country, country: nil), from: 2)
        }
        context.merge(totals(incidents)) { $1 }
        context["incidents"] = incidents.map { incidentItem($0, depth: 2) }
        return context.withListFlags()
    }

    /// The number of incidents, and the deaths and injuries of `counted` (all of them unless
    /// given), with their hedges.
    private func totals(_ incidents: [Incident], counting counted: [Incident]? = nil) -> [String: Any] {
        let counted = counted ?? incidents
        return [
            "count": String(incidents.count),
            "killed": Formatting.total(counted.map(\.facts.killed)),
            "injured": Formatting.total(counted.map(\.facts.injured)),
        ]
    }

    /// A group's incidents split in two, in order: those it claimed or a report ascribes to it,
    /// and those it is only accused or suspected of (which add nothing to its totals).
    static func byAttribution(_ incidents: [Incident], of group: String) -> (
        attributed: [Incident], accused: [Incident]
    ) {
        var attributed: [Incident] = [], accused: [Incident] = []
        for incident in incidents {
            if incident.facts.perpetrators.contains(where: { $0.name == group && !$0.isAccusation }) {
                attributed.append(incident)
            } else {
                accused.append(incident)
            }
        }
        return (attributed, accused)
    }
}

/// The choices of the index's filters: every country, group, year (newest first) and type.
struct IndexFilters: Sendable {
    let countries: [String]
    let groupNames: [String]
    let years: [String]
    let types: [String]

    init(_ archive: Archive) {
        countries = Set(archive.incidents.compactMap(\.facts.location.country)).sorted()
        groupNames = archive.groups.map(\.name)
        years = Set(archive.incidents.compactMap { $0.sortDate?.year }).sorted(by: >).map(String.init)
        types = Set(archive.incidents.compactMap(\.facts.attackType)).sorted()
    }
}

/// Rows made on first use (a rebuild renders few pages) and shared after, from any thread.
/// The rows are spread over a few stripes, picked by position, each with a lock of its own, so
/// workers rarely wait for each other.
private final class RowCache: Sendable {
    /// A row as templates read it.
    // unchecked: strings, numbers and lists of them, never changed once made.
    private struct Row: @unchecked Sendable {
        let fields: [String: Any]
    }

    private final class Stripe: Sendable {
        let rows: Mutex<[Int: Row]>
        init(capacity: Int) { rows = Mutex([Int: Row](minimumCapacity: capacity)) }
    }

    private let stripes: [Stripe]

    init(count: Int) {
        stripes = (0..<16).map { _ in Stripe(capacity: count / 16 + 1) }
    }

    func item(_ index: Int, make: () -> [String: Any]) -> [String: Any] {
        stripes[index % stripes.count].rows.withLock { rows in
            if let row = rows[index] { return row }
            let row = Row(fields: make())
            rows[index] = row
            return row
        }.fields
    }
}

/// Totals of counts saturate instead of trapping: front matter bounds each count, but a sum over
/// an archive must never crash a build.
extension Int {
    mutating func addSaturating(_ other: Int) {
        let (sum, overflow) = addingReportingOverflow(other)
        self = overflow ? (other > 0 ? .max : .min) : sum
    }
}

extension Sequence<Int> {
    var saturatingSum: Int { reduce(into: 0) { $0.addSaturating($1) } }
}
