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
        // One numbering per kind of name: only names of one kind are ever compared.
        var groups: [String: Int] = [:], cities: [String: Int] = [:]
        var countries: [String: Int] = [:], targets: [String: Int] = [:]
        func code(_ s: String?, in names: inout [String: Int]) -> Int {
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
                groups: f.perpetrators.map { code($0.name, in: &groups) }.sorted(),
                city: code(f.location.city, in: &cities), country: code(f.location.country, in: &countries),
                target: code(f.targetType, in: &targets), weapons: mask, day: incident.sortDate?.dayNumber)
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

    /// The best few candidates so far, highest score first, ties by id; no sort of all candidates.
    struct TopList {
        let limit: Int
        let ids: [String]
        var entries: [(index: Int, score: Double)] = []

        init(limit: Int, ids: [String]) {
            self.limit = limit
            self.ids = ids
        }

        func ranksBefore(_ a: (index: Int, score: Double), _ b: (index: Int, score: Double)) -> Bool {
            a.score != b.score ? a.score > b.score : ids[a.index] < ids[b.index]
        }

        mutating func offer(_ index: Int, _ score: Double) {
            let entry = (index: index, score: score)
            if entries.count == limit, let last = entries.last, !ranksBefore(entry, last) { return }
            var at = entries.count
            while at > 0 && ranksBefore(entry, entries[at - 1]) { at -= 1 }
            entries.insert(entry, at: at)
            if entries.count > limit { entries.removeLast() }
        }
    }
}
