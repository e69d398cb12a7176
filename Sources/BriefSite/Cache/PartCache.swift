/// Parts of the site-wide files that are about one incident each (its item in the API file, its
/// CSV row, its search-index row), kept from build to build under a fingerprint of what the
/// part is made from: a rebuild after one edit makes that incident's parts and copies the rest.
struct PartCache: Sendable {
    let log: CacheLog
    /// By archive position.
    let keys: [ContentHash]

    /// The cache file at `path` (read now) for parts with these keys.
    init(path: String, keys: [ContentHash]) {
        log = CacheLog(path: path, version: 1, identity: FactsCache.toolIdentity)
        self.keys = keys
    }

    /// Every incident's part, in archive order, handed to `take` as it is made: on all cores, a
    /// batch of `batchSize` at a time, so that a build without a cache holds one batch and not
    /// every part (the API file's items alone run to hundreds of MB at 100,000 articles). From
    /// `cache` when it has the part, else by `make`; the cache then records this build's parts.
    /// Kept parts are slices of the cache file, not copies.
    static func forEachPart(
        _ cache: PartCache?, count: Int, make: @Sendable (Int) -> [UInt8],
        _ take: (ArraySlice<UInt8>) throws -> Void
    ) rethrows {
        var made: [ArraySlice<UInt8>] = []
        for start in stride(from: 0, to: count, by: batchSize) {
            let batch = ParallelMap.map(Array(start..<min(start + batchSize, count))) { i -> ArraySlice<UInt8> in
                if let cache, let stored = cache.log.payload(for: cache.keys[i]) { return stored }
                return make(i)[...]
            }
            for part in batch { try take(part) }
            if cache != nil { made += batch }
        }
        if let cache { cache.log.save(Array(zip(cache.keys, made)), encode: { Array($0) }) }
    }

    /// Large enough that the cores rarely wait for one another, small enough to hold a few MB.
    static let batchSize = 1024
}
