import Foundation
import IncidentFacts
import MarkdownHTML

/// Composes, renders and lays out every page, handing each file to `sink` as soon as it is
/// ready (from any thread), so the site is never held in memory whole.
enum PageRenderer {
    /// With `keep`, each brief's inputs are fingerprinted first, and a brief whose files `keep`
    /// accepts as current (made from the same inputs) is not rendered again.
    static func render(
        _ site: Site, templates: TemplateSet, keep: (@Sendable (String, ContentHash) -> Bool)? = nil,
        sink: @Sendable (OutputFile, ContentHash?) throws -> Void
    ) throws {
        MarkdownRenderer.prepare()
        var clock = PhaseClock()
        let linker = Linker(baseURL: site.config.baseURL)
        let pages = PageContexts(
            archive: site.archive, config: site.config, linker: linker, articleCount: site.articleCount)
        let fingerprints = keep == nil ? nil : BriefFingerprints.make(site, pages: pages, templates: templates)
        clock.lap("  fingerprints")
        try ParallelMap.forEach(Array(site.archive.incidents.indices)) { i in
            let incident = site.archive.incidents[i]
            let inputs = fingerprints?[i]
            let pagePath = "briefs/\(incident.id)/index.html", sourcePath = "briefs/\(incident.id)/brief.md"
            if let inputs, let keep {
                // Both are asked: each records its file as kept when it is current.
                let pageKept = keep(pagePath, inputs), sourceKept = keep(sourcePath, inputs)
                if pageKept && sourceKept { return }
            }
            let markdown = BriefComposer.markdown(
                for: incident, archive: site.archive, templates: templates, linker: linker)
            let html = MarkdownRenderer.renderHTML(markdown)
            let page = templates.render("brief.html", pages.brief(incident, bodyHTML: html))
            try sink(OutputFile(pagePath, text: page), inputs)
            try sink(OutputFile(sourcePath, text: markdown), inputs)
        }
        clock.lap("  briefs")
        let others = otherPages(site, pages: pages, templates: templates, linker: linker)
        try ParallelMap.forEach(others) { job in try sink(OutputFile(job.path, text: job.render()), nil) }
        clock.lap("  other pages")
        let htmlPages = (site.archive.incidents.map { "briefs/\($0.id)/index.html" } + others.map(\.path))
            .filter { $0.hasSuffix(".html") && $0 != "404.html" }
        try sink(OutputFile("sitemap.xml", text: SiteExtras.sitemap(pages: htmlPages, linker: linker)), nil)
        try sink(OutputFile("robots.txt", text: SiteExtras.robots(linker: linker)), nil)
    }

    /// Every file but the briefs, as work to run on all cores; the three big files come first
    /// so that they overlap with each other and with the many small pages.
    static func otherPages(_ site: Site, pages: PageContexts, templates: TemplateSet, linker: Linker)
        -> [(path: String, render: @Sendable () -> String)]
    {
        let archive = site.archive
        var jobs: [(path: String, render: @Sendable () -> String)] = [
            ("api/incidents.json", { APIWriter.incidentsJSON(archive, linker: linker) }),
            ("assets/search-index.js", { pages.searchIndexScript() }),
            ("api/incidents.csv", { SiteExtras.csv(archive) }),
            ("index.html", { templates.render("index.html", pages.index()) }),
            ("history/index.html", { templates.render("history.html", pages.history()) }),
            ("groups/index.html", { templates.render("groups.html", pages.groupsList()) }),
            ("places/index.html", { templates.render("places.html", pages.placesList()) }),
        ]
        if pages.indexPageCount > 1 {
            for number in 2...pages.indexPageCount {
                jobs.append(
                    ("page/\(number)/index.html", { templates.render("index.html", pages.index(page: number)) }))
            }
        }
        for group in archive.groups {
            jobs.append(("groups/\(group.slug)/index.html", { templates.render("group.html", pages.group(group)) }))
        }
        for place in archive.places {
            jobs.append(("places/\(place.slug)/index.html", { templates.render("place.html", pages.place(place)) }))
        }
        func feeds(_ title: String, _ ids: [String], _ folder: String) {
            let incidents: @Sendable () -> [Incident] = { ids.compactMap { archive.incident($0) } }
            jobs.append(
                (
                    folder + "feed.xml",
                    { FeedWriter.atom(title: title, incidents: incidents(), folder: folder, linker: linker) }
                ))
            jobs.append(
                (
                    folder + "feed.json",
                    { FeedWriter.json(title: title, incidents: incidents(), folder: folder, linker: linker) }
                ))
        }
        feeds(site.config.title, archive.incidents.map(\.id), "")
        for group in archive.groups {
            feeds("\(site.config.title): \(group.name)", group.incidentIDs, "groups/\(group.slug)/")
        }
        for place in archive.places {
            feeds("\(site.config.title): \(place.name)", place.incidentIDs, "places/\(place.slug)/")
        }
        jobs.append(("404.html", { templates.render("404.html", pages.notFound()) }))
        return jobs
    }
}
