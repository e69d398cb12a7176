import Foundation
import IncidentFacts
import MarkdownHTML

/// Composes, renders and lays out every page: path → text.
enum PageRenderer {
    static func render(_ site: Site, templates: TemplateSet) -> [(String, String)] {
        MarkdownRenderer.prepare()
        let linker = Linker(baseURL: site.config.baseURL)
        let pages = PageContexts(
            archive: site.archive, config: site.config, linker: linker, articleCount: site.articleCount)
        let briefs = ParallelMap.map(site.archive.incidents) { incident -> [(String, String)] in
            let markdown = BriefComposer.markdown(
                for: incident, archive: site.archive, templates: templates, linker: linker)
            let html = MarkdownRenderer.renderHTML(markdown)
            let page = templates.render("brief.html", pages.brief(incident, bodyHTML: html))
            return [("briefs/\(incident.id)/index.html", page), ("briefs/\(incident.id)/brief.md", markdown)]
        }
        var files = briefs.flatMap { $0 }
        // The other pages, also rendered on all cores: (path, template, context builder).
        var jobs: [(String, String, @Sendable () -> [String: Any])] = [
            ("index.html", "index.html", { pages.index() }),
            ("history/index.html", "history.html", { pages.history() }),
            ("groups/index.html", "groups.html", { pages.groupsList() }),
            ("places/index.html", "places.html", { pages.placesList() }),
        ]
        if pages.indexPageCount > 1 {
            for number in 2...pages.indexPageCount {
                jobs.append(("page/\(number)/index.html", "index.html", { pages.index(page: number) }))
            }
        }
        for group in site.archive.groups {
            jobs.append(("groups/\(group.slug)/index.html", "group.html", { pages.group(group) }))
        }
        for place in site.archive.places {
            jobs.append(("places/\(place.slug)/index.html", "place.html", { pages.place(place) }))
        }
        files += ParallelMap.map(jobs) { job in (job.0, templates.render(job.1, job.2())) }
        files.append(("assets/search-index.js", pages.searchIndexScript()))
        files.append(("api/incidents.json", APIWriter.incidentsJSON(site.archive, linker: linker)))
        files.append(("api/incidents.csv", SiteExtras.csv(site.archive)))
        let archive = site.archive
        func feeds(_ title: String, _ incidents: [Incident], _ folder: String) {
            files.append(
                (
                    folder + "feed.xml",
                    FeedWriter.atom(title: title, incidents: incidents, folder: folder, linker: linker)
                ))
            files.append(
                (
                    folder + "feed.json",
                    FeedWriter.json(title: title, incidents: incidents, folder: folder, linker: linker)
                ))
        }
        feeds(site.config.title, archive.incidents, "")
        for group in archive.groups {
            feeds(
                "\(site.config.title): \(group.name)", group.incidentIDs.compactMap { archive.incident($0) },
                "groups/\(group.slug)/")
        }
        for place in archive.places {
            feeds(
                "\(site.config.title): \(place.name)", place.incidentIDs.compactMap { archive.incident($0) },
                "places/\(place.slug)/")
        }
        files.append(("404.html", templates.render("404.html", pages.notFound())))
        files.append(
            (
                "sitemap.xml",
                SiteExtras.sitemap(
                    pages: files.map(\.0).filter { $0.hasSuffix(".html") && $0 != "404.html" }, linker: linker)
            ))
        files.append(("robots.txt", SiteExtras.robots(linker: linker)))
        return files
    }
}
