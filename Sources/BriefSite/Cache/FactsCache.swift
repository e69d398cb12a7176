import Foundation
import IncidentFacts
import SystemPackage

/// Extraction results of earlier builds, so a rebuild extracts only the articles that changed.
///
/// An entry is keyed by the article's path and bytes (all that extraction reads); the file is
/// stamped with the identity of the `sitrep` binary that wrote it, so a new version of the
/// rules never reuses old facts. Kept as a `CacheLog`: a rebuild appends the few articles it
/// extracted.
struct FactsCache: Sendable {
    /// Bump when `FactSheetCodec` or the entry layout changes.
    static let formatVersion = 4  // 4: who a group is attributed by
    static let fileName = "facts.bin"

    private let log: CacheLog

    /// The cache in `folder`; empty when there is none or it was written by another binary.
    static func load(folder: String) -> FactsCache {
        FactsCache(log: CacheLog(path: folder + "/" + fileName, version: formatVersion, identity: toolIdentity))
    }

    /// The cached facts for `key`, or nil. Their evidence is read from the cache when first
    /// asked for: a rebuild needs it only for the few briefs it makes again.
    func facts(for key: ContentHash) -> FactSheet? {
        guard var reader = log.reader(for: key) else { return nil }
        return try? FactSheetCodec.decode(&reader, deferringEvidence: true)
    }

    /// Records this build's articles (see `CacheLog.save`).
    func save(_ entries: [(key: ContentHash, facts: FactSheet)]) {
        log.save(entries.map { ($0.key, $0.facts) }, encode: FactSheetCodec.encode)
    }

    /// The key of one article's extraction: its path and bytes, which everything extraction
    /// reads (body, editor's title and date, the date in the file name) comes from.
    static func key(for article: Article) -> ContentHash { article.sourceHash }

    /// The running binary's size and modification time: any rebuild of Sitrep changes it.
    static let toolIdentity: ContentHash = {
        var hash = ContentHash()
        let path =
            FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments[0]
        if let info = try? path.withCString({ try Stat($0) }) {
            hash.add(Int(info.size))
            hash.add(Int(info.st_mtim.tv_sec))
            hash.add(Int(info.st_mtim.tv_nsec))
        }
        hash.add(formatVersion)
        return hash
    }()
}
