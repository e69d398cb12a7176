import Foundation
import IncidentFacts

#if canImport(Glibc)
    import Glibc
#endif

/// Extraction results of earlier builds, so a rebuild extracts only the articles that changed.
///
/// An entry is keyed by the article's path and bytes (all that extraction reads) and
/// the file is stamped with the identity of the `sitrep` binary that wrote it, so a new version
/// of the rules never reuses old facts. A damaged or foreign file is ignored, never trusted.
struct FactsCache: Sendable {
    /// Bump when `FactSheetCodec` changes.
    static let formatVersion = 1
    static let fileName = "facts.bin"

    let folder: String
    private let bytes: [UInt8]
    private let stored: [ContentHash: Range<Int>]

    /// The cache in `folder`; empty when there is none or it was written by another binary.
    static func load(folder: String) -> FactsCache {
        let empty = FactsCache(folder: folder, bytes: [], stored: [:])
        guard let bytes = FileSystem.read(folder + "/" + fileName) else { return empty }
        var reader = ByteReader(bytes, range: 0..<bytes.count)
        var stored: [ContentHash: Range<Int>] = [:]
        do throws(ByteReader.Corrupt) {
            guard try reader.int() == formatVersion, try reader.hash() == toolIdentity else { return empty }
            let count = try reader.count()
            stored.reserveCapacity(count)
            for _ in 0..<count {
                let key = try reader.hash()
                let length = try reader.count()
                stored[key] = reader.offset..<(reader.offset + length)
                reader.offset += length
            }
        } catch {
            return empty
        }
        return FactsCache(folder: folder, bytes: bytes, stored: stored)
    }

    /// The cached facts for `key`, or nil.
    func facts(for key: ContentHash) -> FactSheet? {
        guard let range = stored[key] else { return nil }
        var reader = ByteReader(bytes, range: range)
        return try? FactSheetCodec.decode(&reader)
    }

    /// Writes the cache for this build's articles only (entries of deleted articles go).
    /// Best effort: a cache that cannot be written costs time next build, nothing else.
    func save(_ entries: [(key: ContentHash, facts: FactSheet)]) {
        var writer = ByteWriter()
        writer.int(Self.formatVersion)
        writer.hash(Self.toolIdentity)
        var seen = Set<ContentHash>()
        let unique = entries.filter { seen.insert($0.key).inserted }
        // Nothing new and nothing gone: the file on disk is already this one.
        if unique.count == stored.count && unique.allSatisfy({ stored[$0.key] != nil }) { return }
        writer.int(unique.count)
        for entry in unique {
            writer.hash(entry.key)
            if let range = stored[entry.key] {
                writer.int(range.count)
                writer.bytes.append(contentsOf: bytes[range])
            } else {
                let payload = FactSheetCodec.encode(entry.facts)
                writer.int(payload.count)
                writer.bytes.append(contentsOf: payload)
            }
        }
        try? FileSystem.makeFolder(folder)
        try? FileSystem.replace(folder + "/" + Self.fileName, with: writer.bytes)
    }

    /// The key of one article's extraction: its path and bytes, which everything extraction
    /// reads (body, editor's title and date, the date in the file name) comes from.
    static func key(for article: Article) -> ContentHash { article.sourceHash }

    /// The running binary's size and modification time: any rebuild of Sitrep changes it.
    static let toolIdentity: ContentHash = {
        var hash = ContentHash()
        var info = stat()
        let path =
            FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments[0]
        if stat(path, &info) == 0 {
            hash.add(Int(info.st_size))
            hash.add(Int(info.st_mtim.tv_sec))
            hash.add(Int(info.st_mtim.tv_nsec))
        }
        hash.add(formatVersion)
        return hash
    }()
}
