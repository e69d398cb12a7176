import Dispatch
import Foundation
import SystemPackage

/// Thin POSIX calls for the write stage. Foundation's `Data.write` and `FileManager.removeItem`
/// on Linux cost several system calls and a flush per file, which dominated large builds.
enum FileSystem {
    /// An error from a system call, with the path and the reason.
    struct Failure: Error, LocalizedError {
        let path: String
        let reason: String
        var errorDescription: String? { "\(path): \(reason)" }

        init(_ path: String, errno code: Int32) {
            self.path = path
            reason = String(cString: strerror(code))
        }
    }

    /// Creates or replaces the file at `path` with `bytes`.
    static func write(_ path: String, _ bytes: some Collection<UInt8>) throws {
        do {
            let file = try FileDescriptor.open(
                atPath: path, .writeOnly, options: [.create, .truncate],
                permissions: [.ownerReadWrite, .groupRead, .otherRead])
            try file.closeAfter { _ = try file.writeAll(bytes) }
        } catch let error as Errno {
            throw Failure(path, errno: error.rawValue)
        }
    }

    /// The bytes of the file at `path`, or nil when it cannot be read.
    static func read(_ path: String) -> [UInt8]? {
        do {
            let file = try FileDescriptor.open(atPath: path, .readOnly)
            defer { try? file.close() }
            return try read(file, expectedSize: Int(try file.stat().size))
        } catch {
            return nil
        }
    }

    /// The bytes of the open `file`, which `fstat` said holds `expectedSize`. A file that grew
    /// since is read on, a chunk at a time, until it ends or more than `limit` bytes are read,
    /// so a file that keeps growing is not read without end.
    static func read(_ file: FileDescriptor, expectedSize: Int, limit: Int = .max) throws -> [UInt8] {
        // Uninitialized memory one byte longer than the file: cache files run to tens of MB,
        // and zero-filling them first cost as much as reading them.
        var bytes = try [UInt8](unsafeUninitializedCapacity: expectedSize + 1) { buffer, count in
            count = try file.read(fully: UnsafeMutableRawBufferPointer(buffer))
        }
        // The file grew after fstat: the rest too.
        if bytes.count > expectedSize { try file.readRest(appendingTo: &bytes, limit: limit) }
        return bytes
    }

    /// Replaces the file at `path` in one step: written beside it (named for this process, so
    /// two processes never share a temporary file), then renamed over it. Readers see the old
    /// bytes or the new ones, never a part.
    static func replace(_ path: String, with bytes: [UInt8]) throws {
        let temporary = temporaryName(of: path, process: "\(getpid())")
        try write(temporary, bytes)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw Failure(path, errno: code)
        }
    }

    /// `<path>.partial-<pid>`: where `replace` writes the new bytes of `path` first.
    static func temporaryName(of path: String, process: String) -> String { path + ".partial-" + process }

    /// Creates the folder at `path` and any missing parents.
    static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o755) == 0 { return }
        let code = errno
        if code == EEXIST { return }
        guard code == ENOENT else { throw Failure(path, errno: code) }
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != path else { throw Failure(path, errno: code) }
        try makeFolder(parent)
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw Failure(path, errno: errno) }
    }

    /// Removes `path` and everything under it, the subfolders of its largest folders on all
    /// cores. Missing paths are not an error; other failures leave what could not be removed.
    static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            unlink(path)
            return
        }
        let (files, folders) = entries(of: path)
        for file in files { unlink(path + "/" + file) }
        DispatchQueue.concurrentPerform(iterations: folders.count) { index in
            removeTree(path + "/" + folders[index])
        }
        rmdir(path)
    }

    /// Every file and folder under `path`, as paths relative to it, read on all cores.
    static func listTree(_ path: String) -> (files: [String], folders: [String]) {
        let (files, folders) = entries(of: path)
        let below = ParallelMap.map(folders) { folder -> (files: [String], folders: [String]) in
            let (subFiles, subFolders) = listTree(path + "/" + folder)
            return (subFiles.map { folder + "/" + $0 }, subFolders.map { folder + "/" + $0 })
        }
        return (files + below.flatMap { $0.files }, folders + below.flatMap { $0.folders })
    }

    /// The names in folder `path`, split into non-folders and folders (symlinks count as files).
    static func entries(of path: String) -> (files: [String], folders: [String]) {
        var files: [String] = [], folders: [String] = []
        for (name, kind) in folderEntries(path) ?? [] {
            if kind == .folder { folders.append(name) } else { files.append(name) }
        }
        return (files, folders)
    }

    enum EntryKind { case folder, symlink, other }

    /// The names in a folder with their kinds, in directory order; nil when it cannot be read.
    /// The kinds come from the directory itself, so a large folder costs no call per entry.
    static func folderEntries(_ path: String) -> [(name: String, kind: EntryKind)]? {
        guard let stream = opendir(path) else { return nil }
        defer { closedir(stream) }
        var entries: [(name: String, kind: EntryKind)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(path + "/" + name, &info) == 0 else { continue }
                let format = info.st_mode & S_IFMT
                type = format == S_IFDIR ? UInt8(DT_DIR) : format == S_IFLNK ? UInt8(DT_LNK) : UInt8(DT_REG)
            }
            entries.append((name, type == UInt8(DT_DIR) ? .folder : type == UInt8(DT_LNK) ? .symlink : .other))
        }
        return entries
    }
}

extension FileDescriptor {
    /// `open` for a path held as a String, with close-on-exec, without making a `FilePath` of it
    /// first (a build opens tens of thousands of files).
    static func open(
        atPath path: String, _ mode: AccessMode, options: OpenOptions = [], permissions: FilePermissions? = nil
    ) throws -> FileDescriptor {
        try path.withCString {
            try open($0, mode, options: options.union(.closeOnExec), permissions: permissions)
        }
    }

    /// Reads until `buffer` is full or the file ends; the number of bytes read. (One `read` may
    /// return fewer bytes than asked; one interrupted by a signal is retried.)
    func read(fully buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        var count = 0
        while count < buffer.count {
            let got = try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[count...]))
            if got == 0 { break }
            count += got
        }
        return count
    }

    /// Appends the rest of the file to `bytes`, a chunk at a time, until it ends or `bytes`
    /// holds more than `limit`.
    func readRest(appendingTo bytes: inout some RangeReplaceableCollection<UInt8>, limit: Int = .max) throws {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= limit {
            let got = try chunk.withUnsafeMutableBytes { try read(into: $0) }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[..<got])
        }
    }
}
