import IncidentFacts

/// Finds the incidents a recalled attack may refer to without comparing it with every incident
/// of its year and place, a bucket that grows with the archive (a city has hundreds of
/// incidents a year in a large one). Within each bucket, incidents are indexed by what can
/// raise their score above the rest (`CrossReferencer.match`): their group, the words of their
/// site and their death toll; the others all score alike, so the first of them by id stands
/// for them all.
struct RecallIndex {
    /// Incidents of one year that name one place as their city (`asCity`), or as their region
    /// or country; or, with no place, all of a year's, for recalled attacks that name none.
    private struct Key: Hashable {
        let year: Int
        let place: String?
        let asCity: Bool
    }

    /// The incidents of one key, indexed.
    private struct Bucket {
        /// Positions in the archive, smallest incident id first (the order ties are settled in).
        var members: [Int] = []
        var byGroup: [String: [Int]] = [:]
        var bySiteWord: [String: [Int]] = [:]
        /// The death tolls of the members that have one, lowest first.
        var tolls: [Int] = []
        /// For each of `tolls`, the first members (by rank in `members`) of any stretch: all of
        /// them, and those without a perpetrator.
        var firstByToll = RangeMinimum([])
        var firstWithoutGroupByToll = RangeMinimum([])
        /// The first two members without a perpetrator (one may be the recalling incident).
        var firstWithoutGroup: [Int] = []
    }

    private var buckets: [Key: Bucket] = [:]
    /// Each incident's site words, made once: a recalled attack is compared with many incidents.
    private(set) var siteWords: [Set<String>?] = []

    init(_ incidents: [Incident]) {
        siteWords = ParallelMap.map(incidents) { $0.facts.location.site.map(MergeJudge.siteWords) }
        var members: [Key: [Int]] = [:]
        // Taken in id order, so every bucket is in that order without a sort of its own (the
        // year's bucket, which holds all of them, grows with the archive).
        let byID = incidents.indices.sorted { incidents[$0].id < incidents[$1].id }
        for i in byID {
            let incident = incidents[i]
            guard let year = incident.sortDate?.year else { continue }
            members[Key(year: year, place: nil, asCity: false), default: []].append(i)
            let location = incident.facts.location
            // City, region and country, each once (a city-state can be all three).
            var names: [String] = []
            for name in [location.city, location.region, location.country] {
                if let name, !names.contains(name) { names.append(name) }
            }
            for name in names {
                members[Key(year: year, place: name, asCity: name == location.city), default: []].append(i)
            }
        }
        for (key, positions) in members {
            var bucket = Bucket()
            bucket.members = positions
            var byToll: [(killed: Int, rank: Int32, hasGroup: Bool)] = []
            for (rank, position) in bucket.members.enumerated() {
                let facts = incidents[position].facts
                for group in Set(facts.perpetrators.map { $0.name }) {
                    bucket.byGroup[group, default: []].append(position)
                }
                for word in siteWords[position] ?? [] { bucket.bySiteWord[word, default: []].append(position) }
                if let killed = facts.killed?.best { byToll.append((killed, Int32(rank), !facts.perpetrators.isEmpty)) }
                if facts.perpetrators.isEmpty && bucket.firstWithoutGroup.count < 2 {
                    bucket.firstWithoutGroup.append(position)
                }
            }
            if key.asCity {
                byToll.sort { ($0.killed, $0.rank) < ($1.killed, $1.rank) }
                bucket.tolls = byToll.map { $0.killed }
                bucket.firstByToll = RangeMinimum(byToll.map { $0.rank })
                bucket.firstWithoutGroupByToll = RangeMinimum(byToll.map { $0.hasGroup ? .max : $0.rank })
            }
            buckets[key] = bucket
        }
    }

    /// Positions of the incidents `recalled` may refer to, among them the best match if there
    /// is one; unordered, possibly repeated. `whatWords` are the site words of what it names.
    func candidates(for recalled: RecalledAttack, whatWords: Set<String>?) -> [Int] {
        guard let year = recalled.year else { return [] }
        var found: [Int] = []
        let keys =
            recalled.place.map {
                [Key(year: year, place: $0, asCity: true), Key(year: year, place: $0, asCity: false)]
            }
            ?? [Key(year: year, place: nil, asCity: false)]
        for key in keys {
            guard let bucket = buckets[key] else { continue }
            if let group = recalled.perpetrator { found += bucket.byGroup[group] ?? [] }
            for word in whatWords ?? [] { found += bucket.bySiteWord[word] ?? [] }
            // Only a city match scores enough without a group or site to back it.
            guard key.asCity else { continue }
            found += bucket.members.prefix(2)
            if recalled.perpetrator != nil { found += bucket.firstWithoutGroup }
            // Of those whose toll agrees, only the first two with and without a group can come
            // out best: the others score alike and come after them.
            if let killed = recalled.killed {
                let stretch = Self.agreeingTolls(killed, in: bucket.tolls)
                var ranks = bucket.firstByToll.twoSmallest(in: stretch)
                if recalled.perpetrator != nil { ranks += bucket.firstWithoutGroupByToll.twoSmallest(in: stretch) }
                found += ranks.map { bucket.members[Int($0)] }
            }
        }
        return found
    }

    /// Whether a recalled attack's toll agrees with an incident's: within two, or a fifth of it.
    static func tollsAgree(_ recalled: Int, _ incident: Int) -> Bool {
        abs(recalled - incident) <= max(2, incident / 5)
    }

    /// The stretch of `tolls` (sorted) that agrees with `killed`. Agreeing tolls form one
    /// interval: the gap allowed grows more slowly than the toll.
    static func agreeingTolls(_ killed: Int, in tolls: [Int]) -> Range<Int> {
        // The lowest and highest agreeing tolls, by bisection over the tolls themselves.
        var low = max(0, killed * 4 / 5 - 3), high = killed
        while low < high {
            let middle = (low + high) / 2
            if tollsAgree(killed, middle) { high = middle } else { low = middle + 1 }
        }
        let lowest = low
        low = killed
        high = killed * 5 / 4 + 3
        while low < high {
            let middle = (low + high + 1) / 2
            if tollsAgree(killed, middle) { low = middle } else { high = middle - 1 }
        }
        let highest = low
        return firstIndex(in: tolls, notBelow: lowest)..<firstIndex(in: tolls, notBelow: highest + 1)
    }

    /// The first index of sorted `values` holding `value` or more.
    private static func firstIndex(in values: [Int], notBelow value: Int) -> Int {
        var start = 0, end = values.count
        while start < end {
            let middle = (start + end) / 2
            if values[middle] < value { start = middle + 1 } else { end = middle }
        }
        return start
    }
}
