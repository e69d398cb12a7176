import Foundation
import IncidentFacts

#if canImport(Glibc)
    import Glibc
#endif

/// Extraction results of earlier builds, so a rebuild extracts only the articles that changed.
///
/// An entry is keyed by the article's path and bytes (all that extraction reads) and the file
/// is stamped with the identity of the `sitrep` binary that wrote it, so a new version of the
/// rules never reuses old facts. A damaged or foreign file is ignored, never trusted.
///
/// The file is a log: a build that extracted a few articles appends their entries instead of
/// rewriting tens of megabytes, and the log is rewritten without stale entries once they
/// outnumber the live ones. Each entry carries a checksum, so a build killed while appending
/// loses only the entries it was writing.
struct FactsCache: Sendable {
    /// Bump when `FactSheetCodec` or the entry layout changes.
    static let formatVersion = 2
    static let fileName = "facts.bin"

    let folder: String
    private let bytes: [UInt8]
    /// Payload ranges by key; a key logged twice keeps its last entry.
    private let stored: [ContentHash: Range<Int>]
    /// Entries in the file, stale ones included.
    private let entryCount: Int
    /// Where the intact part of the file ends (a torn entry from a killed build may follow).
    private let intactLength: Int

    private var path: String { folder + "/" + Self.fileName }

    /// The cache in `folder`; empty when there is none or it was written by another binary.
    static func load(folder: String) -> FactsCache {
        let empty = FactsCache(folder: folder, bytes: [], stored: [:], entryCount: 0, intactLength: 0)
        guard let bytes = FileSystem.read(folder + "/" + fileName) else { return empty }
        var reader = ByteReader(bytes, range: 0..<bytes.count)
        var stored: [ContentHash: Range<Int>] = [:]
        var count = 0
        do throws(ByteReader.Corrupt) {
            guard try reader.int() == formatVersion, try reader.hash() == toolIdentity else { return empty }
        } catch {
            return empty
        }
        var intact = reader.offset
        while reader.offset < bytes.count {
            do throws(ByteReader.Corrupt) {
                let key = try reader.hash()
                let length = try reader.count()
                let payload = reader.offset..<(reader.offset + length)
                reader.offset += length
                guard try reader.hash() == checksum(bytes[payload]) else { break }
                stored[key] = payload
                count += 1
                intact = reader.offset
            } catch {
                break
            }
        }
        return FactsCache(folder: folder, bytes: bytes, stored: stored, entryCount: count, intactLength: intact)
    }

    /// The cached facts for `key`, or nil.
    func facts(for key: ContentHash) -> FactSheet? {
        guard let range = stored[key] else { return nil }
        var reader = ByteReader(bytes, range: range)
        return try? FactSheetCodec.decode(&reader)
    }

    /// Records this build's articles: new entries are appended, or the whole file is rewritten
    /// with only these entries when stale ones would outnumber them. Best effort: a cache
    /// that cannot be written costs time next build, nothing else.
    func save(_ entries: [(key: ContentHash, facts: FactSheet)]) {
        var seen = Set<ContentHash>()
        let live = entries.filter { seen.insert($0.key).inserted }
        let new = live.filter { stored[$0.key] == nil }
        if new.isEmpty && entryCount <= 2 * live.count + 64 { return }
        if intactLength > 0 && entryCount + new.count <= 2 * live.count + 64 {
            var writer = ByteWriter()
            for entry in new { append(entry, to: &writer) }
            if appendToFile(writer.bytes) { return }
        }
        var writer = ByteWriter()
        writer.int(Self.formatVersion)
        writer.hash(Self.toolIdentity)
        for entry in live { append(entry, to: &writer) }
        try? FileSystem.makeFolder(folder)
        try? FileSystem.replace(path, with: writer.bytes)
    }

    /// One entry: key, payload (kept as stored when it is), checksum.
    private func append(_ entry: (key: ContentHash, facts: FactSheet), to writer: inout ByteWriter) {
        writer.hash(entry.key)
        let payload = stored[entry.key].map { Array(bytes[$0]) } ?? FactSheetCodec.encode(entry.facts)
        writer.int(payload.count)
        writer.bytes.append(contentsOf: payload)
        writer.hash(Self.checksum(payload[...]))
    }

    /// Writes `entries` after the intact part of the file, dropping a torn tail first.
    private func appendToFile(_ entries: [UInt8]) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard ftruncate(descriptor, off_t(intactLength)) == 0, lseek(descriptor, 0, SEEK_END) == off_t(intactLength)
        else { return false }
        return entries.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
    }

    private static func checksum(_ payload: ArraySlice<UInt8>) -> ContentHash {
        var hash = ContentHash()
        payload.withUnsafeBytes { hash.add(buffer: $0) }
        return hash
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
