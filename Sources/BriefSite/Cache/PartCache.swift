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

    /// Every incident's part, in archive order, made on all cores: from `cache` when it has
    /// it, else by `make`; the cache then records this build's parts.
    /// Kept parts are slices of the cache file, not copies.
    static func parts(_ cache: PartCache?, count: Int, make: @Sendable (Int) -> [UInt8]) -> [ArraySlice<UInt8>] {
        let parts = ParallelMap.map(Array(0..<count)) { i -> ArraySlice<UInt8> in
            if let cache, let stored = cache.log.payload(for: cache.keys[i]) { return stored }
            return make(i)[...]
        }
        if let cache { cache.log.save(Array(zip(cache.keys, parts)), encode: { Array($0) }) }
        return parts
    }
}
