import IncidentFacts

/// Ranks related incidents by a weighted score with a fixed tie-break, so every build lists
/// the same ones in the same order.
///
/// Weights: same group 4, same city 3, same country 1.5, same target 1, each shared weapon
/// category 0.5, and up to 1 for nearness in time (falling off over ten years). Sharing only
/// weapons or a target (below 2.5) is not a relation worth showing.
enum RelatedRanker {
    static let limit = 5
    static let threshold = 2.5

    /// What the score looks at, as small integers, so comparing two incidents allocates nothing.
    struct Features: Sendable {
        var groups: [Int]
        var city: Int
        var country: Int
        var target: Int
        var weapons: UInt8
        var day: Int?
    }

    static func features(_ all: [Incident]) -> [Features] {
        var names: [String: Int] = [:]
        func code(_ s: String?) -> Int {
            guard let s else { return -1 }
            if let c = names[s] { return c }
            names[s] = names.count
            return names.count - 1
        }
        let categories = ["firearms", "explosives", "incendiary", "melee", "vehicle", "chemical", "other"]
        return all.map { incident in
            let f = incident.facts
            var mask: UInt8 = 0
            for w in f.weapons { if let i = categories.firstIndex(of: w.category) { mask |= 1 << UInt8(i) } }
            return Features(
                groups: f.perpetrators.map { code("g:" + $0.name) }.sorted(),
                city: code(f.location.city.map { "c:" + $0 }),
                country: code(f.location.country.map { "n:" + $0 }), target: code(f.targetType.map { "t:" + $0 }),
                weapons: mask, day: incident.sortDate?.dayNumber)
        }
    }

    static func score(_ a: Features, _ b: Features) -> Double {
        var score = 0.0
        if a.groups.contains(where: { b.groups.contains($0) }) { score += 4 }
        if a.city >= 0 && a.city == b.city { score += 3 }
        if a.country >= 0 && a.country == b.country { score += 1.5 }
        if a.target >= 0 && a.target == b.target { score += 1 }
        score += 0.5 * Double((a.weapons & b.weapons).nonzeroBitCount)
        if let da = a.day, let db = b.day {
            score += max(0, 1 - Double(abs(da - db)) / 365.25 / 10)
        }
        return (score * 1000).rounded() / 1000
    }

    /// The related list of every incident. Only incidents sharing a group, city or country can
    /// reach the threshold, so candidates come from those indexes, and the work runs on all cores.
    static func relatedLists(_ all: [Incident]) -> [[String]] {
        let features = self.features(all)
        var byKey: [Int: [Int]] = [:]
        for (i, f) in features.enumerated() {
            for key in Set(f.groups + [f.city, f.country]) where key >= 0 { byKey[key, default: []].append(i) }
        }
        let index = byKey
        let ids = all.map(\.id)
        return ParallelMap.map(Array(all.indices)) { i in
            let f = features[i]
            var seen = Set<Int>()
            var scored: [(Int, Double)] = []
            for key in f.groups + [f.city, f.country] where key >= 0 {
                for j in index[key] ?? [] where j != i && seen.insert(j).inserted {
                    let s = score(f, features[j])
                    if s >= threshold { scored.append((j, s)) }
                }
            }
            scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : ids[$0.0] < ids[$1.0] }
            return scored.prefix(limit).map { ids[$0.0] }
        }
    }
}
