import IncidentFacts

/// Ranks related incidents by a weighted score with a fixed tie-break, so every build lists
/// the same ones in the same order.
enum RelatedRanker {
    static let limit = 5

    /// Weights: same group 4, same city 3, same country 1.5, same target 1, each shared weapon
    /// 0.5, and up to 1 for nearness in time (falling off over ten years).
    static func score(_ a: FactSheet, _ b: FactSheet, _ da: SimpleDate?, _ db: SimpleDate?) -> Double {
        var score = 0.0
        let groupsA = Set(a.perpetrators.map(\.name))
        if !groupsA.isDisjoint(with: b.perpetrators.map(\.name)) { score += 4 }
        if let x = a.location.city, x == b.location.city { score += 3 }
        if let x = a.location.country, x == b.location.country { score += 1.5 }
        if let x = a.targetType, x == b.targetType { score += 1 }
        score += 0.5 * Double(Set(a.weapons.map(\.category)).intersection(b.weapons.map(\.category)).count)
        if let da, let db {
            let years = Double(abs(da.dayNumber - db.dayNumber)) / 365.25
            score += max(0, 1 - years / 10)
        }
        return score
    }

    /// The related list of every incident. Only incidents sharing a group, city or country can
    /// reach the threshold, so candidates come from those indexes, and the work runs on all cores.
    static func relatedLists(_ all: [Incident]) -> [[String]] {
        var byKey: [String: [Int]] = [:]
        for (i, incident) in all.enumerated() {
            let f = incident.facts
            var keys = f.perpetrators.map { "g:" + $0.name }
            if let city = f.location.city { keys.append("c:" + city) }
            if let country = f.location.country { keys.append("n:" + country) }
            for key in Set(keys) { byKey[key, default: []].append(i) }
        }
        let index = byKey
        return ParallelMap.map(Array(all.indices)) { i in
            let f = all[i].facts
            var keys = f.perpetrators.map { "g:" + $0.name }
            if let city = f.location.city { keys.append("c:" + city) }
            if let country = f.location.country { keys.append("n:" + country) }
            var candidates = Set<Int>()
            for key in keys { candidates.formUnion(index[key] ?? []) }
            candidates.remove(i)
            return related(to: all[i], among: candidates.sorted().map { all[$0] })
        }
    }

    static func related(to incident: Incident, among all: [Incident]) -> [String] {
        var scored: [(String, Double)] = []
        for other in all where other.id != incident.id {
            let s = score(incident.facts, other.facts, incident.sortDate, other.sortDate)
            // Sharing only weapons or a target is not a relation worth showing.
            if s >= 2.5 { scored.append((other.id, (s * 1000).rounded() / 1000)) }
        }
        scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return scored.prefix(limit).map(\.0)
    }
}
