import IncidentFacts

/// The incidents being formed while reports are merged: each one's reports, what the judge
/// compares, the ids it answers to, and indexes to find the ones a report may join.
struct Clusters {
    /// One report as the merger sees it.
    struct Report {
        let source: Source
        let key: MergeJudge.Key
        /// The ids an incident named after this report could have (`IncidentIDs.names`).
        let names: Set<String>
        /// Ids the editor says this report is not (`not_same_as:`).
        let refuses: Set<String>
        /// Country as a number, so the lookups below hash no text.
        let country: Int?
    }

    private(set) var sources: [[Source]] = []
    private(set) var keys: [[MergeJudge.Key]] = []
    private var names: [Set<String>] = []
    private var refusals: [Set<String>] = []
    // Clusters by day and country of their reports, so a dated report is compared only with
    // reports at most four days away that are in its country or name none: a report in another
    // country rules a cluster out. The archive can hold 100,000 incidents, dozens a day. Undated
    // reports, which come last, look through their country's clusters.
    private var byDay: [Int: [(cluster: Int, country: Int?)]] = [:]
    private var byCountry: [Int?: Set<Int>] = [:]
    private var countryCodes: [String: Int] = [:]

    /// The report of a source, with its country numbered.
    mutating func report(_ source: Source, key: MergeJudge.Key, names: Set<String>) -> Report {
        let country = source.facts.location.country.map { name in
            if let code = countryCodes[name] { return code }
            countryCodes[name] = countryCodes.count
            return countryCodes.count - 1
        }
        return Report(
            source: source, key: key, names: names,
            refuses: Set(source.article.frontMatter.notSameAs), country: country)
    }

    /// Clusters `report` may join, in order: near it in time and in its country (or in no
    /// country), and not ruled out by an editor's `not_same_as:` on either side.
    func candidates(for report: Report) -> [Int] {
        var found: [Int] = []
        if let day = report.key.day {
            for d in (day - 4)...(day + 4) {
                for filed in byDay[d] ?? []
                where report.country == nil || filed.country == nil || filed.country == report.country {
                    found.append(filed.cluster)
                }
            }
        } else if report.country == nil {
            found = Array(sources.indices)
        } else {
            found = Array(byCountry[report.country, default: []].union(byCountry[nil, default: []]))
        }
        found.sort()
        return found.enumerated().compactMap { k, index in
            k > 0 && found[k - 1] == index || refused(report, index) ? nil : index
        }
    }

    /// The first cluster answering to an id.
    func cluster(named id: String) -> Int? {
        names.firstIndex { $0.contains(id) }
    }

    /// True when an editor said the report and the cluster are different incidents.
    func refused(_ report: Report, _ index: Int) -> Bool {
        !report.refuses.isDisjoint(with: names[index]) || !refusals[index].isDisjoint(with: report.names)
    }

    /// The report's lowest score against the cluster's reports, or any score below `floor`
    /// once one falls under it (the rest cannot raise it).
    func score(_ report: Report, against index: Int, floor: Double) -> Double {
        var lowest = Double.infinity
        for key in keys[index] {
            lowest = min(lowest, MergeJudge.score(report.key, key))
            if lowest < floor { break }
        }
        return keys[index].isEmpty ? -.infinity : lowest
    }

    /// Adds the report to a cluster, or as a new one when `index` is nil; returns the cluster.
    @discardableResult
    mutating func add(_ report: Report, to index: Int?) -> Int {
        let target = index ?? sources.count
        if index == nil {
            sources.append([])
            keys.append([])
            names.append([])
            refusals.append([])
        }
        sources[target].append(report.source)
        keys[target].append(report.key)
        names[target].formUnion(report.names)
        refusals[target].formUnion(report.refuses)
        if let day = report.key.day, !(byDay[day]?.contains { $0 == (target, report.country) } ?? false) {
            byDay[day, default: []].append((target, report.country))
        }
        byCountry[report.country, default: []].insert(target)
        return target
    }

    /// Why a report joined the cluster it did, or started its own: its score against each
    /// report of the cluster joined (or of each candidate that scored above nothing).
    func explanation(of report: Report, joined: Int?, editor: String? = nil) -> String {
        var lines: [String] = []
        for index in joined.map({ [$0] }) ?? candidates(for: report) {
            for (other, otherKey) in zip(sources[index], keys[index]) {
                var reasons: [String]? = []
                let score = MergeJudge.score(report.key, otherKey, reasons: &reasons)
                guard joined != nil || score > 0 else { continue }
                let shown = score.isFinite ? score.formatted1 : "apart"
                lines.append("  with \(other.file): \(shown) (\(reasons!.joined(separator: "; ")))")
            }
        }
        var verdict =
            joined == nil ? "starts an incident of its own" : "joins the incident of \(sources[joined!][0].file)"
        if let editor { verdict += " (\(editor))" }
        return ([verdict] + lines).joined(separator: "\n")
    }
}
