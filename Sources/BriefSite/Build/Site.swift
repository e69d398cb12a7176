import IncidentFacts

/// The site in memory: the archive and the settings it is rendered with.
struct Site: Sendable {
    let archive: Archive
    let config: SiteConfig
    let articleCount: Int
    /// Problems found while merging (two articles claiming one id).
    var diagnostics: [Diagnostic] = []

    static func make(articles: [Article], config: SiteConfig, progress: (@Sendable (Int, Int) -> Void)? = nil) -> Site {
        var clock = PhaseClock()
        let counter = ProgressCounter(total: articles.count, report: progress)
        let facts = ParallelMap.map(articles) { article in
            let facts = ArticleFacts.extract(article)
            counter.step()
            return facts
        }
        clock.lap("extract")
        let pairs = Array(zip(articles, facts))
        var diagnostics: [Diagnostic] = []
        let incidents = IncidentMerger.merge(pairs, diagnostics: &diagnostics)
        clock.lap("merge")
        let nonIncidents = pairs.filter { !$0.1.isIncident }.map { Source(article: $0.0, facts: $0.1) }
        let archive = CrossReferencer.build(incidents, nonIncidents: nonIncidents)
        clock.lap("cross-reference")
        return Site(archive: archive, config: config, articleCount: articles.count, diagnostics: diagnostics)
    }
}
