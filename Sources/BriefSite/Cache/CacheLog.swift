import Foundation
import SystemPackage

/// A cache file of byte payloads by key, kept as a log: a build that made a few new entries
/// appends them instead of rewriting the file, and the file is rewritten without stale entries
/// once they outnumber the live ones. Each entry carries a checksum, so a build killed while
/// appending loses only the entries it was writing. The header names the format and the binary
/// that wrote it; a file from another binary, or damaged, reads as empty.
struct CacheLog: Sendable {
    let path: String
    private let header: [UInt8]
    private let bytes: [UInt8]
    /// Payload ranges by key, each followed by its checksum; a key logged twice keeps its
    /// last entry. Checksums are verified when a payload is read, on whichever core reads it.
    private let stored: [ContentHash: Range<Int>]
    /// Entries in the file, stale ones included.
    private let entryCount: Int
    /// Where the intact part of the file ends (a torn entry from a killed build may follow).
    private let intactLength: Int

    /// The log at `path`; empty unless its header is `version` and `identity`.
    init(path: String, version: Int, identity: ContentHash) {
        self.path = path
        var writer = ByteWriter()
        writer.int(version)
        writer.hash(identity)
        header = writer.bytes
        guard let bytes = FileSystem.read(path), bytes.starts(with: header) else {
            (self.bytes, stored, entryCount, intactLength) = ([], [:], 0, 0)
            return
        }
        // The entries are listed first, then filed by key at a known size: growing the table
        // as entries came cost more than reading the file.
        var entries: [(key: ContentHash, payload: Range<Int>)] = []
        var reader = ByteReader(bytes, range: header.count..<bytes.count)
        var intact = reader.offset
        while reader.offset < bytes.count {
            do throws(ByteReader.Corrupt) {
                let key = try reader.hash()
                let length = try reader.count()
                let payload = reader.offset..<(reader.offset + length)
                reader.offset += length
                _ = try reader.hash()  // the checksum; a torn entry ends before it
                entries.append((key, payload))
                intact = reader.offset
            } catch {
                break
            }
        }
        var stored = [ContentHash: Range<Int>](minimumCapacity: entries.count)
        for (key, payload) in entries { stored[key] = payload }
        (self.bytes, self.stored, entryCount, intactLength) = (bytes, stored, entries.count, intact)
    }

    /// True when the file held no entries (a first build, or another binary's file).
    var isEmpty: Bool { stored.isEmpty }

    /// True when an entry is stored under `key` (its checksum is not checked).
    func has(_ key: ContentHash) -> Bool { stored[key] != nil }

    /// The payload stored for `key`, when its checksum holds.
    func payload(for key: ContentHash) -> ArraySlice<UInt8>? {
        verified(key).map { bytes[$0] }
    }

    /// A reader over the payload stored for `key` (the file's bytes are shared, not copied).
    func reader(for key: ContentHash) -> ByteReader? {
        verified(key).map { ByteReader(bytes, range: $0) }
    }

    private func verified(_ key: ContentHash) -> Range<Int>? {
        guard let range = stored[key] else { return nil }
        var reader = ByteReader(bytes, range: range.upperBound..<bytes.count)
        guard let checksum = try? reader.hash(), checksum == Self.checksum(bytes[range]) else { return nil }
        return range
    }

    /// Records the entries of this build (a key given twice keeps its first value): new ones,
    /// made by `encode`, are appended, or the whole file is rewritten with only these entries
    /// when stale ones would outnumber them. Best effort: a cache that cannot be written costs
    /// time next build, nothing else.
    func save<Value>(_ entries: [(key: ContentHash, value: Value)], encode: (Value) -> [UInt8]) {
        // Nearly every key of a rebuild is stored already: only the new ones are gathered
        // (without a table of all twenty thousand), and all of them only for a rewrite.
        var newKeys: Set<ContentHash> = []
        var new: [(key: ContentHash, value: Value)] = []
        for entry in entries where stored[entry.key] == nil && newKeys.insert(entry.key).inserted {
            new.append(entry)
        }
        // Stale entries outnumbering live ones (counted as if no key were given twice, which
        // only moves the threshold) call for a rewrite.
        let compact = entryCount + new.count > 2 * entries.count + 64
        if new.isEmpty && !compact { return }
        if intactLength > 0 && !compact {
            var writer = ByteWriter()
            for (key, value) in new { Self.append(key, encode(value), to: &writer) }
            if appendToFile(writer.bytes) { return }
        }
        var writer = ByteWriter()
        writer.bytes = header
        var written: Set<ContentHash> = []
        for (key, value) in entries where written.insert(key).inserted {
            // A damaged payload is made again rather than copied under a fresh checksum.
            Self.append(key, payload(for: key).map { Array($0) } ?? encode(value), to: &writer)
        }
        try? FileSystem.makeFolder((path as NSString).deletingLastPathComponent)
        try? FileSystem.replace(path, with: writer.bytes)
    }

    /// One entry: key, payload, checksum.
    private static func append(_ key: ContentHash, _ payload: [UInt8], to writer: inout ByteWriter) {
        writer.hash(key)
        writer.int(payload.count)
        writer.bytes.append(contentsOf: payload)
        writer.hash(checksum(payload[...]))
    }

    /// Writes `entries` after the intact part of the file, dropping a torn tail first.
    private func appendToFile(_ entries: [UInt8]) -> Bool {
        do {
            let file = try FileDescriptor.open(atPath: path, .writeOnly)
            return try file.closeAfter {
                try file.resize(to: Int64(intactLength))
                guard try file.seek(offset: 0, from: .end) == Int64(intactLength) else { return false }
                try file.writeAll(entries)
                return true
            }
        } catch {
            return false
        }
    }

    private static func checksum(_ payload: ArraySlice<UInt8>) -> ContentHash {
        var hash = ContentHash()
        payload.withUnsafeBytes { hash.add(buffer: $0) }
        return hash
    }
}
