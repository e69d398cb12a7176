import Foundation

/// The list of moves and removals that turns the old site into the new one when only some
/// files changed. It is written (atomically) only once every changed file is staged, and
/// carried out after; a build killed half-way through is finished by the next one, so the
/// output is never left between two sites for longer than a build.
struct CommitJournal: Sendable {
    /// Staged file → its place in the output.
    var moves: [(from: String, to: String)] = []
    /// Files and folders of the old site that the new one does not have.
    var removals: [String] = []
    /// The new manifest, renamed into place last.
    var manifest: (from: String, to: String)?
    /// The staging folder, removed at the end.
    var staging: String = ""
    /// The output folder: emptied folders are removed up to it, never it.
    var output: String = ""

    /// Writes the journal to `path` through a temporary file and a rename.
    func save(_ path: String) throws {
        var w = ByteWriter()
        w.string(staging)
        w.string(output)
        w.array(moves) { w, move in
            w.string(move.from)
            w.string(move.to)
        }
        w.array(removals) { $0.string($1) }
        w.optional(manifest) { w, move in
            w.string(move.from)
            w.string(move.to)
        }
        try FileSystem.replace(path, with: w.bytes)
    }

    static func load(_ path: String) -> CommitJournal? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        var r = ByteReader(bytes, range: 0..<bytes.count)
        var journal = CommitJournal()
        do throws(ByteReader.Corrupt) {
            journal.staging = try r.string()
            journal.output = try r.string()
            journal.moves = try r.array { r throws(ByteReader.Corrupt) in (try r.string(), try r.string()) }
            journal.removals = try r.array { r throws(ByteReader.Corrupt) in try r.string() }
            journal.manifest = try r.optional { r throws(ByteReader.Corrupt) in (try r.string(), try r.string()) }
        } catch {
            return nil
        }
        return journal
    }

    /// Carries the journal out; every step can be repeated, so a second run after a kill is safe.
    /// Returns the moves that failed ("path: reason", once per path); then nothing is removed from the output
    /// and the journal goes (its staged files go with the failed build).
    @discardableResult
    func apply(journalPath: String) -> [String] {
        var failures: [String] = []
        // Tests/site/kill_test.sh kills builds between these renames (by standing in for rename()).
        for move in moves {
            // Already moved when the staged file is gone.
            guard access(move.from, F_OK) == 0 else { continue }
            do {
                try FileSystem.makeFolder((move.to as NSString).deletingLastPathComponent)
            } catch {
                failures.append(error.localizedDescription)
                continue
            }
            if rename(move.from, move.to) != 0 {
                // A folder where a file goes (or the reverse): clear the way, then move.
                FileSystem.removeTree(move.to)
                if rename(move.from, move.to) != 0 {
                    failures.append(FileSystem.Failure(move.to, errno: errno).localizedDescription)
                }
            }
        }
        guard failures.isEmpty else {
            unlink(journalPath)
            var seen: Set<String> = []
            return failures.filter { seen.insert($0).inserted }
        }
        for path in removals {
            FileSystem.removeTree(path)
            removeEmptyFolders(above: path)
        }
        if let manifest { rename(manifest.from, manifest.to) }
        unlink(journalPath)
        FileSystem.removeTree(staging)
        return []
    }

    /// Folders left empty by a removal go too, as a full build would not have them.
    private func removeEmptyFolders(above path: String) {
        var folder = (path as NSString).deletingLastPathComponent
        while folder.hasPrefix(output + "/"), rmdir(folder) == 0 {
            folder = (folder as NSString).deletingLastPathComponent
        }
    }
}
