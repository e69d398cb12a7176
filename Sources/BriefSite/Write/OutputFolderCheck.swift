import Foundation

/// Decides whether `build` may replace the folder it was told to write, before anything is
/// read: a build swaps its output whole, so an output that names the project, its sources or a
/// folder of the user's own would delete them.
///
/// Refused: an empty name; the working folder, the config's folder or any folder holding
/// them; `content`, `templates` or the config file, or anything inside or above them; a path
/// that is not a folder; a folder with files in it that is not a site Sitrep wrote.
enum OutputFolderCheck {
    /// The problems with writing the site to `options.output`; empty when it is safe.
    static func problems(_ options: BuildOptions, workingFolder: String = FileManager.default.currentDirectoryPath)
        -> [Diagnostic]
    {
        let name = options.output
        func refuse(_ why: String) -> [Diagnostic] {
            [.error("refusing to write the site here: \(why)", file: name.isEmpty ? "--output ''" : name)]
        }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            return refuse("the output folder is an empty name (an unset variable?); give a folder such as 'public'")
        }
        let output = resolved(name)
        let project = [resolved(workingFolder), resolved((options.config as NSString).deletingLastPathComponent)]
        for folder in project where output == folder || isInside(folder, output) {
            return refuse(
                "it is the project folder or holds it, and the build replaces the folder whole; "
                    + "choose a folder of its own, such as 'public'")
        }
        let sources = [("content", options.content), ("templates", options.templates), ("config", options.config)]
        for (role, path) in sources {
            let source = resolved(path)
            if output == source || isInside(output, source) || isInside(source, output) {
                return refuse(
                    "it is, holds or lies inside the \(role) '\(path)'; choose a folder of its own, such as 'public'")
            }
        }
        var info = stat()
        guard stat(output, &info) == 0 else { return [] }  // a new folder
        guard info.st_mode & S_IFMT == S_IFDIR else {
            return refuse("it is a file, not a folder; remove it or choose another output")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        if !entries.isEmpty && !isSitrepSite(output) {
            return refuse(
                "the folder has files that Sitrep did not write (no api/incidents.json of a Sitrep site); "
                    + "empty or remove it, or choose another output")
        }
        return []
    }

    /// True when `folder` holds a site a Sitrep build wrote: its `api/incidents.json` opens
    /// with the facts contract's `incidents` key. That file is written by every build (not by
    /// a template), and a site committed to git carries it, so a fresh clone is recognised too.
    static func isSitrepSite(_ folder: String) -> Bool {
        guard let bytes = FileSystem.read(folder + "/api/incidents.json") else { return false }
        let start = bytes.prefix(64).filter { !(" \n\r\t" as String).utf8.contains($0) }
        return start.starts(with: Array("{\"incidents\"".utf8))
    }

    /// An absolute path without `.`, `..` or symbolic links: the part that exists is resolved by
    /// the system, the rest is appended as written.
    static func resolved(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path.isEmpty ? "." : path).standardizedFileURL.path
        var existing = absolute
        var rest: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                let base = String(cString: real)
                return rest.isEmpty ? base : (base == "/" ? "" : base) + "/" + rest.reversed().joined(separator: "/")
            }
            guard existing != "/" && !existing.isEmpty else { return absolute }
            rest.append((existing as NSString).lastPathComponent)
            existing = (existing as NSString).deletingLastPathComponent
        }
    }

    /// True when `inner` lies strictly inside `outer` (both resolved).
    static func isInside(_ inner: String, _ outer: String) -> Bool {
        outer == "/" ? inner != "/" : inner.hasPrefix(outer + "/")
    }
}
