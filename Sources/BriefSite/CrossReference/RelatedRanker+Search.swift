extension RelatedRanker {
    /// How a candidate relates to the incident being ranked, by what they share. Tiers are
    /// searched strongest first, and a candidate is scored only in the tier it belongs to.
    enum Tier: Int, CaseIterable {
        case groupAndCity, groupAndCountry, city, group, country

        /// The most the shared features of this tier add.
        var base: Double {
            switch self {
            case .groupAndCity: 4 + 3 + 1.5
            case .groupAndCountry: 4 + 1.5
            case .city: 3 + 1.5
            case .group: 4
            case .country: 1.5
            }
        }

        static func of(_ a: Features, _ b: Features) -> Tier? {
            let group = a.groups.contains(where: { b.groups.contains($0) })
            let city = a.city >= 0 && a.city == b.city
            let country = a.country >= 0 && a.country == b.country
            if group && city { return .groupAndCity }
            if group && country { return .groupAndCountry }
            if city { return .city }
            if group { return .group }
            if country { return .country }
            return nil
        }
    }

    /// A bucket of candidates: incidents sharing one tier's features, by day.
    struct BucketKey: Hashable {
        let tier: Int
        let a: Int
        let b: Int
    }

    struct Bucket {
        /// Dated members sorted by day, then index.
        var dated: [(day: Int, index: Int)] = []
        var undated: [Int] = []
    }

    /// The keys of the buckets `f` belongs to, strongest tier first.
    static func bucketKeys(_ f: Features) -> [(Tier, BucketKey)] {
        var keys: [(Tier, BucketKey)] = []
        if f.city >= 0 {
            for g in f.groups { keys.append((.groupAndCity, BucketKey(tier: 0, a: g, b: f.city))) }
        }
        if f.country >= 0 {
            for g in f.groups { keys.append((.groupAndCountry, BucketKey(tier: 1, a: g, b: f.country))) }
        }
        if f.city >= 0 { keys.append((.city, BucketKey(tier: 2, a: f.city, b: -1))) }
        for g in f.groups { keys.append((.group, BucketKey(tier: 3, a: g, b: -1))) }
        if f.country >= 0 { keys.append((.country, BucketKey(tier: 4, a: f.country, b: -1))) }
        return keys
    }

    /// The related list of every incident, on all cores.
    ///
    /// Scoring every incident against every other sharing a country grows with the square of
    /// the archive. Instead candidates are taken tier by tier, and within a tier outwards in
    /// time from the incident, and a search stops as soon as nothing left could beat the
    /// fifth best so far: the most a candidate can still score is the tier's shared features,
    /// the target and weapons, and its nearness in time, which only falls with distance.
    static func relatedLists(_ all: [Incident]) -> [[String]] {
        let features = self.features(all)
        var buckets: [BucketKey: Bucket] = [:]
        for (i, f) in features.enumerated() {
            for (_, key) in bucketKeys(f) {
                if let day = f.day {
                    buckets[key, default: Bucket()].dated.append((day, i))
                } else {
                    buckets[key, default: Bucket()].undated.append(i)
                }
            }
        }
        for key in buckets.keys {
            buckets[key]!.dated.sort { $0.day != $1.day ? $0.day < $1.day : $0.index < $1.index }
        }
        let index = buckets
        let ids = all.map { $0.id }
        return ParallelMap.map(Array(all.indices)) { i in
            let f = features[i]
            var best = TopList(limit: limit, ids: ids)
            let extras = (f.target >= 0 ? 1 : 0) + 0.5 * Double(f.weapons.nonzeroBitCount)
            func consider(_ j: Int, tier: Tier) {
                guard j != i, Tier.of(f, features[j]) == tier else { return }
                let s = score(f, features[j])
                if s >= threshold && !best.entries.contains(where: { $0.index == j }) { best.offer(j, s) }
            }
            /// False when no candidate with this bound can enter the list any more.
            func worthIt(_ bound: Double) -> Bool {
                guard best.entries.count == limit, let last = best.entries.last else {
                    return bound + 0.001 >= threshold
                }
                return bound + 0.001 >= last.score
            }
            for (tier, key) in bucketKeys(f) {
                guard let bucket = index[key] else { continue }
                guard worthIt(tier.base + extras + 1) else { continue }
                for j in bucket.undated { consider(j, tier: tier) }
                guard let day = f.day else {
                    for entry in bucket.dated { consider(entry.index, tier: tier) }
                    continue
                }
                // Two fingers moving away from the incident's day, nearest first.
                var right = bucket.dated.partitionPoint { $0.day >= day }
                var left = right - 1
                while left >= 0 || right < bucket.dated.count {
                    let takeLeft: Bool
                    if left < 0 {
                        takeLeft = false
                    } else if right >= bucket.dated.count {
                        takeLeft = true
                    } else {
                        takeLeft = day - bucket.dated[left].day <= bucket.dated[right].day - day
                    }
                    let entry = takeLeft ? bucket.dated[left] : bucket.dated[right]
                    let nearness = max(0, 1 - Double(abs(entry.day - day)) / 365.25 / 10)
                    if !worthIt(tier.base + extras + nearness) { break }
                    consider(entry.index, tier: tier)
                    if takeLeft { left -= 1 } else { right += 1 }
                }
            }
            return best.entries.map { ids[$0.index] }
        }
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, for an array where it holds from
    /// some point on (binary search).
    func partitionPoint(_ predicate: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if predicate(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
