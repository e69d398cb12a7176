import IncidentFacts

/// Merges reports of the same attack into incidents.
///
/// Reports are taken in order of their attack day (undated ones last) and each joins the
/// incident it fits best (`MergeJudge`: its score against every report of the incident), or
/// starts a new one. A report with no date joins only an incident it fits clearly better than
/// any other. The order depends only on the reports, so it does not change with the order
/// files are read.
package enum IncidentMerger {
    /// Groups incident articles into incidents, sorted newest first.
    package static func merge(_ reports: [(Article, FactSheet)]) -> [Incident] {
        var ignored: [Diagnostic] = []
        return merge(reports, diagnostics: &ignored)
    }

    /// Groups incident articles into incidents, sorted newest first; id conflicts and possible
    /// duplicates are reported. `explain`, when given, is told each report's decision: which
    /// incident it joined or why it started its own (`sitrep facts --explain-merge`).
    package static func merge(
        _ reports: [(Article, FactSheet)], diagnostics: inout [Diagnostic],
        explain: ((_ file: String, _ decision: String) -> Void)? = nil
    ) -> [Incident] {
        // Sorted by position, so the large (article, facts) pairs are not moved on every swap.
        // Reports an editor assigned to an incident come last, when it exists.
        let days = reports.map { ($0.1.date ?? $0.1.published)?.dayNumber }
        let assigned = reports.map { $0.0.frontMatter.sameIncident != nil }
        let order = reports.indices.filter { reports[$0].1.isIncident }.sorted { a, b in
            if assigned[a] != assigned[b] { return !assigned[a] }
            switch (days[a], days[b]) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return reports[a].0.path < reports[b].0.path
            }
        }
        // What the judge compares and the ids each report could give its incident, worked out
        // once per report (on all cores) rather than per comparison.
        let sources = ParallelMap.map(order) { Source(article: reports[$0].0, facts: reports[$0].1) }
        let keys = ParallelMap.map(sources) { (MergeJudge.Key($0.facts), IncidentIDs.names(of: $0)) }
        var clusters = Clusters()
        // Reports that nearly joined another incident: (report, its cluster, the other, score).
        var nearMisses: [(file: String, cluster: Int, other: Int, score: Double)] = []
        for (source, (key, names)) in zip(sources, keys) {
            let report = clusters.report(source, key: key, names: names)
            let decision = choose(report, in: clusters, diagnostics: &diagnostics)
            explain?(source.file, clusters.explanation(of: report, joined: decision.target, editor: decision.editor))
            let placed = clusters.add(report, to: decision.target)
            for (other, score) in decision.nearlyJoined { nearMisses.append((source.file, placed, other, score)) }
        }
        // Clustering is sequential; merging each cluster's facts is not.
        var incidents = ParallelMap.map(clusters.sources) { sources -> Incident in
            let sorted = sources.sorted {
                ($0.facts.published ?? SimpleDate(dayNumber: 0), $0.file) < (
                    $1.facts.published ?? SimpleDate(dayNumber: 0), $1.file
                )
            }
            var facts = FactMerger.merge(sorted.map { $0.facts })
            // One headline style for every brief; an editor's `headline:` (the latest report's) wins.
            facts.title =
                sorted.reversed().lazy.compactMap { $0.article.frontMatter.headline }.first
                ?? SummaryComposer.title(for: facts)
            return Incident(id: "", facts: facts, sources: sorted)
        }
        diagnostics += IncidentIDs.assign(&incidents)
        // A near miss is named in the build's warnings and on both briefs for the editor.
        for miss in nearMisses {
            let (mine, other) = (incidents[miss.cluster].id, incidents[miss.other].id)
            let score = "merging score \(miss.score.formatted1), \(MergeJudge.joinThreshold.formatted1) joins"
            diagnostics.append(
                .warning(
                    "possible duplicate: the incident \(mine) may be \(other) (\(score)); set same_incident: or "
                        + "not_same_as: in front matter to decide", file: miss.file))
            if !incidents[miss.cluster].possibleDuplicates.contains(other) {
                incidents[miss.cluster].possibleDuplicates.append(other)
            }
            if !incidents[miss.other].possibleDuplicates.contains(mine) {
                incidents[miss.other].possibleDuplicates.append(mine)
            }
        }
        incidents.sort { a, b in
            let da = a.sortDate ?? SimpleDate(dayNumber: 0), db = b.sortDate ?? SimpleDate(dayNumber: 0)
            return da != db ? da > db : a.id < b.id
        }
        return incidents
    }

    /// Where a report goes: a cluster (nil: a new one), the editor's word when it decided, and
    /// the clusters it nearly joined, with their scores.
    private struct Decision {
        var target: Int?
        var editor: String?
        var nearlyJoined: [(Int, Double)] = []
    }

    private static func choose(_ report: Clusters.Report, in clusters: Clusters, diagnostics: inout [Diagnostic])
        -> Decision
    {
        let file = report.source.file, line = report.source.article.frontMatter.mergeLine
        for id in report.refuses where report.names.contains(id) {
            diagnostics.append(
                .warning("not_same_as: '\(id)' is the incident named after this article itself", file: file, line: line)
            )
        }
        if let id = report.source.article.frontMatter.sameIncident {
            if let index = clusters.cluster(named: id) {
                return Decision(target: index, editor: "same_incident: \(id)")
            }
            diagnostics.append(
                .warning(
                    "same_incident: no incident has the id '\(id)' (ids are as in the brief's address); merged as usual",
                    file: file, line: line))
        }
        var ranked: [(index: Int, score: Double)] = []
        var nearest: (index: Int, score: Double)?
        for index in clusters.candidates(for: report) {
            let score = clusters.score(
                report, against: index, floor: MergeJudge.joinThreshold - MergeJudge.nearMissMargin)
            if score >= MergeJudge.joinThreshold {
                ranked.append((index, score))
            } else if score >= MergeJudge.joinThreshold - MergeJudge.nearMissMargin,
                nearest == nil || score > nearest!.score
            {
                nearest = (index, score)
            }
        }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        guard let best = ranked.first else {
            // Close to joining: an editor should look.
            return Decision(nearlyJoined: nearest.map { [($0.index, $0.score)] } ?? [])
        }
        // A toll or a count of attackers the undated report shares with only one of them names
        // that one.
        func sharesAFigure(_ index: Int) -> Bool {
            clusters.keys[index].contains {
                MergeJudge.sharedToll(report.key, $0) != nil || MergeJudge.sharedAttackerCount(report.key, $0) != nil
            }
        }
        if report.key.day == nil, ranked.count > 1, best.score - ranked[1].score < MergeJudge.undatedMargin,
            !(sharesAFigure(best.index) && !ranked.dropFirst().contains { sharesAFigure($0.index) })
        {
            // Two incidents fit an undated report about as well: it stays apart, flagged with both.
            return Decision(nearlyJoined: ranked.prefix(2).map { ($0.index, $0.score) })
        }
        return Decision(target: best.index)
    }
}
