import Foundation
import Synchronization

/// Writes the site so that a failed or killed build never leaves a half-written one, taking
/// files as they are rendered so a large site is never held in memory whole.
///
/// Without a usable manifest of the previous build, every file goes into a staging folder
/// beside the output, which is swapped in whole. With one, only changed files are staged, and
/// a journal moves them into place (see `CommitJournal`). A class, because it owns the build
/// lock and collects files from all cores.
package final class SiteWriter: Sendable {
    /// The output folder.
    package let output: String
    /// The names of what the build keeps beside the output.
    private let siblings: OutputSiblings
    /// The staging folder of this build.
    let staging: String
    /// The journal of an incremental commit.
    let journalPath: String
    let manifestPath: String?
    /// The previous build's manifest, when the output is still the one it describes, and what
    /// its files and folders look like now: read on another core while the build merges.
    private let previousSite: BackgroundValue<PreviousSite?>
    var previous: OutputManifest? { previousSite.value?.manifest }
    var previousStamps: OutputStamps? { previousSite.value?.stamps }

    /// One object, so that each of the tens of thousands of lookups copies one reference.
    private final class PreviousSite: Sendable {
        let manifest: OutputManifest
        let stamps: OutputStamps

        init(_ manifest: OutputManifest, output: String) {
            self.manifest = manifest
            stamps = OutputStamps(output: output, manifest: manifest)
        }
    }
    /// Held while this build writes, so a second build into the same output is refused
    /// instead of deleting the first one's staging folder.
    private let lock: OutputLock

    /// What the build has handed over so far, from all cores.
    private struct Taken {
        /// Every file of the new site: its hash, and whether it was staged (changed).
        var written: [String: (hash: ContentHash, staged: Bool, inputs: ContentHash?)] = [:]
        /// Folders made in the staging folder.
        var folders: Set<String> = []
        /// Files kept as they were whose inputs fingerprint changed (their manifest entry changes).
        var refreshed: [String] = []
    }
    private let taken = Mutex(Taken())
    var refreshed: [String] { taken.withLock { $0.refreshed } }

    /// Finishes a commit a killed build left, removes leftovers and prepares a staging folder.
    package init(output: String, manifestPath: String? = nil) throws {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        self.output = url.path
        siblings = OutputSiblings(output: url)
        let fm = FileManager.default
        try fm.createDirectory(atPath: siblings.parent, withIntermediateDirectories: true)
        guard let lock = OutputLock.take(output: url) else {
            throw BuildFailure(diagnostics: [
                .error("another build is writing this folder; run again when it has finished", file: url.path)
            ])
        }
        self.lock = lock
        journalPath = siblings.journal
        if let journal = CommitJournal.load(journalPath) { journal.apply(journalPath: journalPath) }
        for leftover in (try? fm.contentsOfDirectory(atPath: siblings.parent)) ?? [] where siblings.isLeftover(leftover)
        {
            FileSystem.removeTree(siblings.parent + "/" + leftover)
        }
        staging = siblings.staging()
        try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
        self.manifestPath = manifestPath
        let output = self.output
        previousSite = BackgroundValue {
            guard let manifestPath, let manifest = OutputManifest.load(manifestPath), manifest.output == output,
                FileManager.default.fileExists(atPath: output)
            else { return nil }
            return PreviousSite(manifest, output: output)
        }
    }

    /// Finishes a commit a killed build left half done, before a build that may stop early:
    /// then "the previous site was left as it was" is true, not a mix of two sites. Leaves it
    /// to the build writing the output when there is one.
    package static func finishInterruptedCommit(output: String) {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        let journalPath = OutputSiblings(output: url).journal
        guard access(journalPath, F_OK) == 0, let lock = OutputLock.take(output: url) else { return }
        defer { lock.release() }
        CommitJournal.load(journalPath)?.apply(journalPath: journalPath)
    }

    /// A writer dropped without `commit` leaves nothing behind (the staging folder is gone
    /// already when it became the output); its lock goes with it (`OutputLock`'s deinit).
    deinit {
        FileSystem.removeTree(staging)
    }

    /// Takes one file of the new site; safe to call from any thread. Unchanged files (same hash
    /// as the previous build wrote, untouched since) are only recorded.
    func add(_ file: OutputFile, inputs: ContentHash? = nil) throws {
        guard SiteWriter.isSafe(file.path) else {
            throw BuildFailure(diagnostics: [
                .error("refused to write '\(file.path)': outside the output folder", file: output)
            ])
        }
        if case .streamed(let write) = file.content {
            return try addStreamed(file.path, inputs: inputs, write: write)
        }
        // Hashes serve the manifest; a build that keeps none skips them.
        let hash = manifestPath == nil ? ContentHash() : file.hash
        if recordIfUnchanged(file.path, hash: hash, inputs: inputs) { return }
        try makeFolder(of: file.path)
        do {
            try file.withBytes { try FileSystem.write(staging + "/" + file.path, $0) }
        } catch {
            throw BuildFailure(diagnostics: [.error("cannot write \(error.localizedDescription)", file: output)])
        }
        taken.withLock { $0.written[file.path] = (hash, true, inputs) }
    }

    /// A streamed file is staged as it is made, since its hash is known only once it is whole;
    /// when it comes out as the previous build wrote it, the staged copy is removed.
    private func addStreamed(
        _ path: String, inputs: ContentHash?, write: (inout StreamedFile) throws -> Void
    ) throws {
        try makeFolder(of: path)
        let hash: ContentHash
        do {
            var file = try StreamedFile(creating: staging + "/" + path, hashes: manifestPath != nil)
            do {
                try write(&file)
                try file.finish()
            } catch {
                file.abandon()
                throw error
            }
            hash = file.hash
        } catch {
            throw BuildFailure(diagnostics: [.error("cannot write \(error.localizedDescription)", file: output)])
        }
        if recordIfUnchanged(path, hash: hash, inputs: inputs) {
            unlink(staging + "/" + path)
            return
        }
        taken.withLock { $0.written[path] = (hash, true, inputs) }
    }

    /// Records `path` as kept when the previous build wrote it with `hash` and it is untouched
    /// since; false when it must be staged.
    private func recordIfUnchanged(_ path: String, hash: ContentHash, inputs: ContentHash?) -> Bool {
        guard let entry = previous?.entries[path], entry.hash == hash, previousStamps?.file(path) == entry.stamp
        else { return false }
        taken.withLock {
            $0.written[path] = (hash, false, inputs)
            if entry.inputs != inputs { $0.refreshed.append(path) }
        }
        return true
    }

    /// Makes the folder `path` goes in, in the staging folder, once per build.
    private func makeFolder(of path: String) throws {
        // Site paths are relative and plain ("briefs/x/index.html"): the part before the last slash.
        let folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
        if !folder.isEmpty && !taken.withLock({ $0.folders.contains(folder) }) {
            try FileSystem.makeFolder(staging + "/" + folder)
            taken.withLock { _ = $0.folders.insert(folder) }
        }
    }

    /// True when the previous build wrote `path` from the same `inputs` and the file is still
    /// as it left it: then it is kept as it is (and recorded) without being made again.
    func keepIfCurrent(_ path: String, inputs: ContentHash) -> Bool {
        guard let entry = previous?.entries[path], entry.inputs == inputs,
            previousStamps?.file(path) == entry.stamp
        else { return false }
        taken.withLock { $0.written[path] = (entry.hash, false, inputs) }
        return true
    }

    /// Puts the new site in place and records its manifest.
    func commit() throws {
        defer {
            // Gone already when it became the output or the journal removed it.
            FileSystem.removeTree(staging)
            lock.release()
        }
        if previous != nil {
            try commitChanges()
        } else {
            try swapWhole()
            if let manifestPath { saveManifest(to: manifestPath) }
        }
    }

    /// Throws the staged files away; the previous site stays.
    package func discard() {
        FileSystem.removeTree(staging)
        lock.release()
    }

    /// Replaces the output folder with the staging folder.
    private func swapWhole() throws {
        let fm = FileManager.default
        let old = siblings.old()
        if fm.fileExists(atPath: output) { try fm.moveItem(atPath: output, toPath: old) }
        do {
            try fm.moveItem(atPath: staging, toPath: output)
        } catch {
            if fm.fileExists(atPath: old) { try? fm.moveItem(atPath: old, toPath: output) }
            throw error
        }
        FileSystem.removeTree(old)
    }

    /// The manifest of the output as it is now.
    private func saveManifest(to manifestPath: String) {
        let written = files
        let paths = written.keys.sorted()
        let stamps = ParallelMap.map(paths) { FileStamp.of(self.output + "/" + $0) }
        var entries: [String: OutputManifest.Entry] = [:]
        for (i, path) in paths.enumerated() {
            if let stamp = stamps[i], let file = written[path] {
                entries[path] = .init(hash: file.hash, stamp: stamp, inputs: file.inputs)
            }
        }
        var manifest = OutputManifest(output: output, entries: entries)
        var folders: Set<String> = [""]
        for path in paths { Self.addFolders(of: path, to: &folders) }
        let folderList = Array(folders)
        let folderStamps = ParallelMap.map(folderList) {
            FileStamp.settledFolder($0.isEmpty ? self.output : self.output + "/" + $0)
        }
        manifest.recordFolders(Array(zip(folderList, folderStamps)))
        try? FileSystem.makeFolder((manifestPath as NSString).deletingLastPathComponent)
        try? FileSystem.replace(manifestPath, with: manifest.encoded())
    }

    /// Files this build has taken: path → (hash, staged).
    var files: [String: (hash: ContentHash, staged: Bool, inputs: ContentHash?)] { taken.withLock { $0.written } }

    /// A relative path with no "..", no leading "/", no empty parts.
    static func isSafe(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            // Each part between slashes must be non-empty and neither "." nor "..".
            var partStart = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "/") {
                let part = bytes[partStart..<end]
                if part.isEmpty || part.allSatisfy({ $0 == UInt8(ascii: ".") }) && part.count <= 2 { return false }
                partStart = end + 1
            }
            return true
        }
    }
}
