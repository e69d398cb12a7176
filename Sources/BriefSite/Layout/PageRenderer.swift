import Foundation
import IncidentFacts
import MarkdownHTML

/// Composes, renders and lays out every page, handing each file to `sink` as soon as it is
/// ready (from any thread), so the site is never held in memory whole.
enum PageRenderer {
    /// A file to render, with what it is made from when that can be fingerprinted.
    struct Job: Sendable {
        let path: String
        let inputs: (@Sendable () -> ContentHash)?
        let render: @Sendable () -> OutputFile.Content

        init(_ path: String, inputs: (@Sendable () -> ContentHash)? = nil, _ render: @escaping @Sendable () -> String) {
            self.path = path
            self.inputs = inputs
            self.render = { .text(render()) }
        }

        /// A file made as bytes (the large site-wide ones, which are never checked as text).
        init(_ path: String, bytes render: @escaping @Sendable () -> [UInt8]) {
            self.path = path
            self.inputs = nil
            self.render = { .bytes(render()) }
        }
    }

    /// One unit of rendering: a page from `otherPages`, or an incident's brief.
    private enum Work: Sendable {
        case page(Int)
        case brief(Int)
    }

    /// With `keep`, pages are fingerprinted first, and a page whose file `keep` accepts as
    /// current (made from the same inputs) is not rendered again.
    /// With `partsFolder` as well, the parts of the API file, CSV and search index that are about
    /// one incident are kept there from build to build (see `PartCache`).
    static func render(
        _ site: Site, templates: TemplateSet, keep: (@Sendable (String, ContentHash) -> Bool)? = nil,
        partsFolder: String? = nil, sink: @Sendable (OutputFile, ContentHash?) throws -> Void
    ) throws {
        MarkdownRenderer.prepare()
        var clock = PhaseClock()
        let linker = Linker(baseURL: site.config.baseURL)
        let pages = PageContexts(
            archive: site.archive, config: site.config, linker: linker, articleCount: site.articleCount)
        let fingerprints = keep == nil ? nil : PageFingerprints(site, pages: pages, templates: templates)
        clock.lap("  fingerprints")
        var pageJobs = otherPages(
            site, pages: pages, templates: templates, linker: linker, fingerprints: fingerprints,
            partsFolder: partsFolder)
        // The sitemap lists every page, which is known before any is made.
        let htmlPages = (site.archive.incidents.map { "briefs/\($0.id)/index.html" } + pageJobs.map(\.path))
            .filter { $0.hasSuffix(".html") && $0 != "404.html" }
        pageJobs.append(Job("sitemap.xml") { SiteExtras.sitemap(pages: htmlPages, linker: linker) })
        pageJobs.append(Job("robots.txt") { SiteExtras.robots(linker: linker) })
        // Briefs that moved leave a page at their old address (not in the sitemap).
        let ledger = site.ledger
        pageJobs.append(Job(IDLedger.path) { ledger.json() })
        for (old, id) in ledger.moved.sorted(by: { $0.key < $1.key }) {
            pageJobs.append(Job("briefs/\(old)/index.html") { IDLedger.redirectPage(to: id, linker: linker) })
        }
        let others = pageJobs
        // One run for all pages, the site-wide ones first: the long single ones (the timeline,
        // the API file) then run beside the briefs instead of keeping a core idle at the end.
        let work = others.indices.map { Work.page($0) } + site.archive.incidents.indices.map { Work.brief($0) }
        try ParallelMap.forEach(work) { item in
            switch item {
            case .page(let index):
                let job = others[index]
                let inputs = job.inputs?()
                if let inputs, let keep, keep(job.path, inputs) { return }
                try sink(OutputFile(job.path, content: job.render()), inputs)
            case .brief(let index):
                let incident = site.archive.incidents[index]
                let inputs = fingerprints?.brief(index)
                let pagePath = "briefs/\(incident.id)/index.html", sourcePath = "briefs/\(incident.id)/brief.md"
                if let inputs, let keep {
                    // Both are asked: each records its file as kept when it is current.
                    let pageKept = keep(pagePath, inputs), sourceKept = keep(sourcePath, inputs)
                    if pageKept && sourceKept { return }
                }
                // One context for both: `brief.md` whole, and the part of it the page takes.
                var brief = BriefComposer.context(
                    for: incident, archive: site.archive, linker: linker, editorView: site.config.editorView)
                let markdown = templates.render("brief.md", brief)
                brief["page"] = true
                let html = MarkdownRenderer.renderHTML(templates.render("brief.md", brief))
                let page = templates.renderBytes("brief.html", pages.brief(incident, brief: brief, bodyHTML: html))
                try sink(OutputFile(pagePath, bytes: page), inputs)
                try sink(OutputFile(sourcePath, text: markdown), inputs)
            }
        }
        clock.lap("  pages")
    }

