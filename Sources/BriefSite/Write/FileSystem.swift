import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

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
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path, errno: errno) }
        defer { close(descriptor) }
        let written: Bool? = bytes.withContiguousStorageIfAvailable { buffer in
            writeAll(descriptor, UnsafeRawBufferPointer(buffer))
        }
        let ok = written ?? Array(bytes).withUnsafeBytes { writeAll(descriptor, $0) }
        guard ok else { throw Failure(path, errno: errno) }
    }

    /// Writes all of `buffer` to an open file; false when the system refuses.
    static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += count
        }
        return true
    }

    /// The bytes of the file at `path`, or nil when it cannot be read.
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        // Uninitialized memory one byte longer than the file: cache files run to tens of MB,
        // and zero-filling them first cost as much as reading them.
        let size = Int(info.st_size)
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let got = Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    break
                }
                if got == 0 { break }
                count += got
            }
        }
        guard !failed else { return nil }
        // The file grew after fstat: the rest, a chunk at a time.
        if bytes.count > size {
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let got = Glibc.read(descriptor, &chunk, chunk.count)
                if got < 0 {
                    if errno == EINTR { continue }
                    return nil
                }
                if got == 0 { break }
                bytes.append(contentsOf: chunk[..<got])
            }
        }
        return bytes
    }

    /// Replaces the file at `path` in one step: written beside it (named for this process, so
    /// two processes never share a temporary file), then renamed over it. Readers see the old
    /// bytes or the new ones, never a part.
    static func replace(_ path: String, with bytes: [UInt8]) throws {
        let temporary = path + ".partial-\(getpid())"
        try write(temporary, bytes)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw Failure(path, errno: code)
        }
    }

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
        return (files + below.flatMap(\.files), folders + below.flatMap { $0.folders })
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
