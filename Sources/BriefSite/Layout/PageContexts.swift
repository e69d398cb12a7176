import Foundation
import IncidentFacts
import Synchronization

/// Builds the model of every page of the site (`Pages/`): what its template is laid over.
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

    private static func placeKey(_ name: String, kind: ArchivePlace.Kind, country: String?) -> String {
        kind == .country ? "country\u{0}" + name : "city\u{0}" + name + "\u{0}" + (country ?? "")
    }

    /// Fields every page template uses: site settings, root, links to the main sections.
    /// The 404 page, served for a missing page at any depth: with a base URL its links are
    /// absolute and work from anywhere; without one they are relative like every page's (a
    /// root-absolute "/" would miss a site published in a sub-folder), and the build warns.
    func notFound() -> NotFoundPage {
        var frame = common(depth: 0, title: "Page not found", path: "404.html")
        frame.canonical = nil
        return NotFoundPage(frame: frame)
    }

    func common(depth: Int, title: String, path: String, description: String? = nil) -> PageFrame {
        PageFrame(
            site: PageFrame.SiteInfo(
                title: config.title, description: config.description, language: config.language,
                articleCount: String(articleCount)),
            root: linker.root(depth: depth), home: linker.page("", from: depth), indexFile: linker.indexFile,
            pageTitle: title, description: description ?? config.description, canonical: linker.canonical(path),
            feedAtom: linker.root(depth: depth) + "feed.xml", feedJSON: linker.root(depth: depth) + "feed.json")
    }

    /// One incident as a row or list item, with links from a page `depth` folders down.
    func incidentItem(_ incident: Incident, depth: Int) -> IncidentRow {
        if depth == 2, let index = archive.incidentsByID[incident.id] {
            return rows.item(index) { makeItem(incident, depth: 2) }
        }
        return makeItem(incident, depth: depth)
    }

    private func makeItem(_ incident: Incident, depth: Int) -> IncidentRow {
        let f = incident.facts
        let country = f.location.country, city = f.location.city
        return IncidentRow(
            IncidentRow.Fields(
                id: incident.id, link: linker.brief(incident.id, from: depth), headline: f.title,
                dateText: incident.sortDate?.longText ?? "date not stated", dateISO: incident.sortDate?.iso ?? "",
                hasDate: incident.sortDate != nil,
                // No report states the attack's day: the row shows when it was first reported.
                undated: f.date == nil && incident.sortDate != nil,
                year: incident.sortDate.map { String($0.year) } ?? "", killedText: Formatting.casualties(f.killed),
                injuredText: Formatting.casualties(f.injured), killedSort: f.killed?.best.map(String.init) ?? "",
                injuredSort: f.injured?.best.map(String.init) ?? "", attackType: f.attackType ?? "",
                groupList: f.perpetrators.map { $0.name }.joined(separator: "|"), needsReview: FactToReview.any(in: f),
                country: country,
                countryLink: country.map { linker.place(placeSlug($0, kind: .country, country: nil), from: depth) },
                city: city,
                cityLink: city.map { linker.place(placeSlug($0, kind: .city, country: country), from: depth) },
                groups: f.perpetrators.map {
                    NamedLink(name: $0.name, link: linker.group(groupSlug($0.name), from: depth))
                }))
    }

    func placeSlug(_ name: String, kind: ArchivePlace.Kind, country: String?) -> String {
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
    func index(page number: Int = 1) -> IndexPage {
        let depth = number == 1 ? 0 : 2
        let path = number == 1 ? "" : "page/\(number)/"
        var frame = common(depth: depth, title: number == 1 ? "Incidents" : "Incidents, page \(number)", path: path)
        frame.script = true
        var page = IndexPage(
            frame: frame, incidentCount: String(archive.incidents.count),
            incidents: archive.incidents[indexRows(page: number)].map { incidentItem($0, depth: depth) },
            countries: filters.countries, groupNames: filters.groupNames, years: filters.years, types: filters.types,
            // Cited as the briefs cite their sources: headline, outlet, date, link; never a file path.
            nonIncidents: number == 1 ? archive.nonIncidents.map(BriefComposer.citation) : [])
        if indexPageCount > 1 {
            func link(_ n: Int) -> String {
                n == 1 ? linker.page("", from: depth) : linker.page("page/\(n)/", from: depth)
            }
            page.pageNumber = String(number)
            page.pageCount = String(indexPageCount)
            page.pages = (1...indexPageCount).map {
                IndexPage.PageLink(number: String($0), link: link($0), current: $0 == number)
            }
            if number > 1 { page.previous = link(number - 1) }
            if number < indexPageCount { page.next = link(number + 1) }
        }
        return page
    }

    /// A brief's page: `brief` is the brief's own content (`BriefComposer.content`), whose facts
    /// and sources the page lays out around `bodyHTML`.
    func brief(_ incident: Incident, brief: BriefContent, bodyHTML: String) -> BriefPage {
        let f = incident.facts
        var frame = common(depth: 2, title: f.title, path: "briefs/\(incident.id)/", description: f.summary)
        frame.ogType = "article"
        // "First published 17 February 2023 · last updated 18 February 2023 from 4 reports".
        let first = FeedGenerator.firstPublished(incident), last = FeedGenerator.updated(incident)
        let count = incident.sources.count
        let country = f.location.country
        let places = [
            f.location.city.map {
                NamedLink(name: $0, link: linker.place(placeSlug($0, kind: .city, country: country), from: 2))
            },
            country.map {
                NamedLink(name: $0, link: linker.place(placeSlug($0, kind: .country, country: nil), from: 2))
            },
        ]
        return BriefPage(
            frame: frame, bodyHTML: bodyHTML,
            structuredDataHTML: StructuredData.brief(incident, config: config, linker: linker), id: incident.id,
            headline: f.title, summary: f.summary, firstPublished: first?.longText,
            lastUpdated: last != first ? last?.longText : nil, reportCount: "\(count) report\(count == 1 ? "" : "s")",
            facts: brief.facts, sources: brief.sources, dateText: Formatting.date(incident.sortDate),
            year: incident.sortDate.map { String($0.year) },
            related: incident.related.compactMap { archive.incident($0) }.map { incidentItem($0, depth: 2) },
            recalledIn: incident.recalledIn.compactMap { archive.incident($0) }.map { incidentItem($0, depth: 2) },
            placeLinks: places.compactMap { $0 },
            groupLinks: f.perpetrators.map { NamedLink(name: $0.name, link: linker.group(groupSlug($0.name), from: 2)) }
        )
    }

    func history() -> TimelinePage {
        var recalled = 0
        let years = archive.timeline.map { year in
            let entries = year.entries.map { entry in
                if entry.incidentID == nil { recalled += 1 }
                // An incident's toll with its hedge ("at least 26"); a recalled attack's as recalled.
                let killed =
                    entry.incidentID.map { archive.incident($0)?.facts.killed.flatMap(SummaryComposer.casualtyText) }
                    ?? entry.killed.map(SummaryComposer.thousands)
                return TimelinePage.Entry(
                    label: entry.label, link: entry.incidentID.map { linker.brief($0, from: 1) },
                    dateText: entry.date?.longText, killed: killed,
                    recalledBy: entry.recalledBy.map { referrer in
                        if let incident = archive.incident(referrer) {
                            return TimelinePage.Referrer(
                                label: incident.facts.title, link: linker.brief(referrer, from: 1))
                        }
                        let title = archive.nonIncidents.first { $0.file == referrer }?.facts.title
                        return TimelinePage.Referrer(label: title ?? referrer, link: nil)
                    })
            }
            return TimelinePage.Year(year: String(year.year), entries: entries)
        }
        var perYear: [Int: Chart.Year] = [:]
        for incident in archive.incidents {
            guard let year = incident.sortDate?.year else { continue }
            perYear[year, default: Chart.Year()].count += 1
            perYear[year, default: Chart.Year()].tolls.append(incident.facts.killed)
        }
        return TimelinePage(
            frame: common(depth: 1, title: "Timeline", path: "history/"), years: years,
            incidentCount: String(archive.incidents.count), recalledCount: String(recalled),
            chartSVG: Chart.yearly(perYear, title: "Incidents and deaths per year"))
    }

    func groupsList() -> GroupsPage {
        GroupsPage(
            frame: common(depth: 1, title: "Groups", path: "groups/"),
            groups: archive.groups.map { group in
                let incidents = group.incidentIndices.map { archive.incidents[$0] }
                let (attributed, _) = Self.byAttribution(incidents, of: group.name)
                return GroupsPage.Item(
                    name: group.name, link: linker.group(group.slug, from: 1), count: String(attributed.count),
                    killed: Formatting.total(attributed.map { $0.facts.killed }),
                    accused: incidents.count > attributed.count ? String(incidents.count - attributed.count) : nil)
            })
    }

    func group(_ group: ArchiveGroup) -> GroupPage {
        let incidents = group.incidentIndices.map { archive.incidents[$0] }
        let (attributed, accusedOnly) = Self.byAttribution(incidents, of: group.name)
        let accused = Set(accusedOnly.map { $0.id })
        let dates = incidents.compactMap { $0.sortDate }.sorted()
        var perYear: [Int: Chart.Year] = [:]
        for incident in incidents {
            guard let year = incident.sortDate?.year else { continue }
            perYear[year, default: Chart.Year()].count += 1
            guard !accused.contains(incident.id) else { continue }
            perYear[year, default: Chart.Year()].tolls.append(incident.facts.killed)
        }
        let totals = totals(incidents, counting: attributed)
        return GroupPage(
            frame: common(depth: 2, title: group.name, path: "groups/\(group.slug)/"), name: group.name,
            aliasesText: group.aliases.isEmpty ? nil : group.aliases.joined(separator: ", "), count: totals.count,
            killed: totals.killed, injured: totals.injured, first: dates.first?.longText ?? "–",
            last: dates.last?.longText ?? "–",
            chartSVG: Chart.yearly(perYear, title: "Incidents per year by \(group.name)"),
            // Attacks it claimed or a report ascribes to it, apart from those it is only accused of.
            incidents: attributed.map { incidentItem($0, depth: 2) },
            accused: accusedOnly.isEmpty
                ? nil : GroupPage.AccusedIncidents(incidents: accusedOnly.map { incidentItem($0, depth: 2) }),
            claimedCount: String(attributed.count), accusedCount: String(accusedOnly.count))
    }

    func placesList() -> PlacesPage {
        func item(_ page: ArchivePlace) -> PlacesPage.Item {
            PlacesPage.Item(
                name: page.name, link: linker.place(page.slug, from: 1), count: String(page.incidentIDs.count),
                one: page.incidentIDs.count == 1, country: page.country ?? "")
        }
        return PlacesPage(
            frame: common(depth: 1, title: "Places", path: "places/"),
            countries: archive.places.filter { $0.kind == .country }.map(item),
            cities: archive.places.filter { $0.kind == .city }.map(item))
    }

    func place(_ page: ArchivePlace) -> PlacePage {
        let incidents = page.incidentIndices.map { archive.incidents[$0] }
        let totals = totals(incidents)
        return PlacePage(
            frame: common(depth: 2, title: page.name, path: "places/\(page.slug)/"), name: page.name,
            country: page.country,
            countryLink: page.country.map { linker.place(placeSlug($0, kind: .country, country: nil), from: 2) },
            count: totals.count, killed: totals.killed, injured: totals.injured,
            incidents: incidents.map { incidentItem($0, depth: 2) })
    }

    /// The number of incidents, and the deaths and injuries of `counted` (all of them unless
    /// given), with their hedges.
    private func totals(_ incidents: [Incident], counting counted: [Incident]? = nil) -> (
        count: String, killed: String, injured: String
    ) {
        let counted = counted ?? incidents
        return (
            String(incidents.count), Formatting.total(counted.map { $0.facts.killed }),
            Formatting.total(counted.map { $0.facts.injured })
        )
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
        countries = Set(archive.incidents.compactMap { $0.facts.location.country }).sorted()
        groupNames = archive.groups.map { $0.name }
        years = Set(archive.incidents.compactMap { $0.sortDate?.year }).sorted(by: >).map(String.init)
        types = Set(archive.incidents.compactMap { $0.facts.attackType }).sorted()
    }
}

/// Rows made on first use (a rebuild renders few pages) and shared after, from any thread.
/// The rows are spread over a few stripes, picked by position, each with a lock of its own, so
/// workers rarely wait for each other.
private final class RowCache: Sendable {
    private final class Stripe: Sendable {
        let rows: Mutex<[Int: IncidentRow]>
        init(capacity: Int) { rows = Mutex([Int: IncidentRow](minimumCapacity: capacity)) }
    }

    private let stripes: [Stripe]

    init(count: Int) {
        stripes = (0..<16).map { _ in Stripe(capacity: count / 16 + 1) }
    }

    func item(_ index: Int, make: () -> IncidentRow) -> IncidentRow {
        stripes[index % stripes.count].rows.withLock { rows in
            if let row = rows[index] { return row }
            let row = make()
            rows[index] = row
            return row
        }
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
