import IncidentFacts
import MarkdownHTML

/// Makes the files of the route list on all cores, handing each to `sink` as soon as it is
/// ready (from any thread), so the site is never held in memory whole.
enum PageRenderer {
    /// With `keep`, the layer that keeps unchanged pages: each route's inputs are fingerprinted
    /// first, and a route whose files `keep` accepts as current (made from the same inputs) is
    /// not made again. With `partsFolder` as well, the parts of the API file, CSV and search
    /// index that are about one incident are kept there from build to build (see `PartCache`).
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
        let routes = SiteRoutes.all(site, pages: pages, templates: templates, linker: linker)
        let parts = PartCaches(folder: partsFolder, fingerprints: fingerprints)
        try ParallelMap.forEach(routes) { route in
            switch route.content {
            case .page(let template, let makeModel):
                let model = makeModel(), path = route.paths[0]
                let inputs = fingerprints?.page(template, model)
                if let inputs, let keep, keep(path, inputs) { return }
                try sink(OutputFile(path, bytes: templates.renderBytes(template, model)), inputs)
            case .files(let subject, let make):
                let inputs = fingerprints?.inputs(of: subject)
                if let inputs, let keep {
                    // Every file is asked: each records itself as kept when it is current.
                    let kept = route.paths.map { keep($0, inputs) }
                    if !kept.contains(false) { return }
                }
                for file in make(parts) { try sink(file, inputs) }
            }
        }
        clock.lap("  pages")
    }
}
