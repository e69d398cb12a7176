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

    /// The members of one tier's bucket that have one target and one set of weapon kinds:
    /// each adds the same to an incident's score but for nearness in time, so a walk outwards
    /// in time can stop at the first that cannot enter the list. (In one undivided bucket, a
    /// walk for an incident whose best matches share less than it could went on for years,
    /// through more candidates the larger the archive.)
    struct Bucket {
        let target: Int
        let weapons: UInt8
        /// Dated members sorted by day, then index.
        var dated: [(day: Int, index: Int)] = []
        var undated: [Int] = []

        /// What the target and weapons of this bucket's members add to `f`'s score with them.
        func shared(with f: Features) -> Double {
            (f.target >= 0 && target == f.target ? 1 : 0) + 0.5 * Double((weapons & f.weapons).nonzeroBitCount)
        }
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
    /// time from the incident, bucket by bucket (one target and weapons each), and a search
    /// stops as soon as nothing left could beat the fifth best so far: the most a candidate can
    /// still score is the tier's shared features, what its bucket's target and weapons add, and
    /// its nearness in time, which only falls with distance.
    static func relatedLists(_ all: [Incident]) -> [[String]] {
        let features = self.features(all)
        let index = buckets(features)
        let ids = all.map { $0.id }
        return ParallelMap.map(Array(all.indices)) { i in
            let f = features[i]
            var best = TopList(limit: limit, ids: ids)
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
            let extras = (f.target >= 0 ? 1 : 0) + 0.5 * Double(f.weapons.nonzeroBitCount)
            for (tier, key) in bucketKeys(f) {
                guard let buckets = index[key], worthIt(tier.base + extras + 1) else { continue }
                // Those that share the most first, so the list fills with the best early.
                let ranked = buckets.map { (bucket: $0, most: tier.base + $0.shared(with: f)) }
                for (bucket, most) in ranked.sorted(by: { $0.most > $1.most }) where worthIt(most + 1) {
                    if worthIt(most) { for j in bucket.undated { consider(j, tier: tier) } }
                    guard let day = f.day else {
                        for entry in bucket.dated {
                            if !worthIt(most) { break }
                            consider(entry.index, tier: tier)
                        }
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
                        if !worthIt(most + nearness) { break }
                        consider(entry.index, tier: tier)
                        if takeLeft { left -= 1 } else { right += 1 }
                    }
                }
            }
            return best.entries.map { ids[$0.index] }
        }
    }

    /// Every incident filed under each of its tiers' keys, by target and weapon kinds.
    static func buckets(_ features: [Features]) -> [BucketKey: [Bucket]] {
        struct Signature: Hashable {
            let key: BucketKey
            let target: Int
            let weapons: UInt8
        }
        var buckets: [BucketKey: [Bucket]] = [:]
        var positions: [Signature: Int] = [:]
        for (i, f) in features.enumerated() {
            for (_, key) in bucketKeys(f) {
                let signature = Signature(key: key, target: f.target, weapons: f.weapons)
                let position =
                    positions[signature]
                    ?? {
                        buckets[key, default: []].append(Bucket(target: f.target, weapons: f.weapons))
                        positions[signature] = buckets[key]!.count - 1
                        return buckets[key]!.count - 1
                    }()
                if let day = f.day {
                    buckets[key]![position].dated.append((day, i))
                } else {
                    buckets[key]![position].undated.append(i)
                }
            }
        }
        for key in buckets.keys {
            for k in buckets[key]!.indices {
                buckets[key]![k].dated.sort { $0.day != $1.day ? $0.day < $1.day : $0.index < $1.index }
            }
        }
        return buckets
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
