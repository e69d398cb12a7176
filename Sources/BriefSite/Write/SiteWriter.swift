import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes the site so that a failed or killed build never leaves a half-written one.
///
/// A first build (or one without a manifest) writes everything into a staging folder beside the
/// output and swaps it in whole. With the manifest of the previous build, only changed files
/// are staged, and a journal moves them into place (see `CommitJournal`).
public struct SiteWriter: Sendable {
    /// The output folder.
    public let output: String
    /// The staging folder of this build.
    let staging: String
    /// The journal of an incremental commit.
    let journalPath: String
    /// Held while this build writes, so a second build into the same output waits its turn
    /// instead of deleting the first one's staging folder.
    private let lock: Int32

    /// Finishes a commit a killed build left, removes leftovers and prepares a staging folder.
    public init(output: String) throws {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        self.output = url.path
        let parent = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        let fm = FileManager.default
        try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
        lock = open(parent + "/.\(name).lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if lock >= 0 && flock(lock, LOCK_EX | LOCK_NB) != 0 {
            close(lock)
            throw BuildFailure(diagnostics: [
                .error("another build is writing this folder; run again when it has finished", file: self.output)
            ])
        }
        journalPath = parent + "/.\(name).commit"
        if let journal = CommitJournal.load(journalPath) { journal.apply(journalPath: journalPath) }
        for leftover in (try? fm.contentsOfDirectory(atPath: parent)) ?? []
        where leftover.hasPrefix(".\(name).staging-") || leftover.hasPrefix(".\(name).old-")
            || leftover.hasPrefix(".\(name).commit")
        {
            FileSystem.removeTree(parent + "/" + leftover)
        }
        staging = parent + "/.\(name).staging-\(ProcessInfo.processInfo.processIdentifier)"
        try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
    }

    /// Publishes `files` as the whole site. With `manifestPath`, files unchanged since the build
    /// that wrote the manifest are left alone, and the manifest is updated.
    func publish(_ files: [OutputFile], manifestPath: String?) throws {
        defer {
            // Gone already when it became the output or the journal removed it.
            FileSystem.removeTree(staging)
            releaseLock()
        }
        for file in files where !SiteWriter.isSafe(file.path) {
            throw BuildFailure(diagnostics: [
                .error("refused to write '\(file.path)': outside the output folder", file: output)
            ])
        }
        do {
            guard let manifestPath else {
                try publishWhole(files)
                return
            }
            let hashes = ParallelMap.map(files) { $0.hash }
            if let previous = OutputManifest.load(manifestPath), previous.output == output,
                try publishChanges(files, hashes: hashes, previous: previous, manifestPath: manifestPath)
            {
                return
            }
            try publishWhole(files)
            saveManifest(files, hashes: hashes, to: manifestPath)
        } catch {
            discard()
            throw error
        }
    }

    /// Stages every file, then swaps the staging folder in for the output.
    private func publishWhole(_ files: [OutputFile]) throws {
        try stage(files)
        try commit()
    }

    /// Writes `files` into the staging folder: folders first (one thread), files on all cores.
    func stage(_ files: [OutputFile]) throws {
        let folders = Set(files.map { ($0.path as NSString).deletingLastPathComponent })
        for folder in folders.sorted() where !folder.isEmpty {
            try FileSystem.makeFolder(staging + "/" + folder)
        }
        let failures = ParallelMap.map(files) { file -> String? in
            do {
                try file.withBytes { try FileSystem.write(staging + "/" + file.path, $0) }
                return nil
            } catch {
                return error.localizedDescription
            }
        }
        if let failure = failures.compactMap({ $0 }).first {
            throw BuildFailure(diagnostics: [.error("cannot write \(failure)", file: output)])
        }
    }

    /// The manifest of the output as it is now.
    private func saveManifest(_ files: [OutputFile], hashes: [ContentHash], to manifestPath: String) {
        let stamps = ParallelMap.map(files) { FileStamp.of(output + "/" + $0.path) }
        var entries: [String: OutputManifest.Entry] = [:]
        for (i, file) in files.enumerated() {
            if let stamp = stamps[i] { entries[file.path] = .init(hash: hashes[i], stamp: stamp) }
        }
        let manifest = OutputManifest(output: output, entries: entries)
        try? FileSystem.makeFolder((manifestPath as NSString).deletingLastPathComponent)
        let temporary = manifestPath + ".partial"
        guard (try? FileSystem.write(temporary, manifest.encoded())) != nil else { return }
        rename(temporary, manifestPath)
    }

    /// A relative path with no "..", no leading "/", no empty parts.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            $0 != ".." && $0 != "." && !$0.isEmpty
        }
    }

    /// Replaces the output folder with the staged site.
    func commit() throws {
        let fm = FileManager.default
        let old =
            (output as NSString).deletingLastPathComponent + "/." + (output as NSString).lastPathComponent
            + ".old-\(ProcessInfo.processInfo.processIdentifier)"
        if fm.fileExists(atPath: output) { try fm.moveItem(atPath: output, toPath: old) }
        do {
            try fm.moveItem(atPath: staging, toPath: output)
        } catch {
            if fm.fileExists(atPath: old) { try? fm.moveItem(atPath: old, toPath: output) }
            throw error
        }
        FileSystem.removeTree(old)
    }

    /// Throws the staged files away; the previous site stays.
    public func discard() {
        FileSystem.removeTree(staging)
    }

    /// Called once, when `publish` ends.
    private func releaseLock() {
        if lock >= 0 { close(lock) }
    }
}
