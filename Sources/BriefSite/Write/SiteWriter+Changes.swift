import Foundation

extension SiteWriter {
    /// Moves the staged (changed) files into the output and removes what the new site does not
    /// have, through a journal the next build finishes if this one is killed.
    func commitChanges() throws {
        guard let previous, let manifestPath else { return }
        let files = self.files
        let changed = files.filter { $0.value.staged }.keys.sorted()
        // Every file of the new site is either new (staged, not in the previous manifest) or
        // was in the previous site; when the counts say the previous site had no other files,
        // none is gone and the previous files need not be gone through.
        let newFiles = changed.filter { previous.entries[$0] == nil }.count
        let noneGone = files.count - newFiles == previous.entries.count
        // The previous manifest's entries with this build's changes: files gone, staged, or kept
        // with new inputs. Renames keep the modification time, so the staged files' stamps are
        // the ones the output will have.
        let refreshed = self.refreshed
        @Sendable func entries(gone: [String]) -> [String: OutputManifest.Entry] {
            var entries = previous.entries
            for path in gone { entries[path] = nil }
            for path in changed {
                let file = files[path]!
                entries[path] = FileStamp.of(staging + "/" + path).map {
                    OutputManifest.Entry(hash: file.hash, stamp: $0, inputs: file.inputs)
                }
            }
            for path in refreshed { entries[path]?.inputs = files[path]?.inputs }
            return entries
        }
        // With none gone they do not wait for the cleanup: they are made and encoded beside it.
        let output = self.output
        let (early, cleanup) = ParallelMap.both(
            { () -> (entries: [String: OutputManifest.Entry], bytes: [UInt8])? in
                guard noneGone else { return nil }
                let made = entries(gone: [])
                return (made, OutputManifest.encodedEntries(output: output, made))
            }, { self.cleanup(files, previous: previous, noneGone: noneGone, sameFiles: noneGone && newFiles == 0) })
        var journal = CommitJournal()
        journal.staging = staging
        journal.output = output
        journal.removals = cleanup.removals
        var manifest = OutputManifest(output: output, entries: early?.entries ?? entries(gone: cleanup.gone))
        func encodedManifest() -> [UInt8] {
            guard let early else { return manifest.encoded() }
            return early.bytes + OutputManifest.encodedFolders(manifest.folders, unstamped: manifest.unstampedFolders)
        }
        // Folders this commit changes get no stamp: the next build lists them.
        var touched: Set<String> = [""]
        for path in changed { touched.formUnion(Self.folders(of: path)) }
        for removal in journal.removals {
            touched.formUnion(Self.folders(of: String(removal.dropFirst(output.count + 1))))
        }
        manifest.recordFolders(cleanup.folderStamps.map { touched.contains($0.0) ? ($0.0, nil) : $0 })
        if changed.isEmpty && journal.removals.isEmpty {
            // The site is as it was; only what its files were made from may be newer.
            if !refreshed.isEmpty || manifest.folders != previous.folders
                || Set(manifest.unstampedFolders) != Set(previous.unstampedFolders)
            {
                try? FileSystem.replace(manifestPath, with: encodedManifest())
            }
            return
        }
        // A folder the build cannot write to fails here, before anything in it has changed.
        guard access(output, W_OK) == 0 else {
            throw BuildFailure(diagnostics: [
                .error("cannot write into the output folder: \(String(cString: strerror(errno)))", file: output)
            ])
        }
        let manifestStaged = staging + "/.manifest"
        try FileSystem.write(manifestStaged, encodedManifest())
        journal.moves = changed.map { (staging + "/" + $0, output + "/" + $0) }
        journal.manifest = (manifestStaged, manifestPath)
        try? FileSystem.makeFolder((manifestPath as NSString).deletingLastPathComponent)
        try journal.save(journalPath)
        let failures = journal.apply(journalPath: journalPath)
        guard failures.isEmpty else {
            let more = failures.count > 1 ? " (and \(failures.count - 1) more)" : ""
            throw BuildFailure(
                diagnostics: [
                    .error("could not move the new files into the site: \(failures[0])\(more)", file: output)
                ],
                leftOutputIncomplete: true)
        }
    }

    typealias WrittenFiles = [String: (hash: ContentHash, staged: Bool, inputs: ContentHash?)]

    /// What to remove from the output (files and folders the new site does not have; `gone`
    /// are the previous site's files among them), and the stamp of each of the site's folders
    /// as it stands (nil when it cannot be trusted yet).
    /// With `sameFiles` (the site has exactly the previous site's files), its folders are the
    /// previous site's.
    private func cleanup(_ files: WrittenFiles, previous: OutputManifest, noneGone: Bool, sameFiles: Bool) -> (
        removals: [String], gone: [String], folderStamps: [(String, FileStamp?)]
    ) {
        let folders: [String]
        let isSiteFolder: (String) -> Bool
        if sameFiles {
            let unstamped = Set(previous.unstampedFolders)
            folders = Array(previous.folders.keys) + previous.unstampedFolders
            isSiteFolder = { previous.folders[$0] != nil || unstamped.contains($0) }
        } else {
            var siteFolders: Set<String> = [""]
            for path in files.keys { Self.addFolders(of: path, to: &siteFolders) }
            folders = Array(siteFolders)
            isSiteFolder = { siteFolders.contains($0) }
        }
        var removals: [String] = [], gone: [String] = []
        // What the previous site had and this one does not. A folder it had and this one does
        // not held only files that are gone, so the folders of those files are enough.
        if !noneGone {
            var previousFolders: Set<String> = []
            for path in previous.entries.keys where files[path] == nil {
                gone.append(path)
                removals.append(output + "/" + path)
                previousFolders.formUnion(Self.folders(of: path))
            }
            for folder in previousFolders where !isSiteFolder(folder) && files[folder] == nil {
                removals.append(output + "/" + folder)
            }
        }
        // Anything else that does not belong is in a folder changed since the previous build:
        // only those are listed. Stamps are taken before the listing (the unchanged ones when the
        // writer started), so a later change shows.
        let checked = ParallelMap.map(folders) { folder -> (unchanged: Bool, stamp: FileStamp?) in
            let path = folder.isEmpty ? self.output : self.output + "/" + folder
            if let recorded = previous.folders[folder], self.previousStamps?.folder(folder) == recorded {
                return (true, recorded)
            }
            return (false, FileStamp.settledFolder(path))
        }
        for (folder, check) in zip(folders, checked) where !check.unchanged {
            let (names, subfolders) = FileSystem.entries(of: folder.isEmpty ? output : output + "/" + folder)
            for name in names + subfolders {
                let path = folder.isEmpty ? name : folder + "/" + name
                if files[path] == nil && !isSiteFolder(path) { removals.append(output + "/" + path) }
            }
        }
        return (removals, gone, zip(folders, checked.map { $0.stamp }).map { ($0, $1) })
    }

    /// Adds "a", "a/b" for "a/b/c.html", stopping at the first folder already there (its
    /// parents are then there too).
    static func addFolders(of path: String, to folders: inout Set<String>) {
        let bytes = path.utf8
        var end = bytes.endIndex
        while let slash = bytes[..<end].lastIndex(of: UInt8(ascii: "/")) {
            if !folders.insert(String(path[..<slash])).inserted { return }
            end = slash
        }
    }

    /// "a", "a/b" for "a/b/c.html".
    static func folders(of path: String) -> [String] {
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
