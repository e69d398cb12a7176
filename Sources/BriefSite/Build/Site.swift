import Dispatch
import IncidentFacts

/// The site in memory: the archive and the settings it is rendered with.
struct Site: Sendable {
    let archive: Archive
    let config: SiteConfig
    let articleCount: Int
    /// The ids this site publishes and the old ids that moved (written to the output).
    var ledger = IDLedger()
    /// Problems found while merging (two articles claiming one id).
    var diagnostics: [Diagnostic] = []

    /// The site of `articles`; with a `cache`, only articles it does not know are extracted,
    /// and the cache then records this build's articles. `knownFacts` (by article, when given)
    /// are the engine facts of articles the loader took from the cache without their text.
    /// The cache is written in the background, in `saving`, which the caller waits for.
    /// `ledger` is the previous build's record of published ids, which this site continues.
    static func make(
        articles: consuming [Article], config: SiteConfig, ledger: IDLedger = IDLedger(), cache: FactsCache? = nil,
        knownFacts: [FactSheet?]? = nil,
        saving: DispatchGroup? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> Site {
        var clock = PhaseClock()
        let facts = extract(articles, cache: cache, knownFacts: knownFacts, saving: saving, progress: progress)
        clock.lap("extract")
        // The facts are known: the build goes on without the texts, which nothing reads again
        // and which a large archive would otherwise hold to its end.
        let articles = (consume articles).map { $0.withoutText() }
        let pairs = Array(zip(articles, facts))
        var diagnostics: [Diagnostic] = []
        let incidents = IncidentMerger.merge(pairs, diagnostics: &diagnostics)
        clock.lap("merge")
        let nonIncidents = pairs.filter { !$0.1.isIncident }.map { Source(article: $0.0, facts: $0.1) }
        let published = incidents.map { (id: $0.id, reports: $0.sources.map { $0.file }) }
        let archive = CrossReferencer.build(consume incidents, nonIncidents: nonIncidents)
        clock.lap("cross-reference")
        return Site(
            archive: archive, config: config, articleCount: articles.count, ledger: ledger.next(incidents: published),
            diagnostics: diagnostics)
    }

    /// The facts of each article, overrides applied (see `make`).
    private static func extract(
        _ articles: [Article], cache: FactsCache?, knownFacts: [FactSheet?]?, saving: DispatchGroup?,
        progress: (@Sendable (Int, Int) -> Void)?
    ) -> [FactSheet] {
        let counter = ProgressCounter(total: articles.count, report: progress)
        let extracted = ParallelMap.map(Array(articles.indices)) { i -> (key: ContentHash, facts: FactSheet)? in
            defer { counter.step() }
            guard let cache else { return nil }
            let article = articles[i]
            let key = FactsCache.key(for: article)
            if let known = knownFacts?[i] { return (key, known) }
            return (key, cache.facts(for: key) ?? FactExtractor.extract(article.extractionInput))
        }
        let facts = ParallelMap.map(Array(zip(articles, extracted))) { article, entry in
            entry.map { ArticleFacts.withOverrides($0.facts, of: article) } ?? ArticleFacts.extract(article)
        }
        if let cache, let saving {
            // Written on another core while merging and cross-referencing, which use one.
            let entries = extracted.compactMap { $0 }
            DispatchQueue.global().async(group: saving) { cache.save(entries) }
        }
        return facts
    }
}
