import IncidentFacts

/// Merges reports of the same attack into incidents.
///
/// Two reports are the same attack when their places agree, their attack dates are within two
/// days, and their groups, targets and sites do not contradict each other. Reports are taken
/// oldest first and each joins the best-fitting incident so far, or starts a new one.
public enum IncidentMerger {
    /// Score a report needs against an incident to join it.
    static let joinThreshold = 3.0

    /// Groups incident articles into incidents, sorted newest first.
    public static func merge(_ reports: [(Article, FactSheet)]) -> [Incident] {
        var ignored: [Diagnostic] = []
        return merge(reports, diagnostics: &ignored)
    }

    /// Groups incident articles into incidents, sorted newest first; id conflicts are reported.
    public static func merge(_ reports: [(Article, FactSheet)], diagnostics: inout [Diagnostic]) -> [Incident] {
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
        // What compatibility compares, worked out once per report rather than per comparison.
        var clusterKeys: [[MergeKey]] = []
        // Clusters by day and country of their reports, so a report is compared only with
        // reports at most four days away (and undated ones) that are in its country or name
        // none: a report in another country rules a cluster out. The archive can hold 100,000
        // incidents, dozens a day.
        var byDay: [Int: [(cluster: Int, country: Int?)]] = [:]
        var undated: [Int] = []
        var countryCodes: [String: Int] = [:]
        // What compatibility compares does not depend on the clusters: made on all cores first.
        let keys = ParallelMap.map(order) { MergeKey(reports[$0].1) }
        for (position, (article, facts)) in ordered.enumerated() {
            let source = Source(article: article, facts: facts)
            let key = keys[position]
            // Countries by number, so the comparisons below look at no text.
            let country = facts.location.country.map { name in
                if let code = countryCodes[name] { return code }
                countryCodes[name] = countryCodes.count
                return countryCodes.count - 1
            }
            var candidates = undated
            if let day = (facts.date ?? facts.published)?.dayNumber {
                for d in (day - 4)...(day + 4) {
                    for filed in byDay[d] ?? [] where country == nil || filed.country == nil || filed.country == country
                    {
                        candidates.append(filed.cluster)
                    }
                }
            } else {
                candidates = Array(clusters.indices)
            }
            candidates.sort()
            var best: (index: Int, score: Double)?
            for (k, index) in candidates.enumerated() where k == 0 || candidates[k - 1] != index {
                var score = Double.infinity
                for other in clusterKeys[index] {
                    score = min(score, compatibility(key, other))
                    if score < joinThreshold { break }
                }
                if clusterKeys[index].isEmpty { score = -.infinity }
                if score >= joinThreshold, best == nil || score > best!.score { best = (index, score) }
            }
            let target = best?.index ?? clusters.count
            if let day = (facts.date ?? facts.published)?.dayNumber {
                if !(byDay[day]?.contains { $0.cluster == target && $0.country == country } ?? false) {
                    byDay[day, default: []].append((target, country))
                }
            } else if !undated.contains(target) {
                undated.append(target)
            }
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

    /// A report's facts with the sets compatibility compares.
    struct MergeKey: Sendable {
        let facts: FactSheet
        let groups: Set<String>
        let siteWords: Set<String>?

        init(_ facts: FactSheet) {
            self.facts = facts
            groups = Set(facts.perpetrators.map(\.name))
            siteWords = facts.location.site.map(IncidentMerger.siteWords)
        }
    }

    /// How well two reports fit one attack; below `joinThreshold` they stay apart.
    static func compatibility(_ keyA: MergeKey, _ keyB: MergeKey) -> Double {
        let a = keyA.facts, b = keyB.facts
        var score = 0.0
        if let x = a.location.country, let y = b.location.country {
            guard x == y else { return -.infinity }
            score += 0.5
        }
        if let x = a.location.city, let y = b.location.city {
            guard x == y else { return -.infinity }
            score += 2
        }
        if let x = a.date, let y = b.date {
            let gap = abs(x.dayNumber - y.dayNumber)
            guard gap <= 2 else { return -.infinity }
            score += gap == 0 ? 2 : 1.5
        } else if let x = a.date ?? a.published, let y = b.date ?? b.published {
            let gap = abs(x.dayNumber - y.dayNumber)
            guard gap <= 4 else { return -.infinity }
            score += 1
        } else if let x = a.date ?? a.published ?? b.date ?? b.published {
            // An undated report cannot be placed in time; the year in its text must not contradict.
            _ = x
        }
        if let x = a.targetType, let y = b.targetType {
            score += x == y ? 1 : -2
        }
        let groupsA = keyA.groups, groupsB = keyB.groups
        if !groupsA.isEmpty && !groupsB.isEmpty {
            score += groupsA.isDisjoint(with: groupsB) ? -2 : 1
        }
        if let x = keyA.siteWords, let y = keyB.siteWords {
            let shared = x.intersection(y)
            score += shared.isEmpty ? 0 : min(2, Double(shared.count))
        }
        if let x = a.attackType, let y = b.attackType, x == y { score += 0.5 }
        return score
    }

    /// Distinctive words of a site name ("karachi", "police", "office").
    static func siteWords(_ site: String) -> Set<String> {
        let stop: Set<String> = ["the", "of", "a", "and", "in", "on", "at", "'s", "near"]
        return Set(
            site.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter {
                !stop.contains($0) && $0.count > 2
            })
    }
}
