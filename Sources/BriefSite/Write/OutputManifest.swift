import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What the last build wrote: each file's content hash and what the file system said about it
/// (size and modification time). A file whose hash is unchanged and that nobody touched
/// since is not written again, which keeps a rebuild after one edit short.
struct OutputManifest: Sendable {
    struct Entry: Sendable, Equatable {
        var hash: ContentHash
        var stamp: FileStamp
        /// The fingerprint of what the file was made from, when known (briefs).
        var inputs: ContentHash?
    }

    /// The output folder it describes (absolute).
    var output: String
    var entries: [String: Entry]

    static let formatVersion = 3

    static func load(_ path: String) -> OutputManifest? {
        guard let bytes = FileSystem.read(path) else { return nil }
        var r = ByteReader(bytes, range: 0..<bytes.count)
        do throws(ByteReader.Corrupt) {
            guard try r.int() == formatVersion else { return nil }
            let output = try r.string()
            let count = try r.count()
            var entries: [String: Entry] = [:]
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let path = try r.string()
                let hash = try r.hash()
                let stamp = FileStamp(size: try r.int(), seconds: try r.int(), nanoseconds: try r.int())
                let inputs = try r.optional { r throws(ByteReader.Corrupt) in try r.hash() }
                entries[path] = Entry(hash: hash, stamp: stamp, inputs: inputs)
            }
            return OutputManifest(output: output, entries: entries)
        } catch {
            return nil
        }
    }

    /// The manifest's bytes, entries sorted so the file is the same for the same site.
    func encoded() -> [UInt8] {
        var w = ByteWriter()
        w.int(Self.formatVersion)
        w.string(output)
        w.int(entries.count)
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            w.string(path)
            w.hash(entry.hash)
            w.int(entry.stamp.size)
            w.int(entry.stamp.seconds)
            w.int(entry.stamp.nanoseconds)
            w.optional(entry.inputs) { $0.hash($1) }
        }
        return w.bytes
    }
}

/// What `lstat` says about a regular file, enough to notice that it was edited or replaced
/// (sizes and nanosecond modification times; copies made with `cp -a` keep both and count as
/// the same file).
struct FileStamp: Sendable, Equatable {
    var size: Int
    var seconds: Int
    var nanoseconds: Int

    /// The stamp of the regular file at `path`; nil for anything else or nothing.
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileStamp(
            size: Int(info.st_size), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
    }
}
