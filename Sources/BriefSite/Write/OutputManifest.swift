import Foundation
import SystemPackage

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
    /// Stamps of folders ("" is the output itself) whose entries were exactly the site's
    /// when recorded: while a folder's stamp is unchanged nothing was added to it, so the next
    /// build need not list it to find files that do not belong.
    var folders: [String: FileStamp] = [:]
    /// The site's other folders, whose stamps could not be trusted when recorded: with
    /// `folders`, every folder of the site, so a build whose files are the same as the
    /// previous one's knows its folders without working them out from twenty thousand paths.
    var unstampedFolders: [String] = []

    static let formatVersion = 5

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
            let folderCount = try r.count()
            var folders: [String: FileStamp] = [:]
            folders.reserveCapacity(folderCount)
            for _ in 0..<folderCount {
                let path = try r.string()
                folders[path] = FileStamp(size: try r.int(), seconds: try r.int(), nanoseconds: try r.int())
            }
            let unstamped = try r.array { r throws(ByteReader.Corrupt) in try r.string() }
            return OutputManifest(output: output, entries: entries, folders: folders, unstampedFolders: unstamped)
        } catch {
            return nil
        }
    }

    /// The manifest's bytes. Entries are in no particular order: sorting twenty thousand paths
    /// cost a rebuild more than writing them, and only Sitrep reads the file.
    func encoded() -> [UInt8] {
        Self.encodedEntries(output: output, entries) + Self.encodedFolders(folders, unstamped: unstampedFolders)
    }

    /// The first part of `encoded()`: what comes before the folders.
    static func encodedEntries(output: String, _ entries: [String: Entry]) -> [UInt8] {
        var w = ByteWriter()
        w.int(formatVersion)
        w.string(output)
        w.int(entries.count)
        for (path, entry) in entries {
            w.string(path)
            w.hash(entry.hash)
            w.int(entry.stamp.size)
            w.int(entry.stamp.seconds)
            w.int(entry.stamp.nanoseconds)
            w.optional(entry.inputs) { $0.hash($1) }
        }
        return w.bytes
    }

    /// The rest of `encoded()`.
    static func encodedFolders(_ folders: [String: FileStamp], unstamped: [String]) -> [UInt8] {
        var w = ByteWriter()
        w.int(folders.count)
        for (path, stamp) in folders {
            w.string(path)
            w.int(stamp.size)
            w.int(stamp.seconds)
            w.int(stamp.nanoseconds)
        }
        w.array(unstamped) { $0.string($1) }
        return w.bytes
    }

    /// Records the stamp of each of the site's folders (nil: not to be trusted).
    mutating func recordFolders(_ stamps: [(String, FileStamp?)]) {
        folders.reserveCapacity(stamps.count)
        for (folder, stamp) in stamps {
            if let stamp { folders[folder] = stamp } else { unstampedFolders.append(folder) }
        }
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
    static func of(_ path: String) -> FileStamp? { of(path, type: .regular) }

    /// The stamp of the folder at `path` (not a link to one); nil for anything else.
    static func ofFolder(_ path: String) -> FileStamp? { of(path, type: .directory) }

    /// The stamp of what is at `path` (`lstat`: a link is not followed) when it is of `type`.
    private static func of(_ path: String, type: FileType) -> FileStamp? {
        guard let info = try? path.withCString({ try Stat($0, followTargetSymlink: false) }), info.type == type
        else { return nil }
        return FileStamp(
            size: Int(info.size), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
    }

    /// The folder's stamp, when it can be trusted to change with the folder's next change
    /// (see `isSettled`).
    static func settledFolder(_ path: String) -> FileStamp? {
        guard let stamp = ofFolder(path), isSettled(seconds: stamp.seconds, nanoseconds: stamp.nanoseconds) else {
            return nil
        }
        return stamp
    }

    /// True when a file-system time is long enough ago that a later change cannot carry the
    /// same time. File systems take times from a clock that ticks every few milliseconds
    /// (whole seconds on some), so something changed in the tick a stamp was taken could keep
    /// it; only times well before now are trusted.
    static func isSettled(seconds: Int, nanoseconds: Int) -> Bool {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let age = Double(now.tv_sec - seconds) + Double(now.tv_nsec - nanoseconds) / 1e9
        let coarse = nanoseconds == 0  // a file system with whole-second times
        return age > (coarse ? 2.0 : 0.1)
    }
}
