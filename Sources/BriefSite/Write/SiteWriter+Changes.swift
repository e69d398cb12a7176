import Foundation

extension SiteWriter {
    /// Moves the staged (changed) files into the output and removes what the new site does not
    /// have, through a journal the next build finishes if this one is killed.
    func commitChanges() throws {
        guard let previous, let manifestPath else { return }
        let files = self.files
        let folders = Set(files.keys.flatMap { Self.folders(of: $0) })
        let existing = FileSystem.listTree(output)
        var journal = CommitJournal()
        journal.staging = staging
        journal.output = output
        for path in existing.files where files[path] == nil { journal.removals.append(output + "/" + path) }
        for path in existing.folders where !folders.contains(path) && files[path] == nil {
            journal.removals.append(output + "/" + path)
        }
        let changed = files.filter(\.value.staged).keys.sorted()
        // Renames keep the modification time, so the staged files' stamps are the ones the
        // output will have.
        var manifest = OutputManifest(output: output, entries: previous.entries.filter { files[$0.key] != nil })
        for (path, file) in files where !file.staged { manifest.entries[path]?.inputs = file.inputs }
        for path in changed {
            guard let stamp = FileStamp.of(staging + "/" + path), let file = files[path] else { continue }
            manifest.entries[path] = .init(hash: file.hash, stamp: stamp, inputs: file.inputs)
        }
        if changed.isEmpty && journal.removals.isEmpty {
            // The site is as it was; only what its files were made from may be newer.
            if manifest.entries != previous.entries {
                try? FileSystem.replace(manifestPath, with: manifest.encoded())
            }
            return
        }
        let manifestStaged = staging + "/.manifest"
        try FileSystem.write(manifestStaged, manifest.encoded())
        journal.moves = changed.map { (staging + "/" + $0, output + "/" + $0) }
        journal.manifest = (manifestStaged, manifestPath)
        try? FileSystem.makeFolder((manifestPath as NSString).deletingLastPathComponent)
        try journal.save(journalPath)
        journal.apply(journalPath: journalPath)
    }

    /// "a", "a/b" for "a/b/c.html".
    private static func folders(of path: String) -> [String] {
        var result: [String] = []
        let bytes = path.utf8
        var end = bytes.endIndex
        while let slash = bytes[..<end].lastIndex(of: UInt8(ascii: "/")) {
            result.append(String(path[..<slash]))
            end = slash
        }
        return result
    }
}
