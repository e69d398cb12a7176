import Foundation

extension SiteWriter {
    /// Publishes only what changed since the build that wrote `previous`. Returns false, having
    /// touched nothing, when there is no output folder to update.
    func publishChanges(
        _ files: [OutputFile], hashes: [ContentHash], previous: OutputManifest, manifestPath: String
    ) throws -> Bool {
        guard FileManager.default.fileExists(atPath: output) else { return false }
        // A file is unchanged when its hash is the recorded one and the file on disk is the one
        // recorded (nobody edited or replaced it since).
        let unchanged = ParallelMap.map(Array(files.indices)) { i -> Bool in
            guard let entry = previous.entries[files[i].path], entry.hash == hashes[i] else { return false }
            return FileStamp.of(output + "/" + files[i].path) == entry.stamp
        }
        let changed = files.indices.filter { !unchanged[$0] }

        let wanted = Set(files.map(\.path))
        let folders = Set(files.flatMap { Self.folders(of: $0.path) })
        let existing = FileSystem.listTree(output)
        var journal = CommitJournal()
        journal.staging = staging
        journal.output = output
        for path in existing.files where !wanted.contains(path) { journal.removals.append(output + "/" + path) }
        for path in existing.folders where !folders.contains(path) && !wanted.contains(path) {
            journal.removals.append(output + "/" + path)
        }
        if changed.isEmpty && journal.removals.isEmpty { return true }

        let changedFiles = changed.map { files[$0] }
        try stage(changedFiles)
        // Renames keep inode and modification time, so the staged files' stamps are the ones
        // the output will have.
        var manifest = OutputManifest(output: output, entries: previous.entries.filter { wanted.contains($0.key) })
        for i in changed {
            guard let stamp = FileStamp.of(staging + "/" + files[i].path) else { continue }
            manifest.entries[files[i].path] = .init(hash: hashes[i], stamp: stamp)
        }
        let manifestStaged = staging + "/.manifest"
        try FileSystem.write(manifestStaged, manifest.encoded())
        journal.moves = changedFiles.map { (staging + "/" + $0.path, output + "/" + $0.path) }
        journal.manifest = (manifestStaged, manifestPath)
        try? FileSystem.makeFolder((manifestPath as NSString).deletingLastPathComponent)
        try journal.save(journalPath)
        journal.apply(journalPath: journalPath)
        return true
    }

    /// "a", "a/b" for "a/b/c.html".
    private static func folders(of path: String) -> [String] {
        var result: [String] = []
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty {
            result.append(folder)
            folder = (folder as NSString).deletingLastPathComponent
        }
        return result
    }
}
