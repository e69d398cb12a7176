import Dispatch

/// The stamps the files and folders of the previous site have now, for everything its manifest
/// lists. They are read on another core as soon as the writer holds the output (while the
/// build merges and cross-references, which leave a core idle) and waited for on first use:
/// a rebuild checks every file it keeps and every folder, tens of thousands of `lstat`s.
final class OutputStamps: @unchecked Sendable {
    private let ready = DispatchGroup()
    // Written once before `ready` is left, only read after waiting for it.
    private var files: [String: FileStamp] = [:]
    private var folders: [String: FileStamp] = [:]

    init(output: String, manifest: OutputManifest) {
        ready.enter()
        DispatchQueue.global().async { [self] in
            var files = [String: FileStamp](minimumCapacity: manifest.entries.count)
            for path in manifest.entries.keys {
                if let stamp = FileStamp.of(output + "/" + path) { files[path] = stamp }
            }
            var folders = [String: FileStamp](minimumCapacity: manifest.folders.count)
            for folder in manifest.folders.keys {
                if let stamp = FileStamp.ofFolder(folder.isEmpty ? output : output + "/" + folder) {
                    folders[folder] = stamp
                }
            }
            (self.files, self.folders) = (files, folders)
            ready.leave()
        }
    }

    /// The stamp of the regular file at `path` (relative to the output); nil for anything else.
    func file(_ path: String) -> FileStamp? {
        ready.wait()
        return files[path]
    }

    /// The stamp of the folder at `path` (relative to the output, "" for the output itself).
    func folder(_ path: String) -> FileStamp? {
        ready.wait()
        return folders[path]
    }
}
