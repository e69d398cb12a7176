import Foundation

/// Finds the article files under a content folder. Every folder is read once, known by device
/// and inode, so symbolic links that loop (`selfdir -> .`) or lead to a folder already read
/// cannot make the walk endless or read articles twice. Hidden names and links out of the folder
/// are left out.
struct ContentWalk {
    let folder: String
    let root: String
    let displayPrefix: String
    private(set) var paths: [String] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var visited: Set<FolderIdentity> = []
    private var linkedFolders: [(relative: String, identity: FolderIdentity, loops: Bool)] = []

    private struct FolderIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    /// `root` is `folder` with its links resolved.
    init(folder: String, root: String, displayPrefix: String) {
        self.folder = folder
        self.root = root
        self.displayPrefix = displayPrefix
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
                take(name, rel, display)
                continue
            }
            var info = stat()
            var target = ""
            if kind == .symlink {
                target = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                if !(target == root || target.hasPrefix(root + "/")) {
                    diagnostics.append(
                        .error("symbolic link points outside the content folder; not followed", file: display))
                    continue
                }
                guard stat(full, &info) == 0 else {
                    let loops = errno == ELOOP
                    diagnostics.append(.error(loops ? "symbolic link loop" : "broken symbolic link", file: display))
                    continue
                }
                guard info.st_mode & S_IFMT == S_IFDIR else {
                    take(name, rel, display)
                    continue
                }
            } else if stat(full, &info) != 0 {
                diagnostics.append(.error("cannot read folder", file: display))
                continue
            }
            if Self.isArticleName(name) {
                diagnostics.append(.warning("a folder named like an article is skipped", file: display))
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

    /// An article file is taken; a file that looks like one under another spelling is named.
    private mutating func take(_ name: String, _ relative: String, _ display: String) {
        if Self.isArticleName(name) {
            paths.append(relative)
        } else if let dot = name.lastIndex(of: "."),
            ["txt", "md", "markdown", "text"].contains(name[name.index(after: dot)...].lowercased())
        {
            diagnostics.append(
                .warning("not read: articles are files whose names end in '.txt' or '.md'", file: display))
        }
    }

    static func isArticleName(_ name: String) -> Bool { name.hasSuffix(".txt") || name.hasSuffix(".md") }
}
