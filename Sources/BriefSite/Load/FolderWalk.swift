import Foundation

/// Finds the files under a folder that Sitrep reads (articles in `content/`, templates and
/// assets in `templates/`). Every folder is read once, known by device and inode, so symbolic
/// links that loop (`selfdir -> .`) or lead to a folder already read cannot make the walk
/// endless or read files twice. Hidden names are left out, and so are links that lead out of
/// the folder: a link must not publish `/etc/passwd` or read another project's files.
struct FolderWalk {
    let folder: String
    let root: String
    let displayPrefix: String
    /// Whether a file, by its path below the folder, is one to read.
    let wants: (String) -> Bool
    /// Files found, by path below the folder.
    private(set) var paths: [String] = []
    /// Files not wanted, by path below the folder.
    private(set) var others: [String] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var visited: Set<FolderIdentity> = []
    private var linkedFolders: [(relative: String, identity: FolderIdentity, loops: Bool)] = []

    private struct FolderIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    /// `displayPrefix` names the folder in diagnostics.
    init(folder: String, displayPrefix: String, wants: @escaping (String) -> Bool) {
        self.folder = folder
        self.root = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        self.displayPrefix = displayPrefix
        self.wants = wants
        var info = stat()
        if stat(folder, &info) == 0 { visited.insert(Self.identity(info)) }
        // Real folders first, then linked ones: a link, never the folder it names, is what
        // gets skipped when both lead to the same place.
        walk(relative: "")
        while !linkedFolders.isEmpty {
            let link = linkedFolders.removeFirst()
            guard visited.insert(link.identity).inserted else {
                let message =
                    link.loops
                    ? "symbolic link loop: it leads back to a folder that contains it; not followed"
                    : "symbolic link to a folder already read; not followed"
                diagnostics.append(.warning(message, file: displayPrefix + "/" + link.relative))
                continue
            }
            walk(relative: link.relative)
        }
    }

    private static func identity(_ info: stat) -> FolderIdentity {
        FolderIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    private mutating func walk(relative: String) {
        let here = relative.isEmpty ? folder : folder + "/" + relative
        guard let entries = FileSystem.folderEntries(here)?.sorted(by: { $0.name < $1.name }) else {
            diagnostics.append(
                .error("cannot read folder", file: displayPrefix + (relative.isEmpty ? "" : "/" + relative)))
            return
        }
        for (name, kind) in entries where !name.hasPrefix(".") {
            let rel = relative.isEmpty ? name : relative + "/" + name
            let full = folder + "/" + rel
            let display = displayPrefix + "/" + rel
            guard kind == .folder || kind == .symlink else {
                take(rel)
                continue
            }
            var info = stat()
            var target = ""
            if kind == .symlink {
                target = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                if !(target == root || target.hasPrefix(root + "/")) {
                    diagnostics.append(
                        .error("symbolic link points outside the folder \(displayPrefix); not followed", file: display))
                    continue
                }
                guard stat(full, &info) == 0 else {
                    let loops = errno == ELOOP
                    diagnostics.append(.error(loops ? "symbolic link loop" : "broken symbolic link", file: display))
                    continue
                }
                guard info.st_mode & S_IFMT == S_IFDIR else {
                    take(rel)
                    continue
                }
            } else if stat(full, &info) != 0 {
                diagnostics.append(.error("cannot read folder", file: display))
                continue
            }
            if wants(rel) {
                diagnostics.append(.warning("a folder named like a file to read is skipped", file: display))
                continue
            }
            if kind == .symlink {
                let resolvedHere = URL(fileURLWithPath: here).resolvingSymlinksInPath().path
                let loops = (resolvedHere + "/").hasPrefix(target + "/")
                linkedFolders.append((rel, Self.identity(info), loops))
            } else if visited.insert(Self.identity(info)).inserted {
                walk(relative: rel)
            }
        }
    }

    private mutating func take(_ relative: String) {
        if wants(relative) { paths.append(relative) } else { others.append(relative) }
    }
}
