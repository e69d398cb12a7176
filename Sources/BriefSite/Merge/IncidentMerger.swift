import IncidentFacts

/// Merges reports of the same attack into incidents.
///
/// Reports are taken in order of their attack day (undated ones last) and each joins the
/// incident it fits best (`MergeJudge`: its score against every report of the incident), or
/// starts a new one. A report with no date joins only an incident it fits clearly better than
/// any other. The order depends only on the reports, so it does not change with the order
/// files are read.
public enum IncidentMerger {
    /// Groups incident articles into incidents, sorted newest first.
    public static func merge(_ reports: [(Article, FactSheet)]) -> [Incident] {
        var ignored: [Diagnostic] = []
        return merge(reports, diagnostics: &ignored)
    }

    /// Groups incident articles into incidents, sorted newest first; id conflicts and possible
    /// duplicates are reported. `explain`, when given, is told each report's decision: which
    /// incident it joined or why it started its own (`sitrep facts --explain-merge`).
    public static func merge(
        _ reports: [(Article, FactSheet)], diagnostics: inout [Diagnostic],
        explain: ((_ file: String, _ decision: String) -> Void)? = nil
    ) -> [Incident] {
        // Sorted by position, so the large (article, facts) pairs are not moved on every swap.
        let days = reports.map { ($0.1.date ?? $0.1.published)?.dayNumber }
        let order = reports.indices.filter { reports[$0].1.isIncident }.sorted { a, b in
            switch (days[a], days[b]) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return reports[a].0.path < reports[b].0.path
            }
        }
        let ordered = order.lazy.map { reports[$0] }
        var clusters: [[Source]] = []
        // What the judge compares, worked out once per report (on all cores) rather than per
        // comparison.
        let keys = ParallelMap.map(order) { MergeJudge.Key(reports[$0].1) }
        var clusterKeys: [[MergeJudge.Key]] = []
        // Clusters by day and country of their reports, so a dated report is compared only with
        // reports at most four days away that are in its country or name none: a report in
        // another country rules a cluster out. The archive can hold 100,000 incidents, dozens a
        // day. Undated reports, which come last, look through their country's clusters.
        var byDay: [Int: [(cluster: Int, country: Int?)]] = [:]
        var byCountry: [Int?: [Int]] = [:]
        var countryCodes: [String: Int] = [:]
        for (position, (article, facts)) in ordered.enumerated() {
            let source = Source(article: article, facts: facts)
            let key = keys[position]
            // Countries by number, so the lookups below hash no text.
            let country = facts.location.country.map { name in
                if let code = countryCodes[name] { return code }
                countryCodes[name] = countryCodes.count
                return countryCodes.count - 1
            }
            var candidates: [Int] = []
            if let day = key.day {
                for d in (day - 4)...(day + 4) {
                    for filed in byDay[d] ?? [] where country == nil || filed.country == nil || filed.country == country
                    {
                        candidates.append(filed.cluster)
                    }
                }
            } else if country == nil {
                candidates = Array(clusters.indices)
            } else {
                candidates = (byCountry[country] ?? []) + (byCountry[nil] ?? [])
            }
            candidates.sort()
            var ranked: [(index: Int, score: Double)] = []
            for (k, index) in candidates.enumerated() where k == 0 || candidates[k - 1] != index {
                let score = clusterKeys[index].lazy.map { MergeJudge.score(key, $0) }.min() ?? -.infinity
                if score >= MergeJudge.joinThreshold { ranked.append((index, score)) }
            }
            ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
            var best = ranked.first
            if key.day == nil, let first = ranked.first, ranked.count > 1,
                first.score - ranked[1].score < MergeJudge.undatedMargin
            {
                // Two incidents fit an undated report about as well: it stays apart, flagged.
                diagnostics.append(
                    .warning(
                        "possible duplicate: this undated report fits \(ranked.count) incidents about as well "
                            + "(with \(clusters[first.index][0].file) and \(clusters[ranked[1].index][0].file)); "
                            + "set same_incident: in its front matter to join one", file: article.path))
                best = nil
            }
            if let explain {
                explain(article.path, explanation(key, joined: best?.index, clusters: clusters, keys: clusterKeys))
            }
            let target = best?.index ?? clusters.count
            if let day = key.day {
                if !(byDay[day]?.contains { $0.cluster == target && $0.country == country } ?? false) {
                    byDay[day, default: []].append((target, country))
                }
            }
            if !(byCountry[country]?.contains(target) ?? false) { byCountry[country, default: []].append(target) }
            if let best {
                clusters[best.index].append(source)
                clusterKeys[best.index].append(key)
            } else {
                clusters.append([source])
                clusterKeys.append([key])
            }
        }
        // Clustering is sequential; merging each cluster's facts is not.
        var incidents = ParallelMap.map(clusters) { sources -> Incident in
            let sorted = sources.sorted {
                ($0.facts.published ?? SimpleDate(dayNumber: 0), $0.file) < (
                    $1.facts.published ?? SimpleDate(dayNumber: 0), $1.file
                )
            }
            return Incident(id: "", facts: FactMerger.merge(sorted.map(\.facts)), sources: sorted)
        }
        diagnostics += IncidentIDs.assign(&incidents)
        incidents.sort { a, b in
            let da = a.sortDate ?? SimpleDate(dayNumber: 0), db = b.sortDate ?? SimpleDate(dayNumber: 0)
            return da != db ? da > db : a.id < b.id
        }
        return incidents
    }

    /// Why a report joined the incident it did, or started its own: its score against each
    /// report of the incident joined (or of the closest one).
    private static func explanation(
        _ key: MergeJudge.Key, joined: Int?, clusters: [[Source]], keys: [[MergeJudge.Key]]
    ) -> String {
        var lines: [String] = []
        for index in clusters.indices where joined == nil || index == joined {
            for (other, otherKey) in zip(clusters[index], keys[index]) {
                var reasons: [String]? = []
                let score = MergeJudge.score(key, otherKey, reasons: &reasons)
                guard joined != nil || score > 0 else { continue }
                lines.append(
                    "  with \(other.file): \(score.isFinite ? score.formatted1 : "apart") (\(reasons!.joined(separator: "; ")))"
                )
            }
        }
        let verdict =
            joined == nil ? "starts an incident of its own" : "joins the incident of \(clusters[joined!][0].file)"
        return ([verdict] + lines).joined(separator: "\n")
    }
}
