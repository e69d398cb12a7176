import IncidentFacts

/// Incidents by year, and by year and place name, so a recalled attack is compared only with
/// incidents it could match (same year; and, when it names a place, that city, region or
/// country) instead of every incident of its year.
struct RecallIndex {
    private struct YearPlace: Hashable {
        let year: Int
        let place: String
    }

    private var byYear: [Int: [Int]] = [:]
    private var byYearPlace: [YearPlace: [Int]] = [:]
    /// Each incident's site words, made once: a recalled attack is compared with many incidents.
    private(set) var siteWords: [Set<String>?] = []

    init(_ incidents: [Incident]) {
        byYearPlace.reserveCapacity(incidents.count)
        siteWords = ParallelMap.map(incidents) { $0.facts.location.site.map(MergeJudge.siteWords) }
        for (i, incident) in incidents.enumerated() {
            guard let year = incident.sortDate?.year else { continue }
            byYear[year, default: []].append(i)
            let location = incident.facts.location
            // City, region and country, each once (a city-state can be all three).
            var names: [String] = []
            for name in [location.city, location.region, location.country] {
                if let name, !names.contains(name) { names.append(name) }
            }
            for place in names { byYearPlace[YearPlace(year: year, place: place), default: []].append(i) }
        }
    }

    /// Indices of the incidents `recalled` may refer to, in archive order.
    func candidates(for recalled: RecalledAttack) -> [Int] {
        guard let year = recalled.year else { return [] }
        if let place = recalled.place { return byYearPlace[YearPlace(year: year, place: place)] ?? [] }
        return byYear[year] ?? []
    }
}
