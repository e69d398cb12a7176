import IncidentFacts
import MarkdownHTML

/// Every file of the site but the assets, as a plain list a full build renders as is: the
/// three big site-wide files first (so they overlap with each other and with the many small
/// pages), the pages, feeds, sitemap and ledger, then the briefs.
enum SiteRoutes {
    static func all(_ site: Site, pages: PageContexts, templates: TemplateSet, linker: Linker) -> [Route] {
        let archive = site.archive
        var routes: [Route] = [
            // The API file's items show related incidents and history links as well, so they are
            // kept by the brief's fingerprint; rows show only the incident's own facts.
            .streamed("api/incidents.json", partsFile: "api-items.bin", keys: { $0.briefs }) { cache, file in
                try APIGenerator.incidentsJSON(archive, linker: linker, cache: cache, to: &file)
            },
            .streamed("assets/search-index.js", partsFile: "search-rows.bin", keys: { $0.parts("search") }) {
                cache, file in try SearchIndexGenerator.script(archive, cache: cache, to: &file)
            },
            .streamed("api/incidents.csv", partsFile: "csv-rows.bin", keys: { $0.parts("csv") }) { cache, file in
                try CSVGenerator.csv(archive, cache: cache, to: &file)
            },
            .page("history/index.html", "history.html") { pages.history() },
            .page("groups/index.html", "groups.html") { pages.groupsList() },
            .page("places/index.html", "places.html") { pages.placesList() },
        ]
        for number in 1...pages.indexPageCount {
            routes.append(
                .page(number == 1 ? "index.html" : "page/\(number)/index.html", "index.html") {
                    pages.index(page: number)
                })
        }
        for group in archive.groups {
            routes.append(.page("groups/\(group.slug)/index.html", "group.html") { pages.group(group) })
        }
        for place in archive.places {
            routes.append(.page("places/\(place.slug)/index.html", "place.html") { pages.place(place) })
        }
        routes.append(.page("404.html", "404.html") { pages.notFound() })
        func feeds(_ title: String, _ positions: [Int], _ folder: String, wholeArchive: Bool) {
            for (name, format) in [("feed.xml", FeedGenerator.atom), ("feed.json", FeedGenerator.json)] {
                let subject: Route.Subject =
                    wholeArchive ? .wholeArchive : .feed(details: [name, title, folder], incidents: positions)
                routes.append(
                    .text(folder + name, subject) {
                        format(title, positions.map { archive.incidents[$0] }, folder, linker)
                    })
            }
        }
        feeds(site.config.title, Array(archive.incidents.indices), "", wholeArchive: true)
        for group in archive.groups {
            feeds(
                "\(site.config.title): \(group.name)", group.incidentIndices, "groups/\(group.slug)/",
                wholeArchive: false)
        }
        for place in archive.places {
            feeds(
                "\(site.config.title): \(place.name)", place.incidentIndices, "places/\(place.slug)/",
                wholeArchive: false)
        }
        // The sitemap lists every page, which is known before any is made.
        let htmlPages = (archive.incidents.map { "briefs/\($0.id)/index.html" } + routes.flatMap { $0.paths })
            .filter { $0.hasSuffix(".html") && $0 != "404.html" }
        routes.append(.text("sitemap.xml") { SitemapGenerator.sitemap(pages: htmlPages, linker: linker) })
        routes.append(.text("robots.txt") { SitemapGenerator.robots(linker: linker) })
        // Briefs that moved leave a page at their old address (not in the sitemap).
        let ledger = site.ledger
        routes.append(.text(IDLedger.path) { ledger.json() })
        for (old, id) in ledger.moved.sorted(by: { $0.key < $1.key }) {
            routes.append(.text("briefs/\(old)/index.html") { IDLedger.redirectPage(to: id, linker: linker) })
        }
        for index in archive.incidents.indices {
            routes.append(brief(index, site, pages: pages, templates: templates, linker: linker))
        }
        return routes
    }

    /// A brief's page and its Markdown, from one composition: `brief.md` whole, and the part
    /// of it the page takes.
    private static func brief(
        _ index: Int, _ site: Site, pages: PageContexts, templates: TemplateSet, linker: Linker
    ) -> Route {
        let incident = site.archive.incidents[index]
        let pagePath = "briefs/\(incident.id)/index.html", sourcePath = "briefs/\(incident.id)/brief.md"
        return Route(
            paths: [pagePath, sourcePath],
            content: .files(.brief(index)) { _ in
                var brief = BriefComposer.content(
                    for: incident, archive: site.archive, linker: linker, editorView: site.config.editorView)
                let markdown = templates.render("brief.md", brief)
                brief.page = true
                let html = MarkdownRenderer.renderHTML(templates.render("brief.md", brief))
                let page = templates.renderBytes("brief.html", pages.brief(incident, brief: brief, bodyHTML: html))
                return [OutputFile(pagePath, bytes: page), OutputFile(sourcePath, text: markdown)]
            })
    }
}