    /// Every file but the briefs, as work to run on all cores; the three big files come first
    /// so that they overlap with each other and with the many small pages. Pages of one group,
    /// place or index page carry their fingerprint; files about the whole archive are made
    /// every time.
    static func otherPages(
        _ site: Site, pages: PageContexts, templates: TemplateSet, linker: Linker, fingerprints: PageFingerprints?,
        partsFolder: String? = nil
    ) -> [Job] {
        let archive = site.archive
        func inputs(_ make: @escaping @Sendable (PageFingerprints) -> ContentHash) -> (@Sendable () -> ContentHash)? {
            guard let fingerprints else { return nil }
            return { make(fingerprints) }
        }
        // Opened inside the jobs, so the cache files are read on all cores.
        @Sendable func parts(_ name: String, _ keys: (PageFingerprints) -> [ContentHash]) -> PartCache? {
            guard let partsFolder, let fingerprints else { return nil }
            return PartCache(path: partsFolder + "/" + name, keys: keys(fingerprints))
        }
        var jobs: [Job] = [
            // The API file's items show related incidents and history links as well, so they are
            // kept by the brief's fingerprint; rows show only the incident's own facts.
            Job(
                "api/incidents.json",
                bytes: {
                    APIWriter.incidentsJSON(archive, linker: linker, cache: parts("api-items.bin") { $0.briefs })
                }),
            Job(
                "assets/search-index.js",
                bytes: {
                    pages.searchIndexScript(cache: parts("search-rows.bin") { $0.parts("search") })
                }),
            Job(
                "api/incidents.csv",
                bytes: { SiteExtras.csv(archive, cache: parts("csv-rows.bin") { $0.parts("csv") }) }),
            Job("history/index.html", inputs: inputs { $0.history() }) {
                templates.render("history.html", pages.history())
            },
            Job("groups/index.html") { templates.render("groups.html", pages.groupsList()) },
            Job("places/index.html") { templates.render("places.html", pages.placesList()) },
        ]
        for number in 1...pages.indexPageCount {
            let rows = pages.indexRows(page: number), filters = pages.filters
            jobs.append(
                Job(
                    number == 1 ? "index.html" : "page/\(number)/index.html",
                    inputs: inputs { $0.indexPage(number, rows: rows, filters: filters) }
                ) { templates.render("index.html", pages.index(page: number)) })
        }
        for group in archive.groups {
            let details = [group.name, group.slug] + group.aliases
            jobs.append(
                Job(
                    "groups/\(group.slug)/index.html",
                    inputs: inputs { $0.list("group", details: details, incidents: group.incidentIndices) }
                ) { templates.render("group.html", pages.group(group)) })
        }
        for place in archive.places {
            let countrySlug = place.country.map { pages.placeSlug($0, kind: .country, country: nil) }
            let details = [place.name, place.slug, place.kind.rawValue, place.country, countrySlug]
            jobs.append(
                Job(
                    "places/\(place.slug)/index.html",
                    inputs: inputs { $0.list("place", details: details, incidents: place.incidentIndices) }
                ) { templates.render("place.html", pages.place(place)) })
        }
        func feeds(_ title: String, _ positions: [Int], _ folder: String, fingerprinted: Bool) {
            let incidents: @Sendable () -> [Incident] = { positions.map { archive.incidents[$0] } }
            for (name, format) in [("feed.xml", FeedWriter.atom), ("feed.json", FeedWriter.json)] {
                jobs.append(
                    Job(
                        folder + name,
                        inputs: fingerprinted
                            ? inputs { $0.list(name, details: [title, folder], incidents: positions, isFeed: true) }
                            : nil
                    ) { format(title, incidents(), folder, linker) })
            }
        }
        feeds(site.config.title, Array(archive.incidents.indices), "", fingerprinted: false)
        for group in archive.groups {
            feeds(
                "\(site.config.title): \(group.name)", group.incidentIndices, "groups/\(group.slug)/",
                fingerprinted: true)
        }
        for place in archive.places {
            feeds(
                "\(site.config.title): \(place.name)", place.incidentIndices, "places/\(place.slug)/",
                fingerprinted: true)
        }
        jobs.append(Job("404.html") { templates.render("404.html", pages.notFound()) })
        return jobs
    }
}
