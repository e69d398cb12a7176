/// The stamps the files and folders of the previous site have now, for everything its manifest
/// lists: a rebuild checks every file it keeps and every folder, tens of thousands of `lstat`s.
/// `SiteWriter` takes them on another core while the build merges and cross-references.
final class OutputStamps: Sendable {
    private let files: [String: FileStamp]
    private let folders: [String: FileStamp]

    /// Reads the stamps now.
    init(output: String, manifest: OutputManifest) {
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
    }

    /// The stamp of the regular file at `path` (relative to the output); nil for anything else.
    func file(_ path: String) -> FileStamp? { files[path] }

    /// The stamp of the folder at `path` (relative to the output, "" for the output itself).
    func folder(_ path: String) -> FileStamp? { folders[path] }
}
