import Foundation

/// The names of what a build keeps beside the output folder (`public/`), spelled here only:
/// the lock (`OutputLock`), the staging folder of the new site and the old site being swapped
/// out (`SiteWriter`), and the commit journal (`CommitJournal`). A killed build leaves them for
/// the next one; the `.gitignore` that `sitrep init` writes matches them whatever the output's
/// name.
struct OutputSiblings: Sendable {
    /// The folder holding the output.
    let parent: String
    /// The output folder's name.
    let name: String

    /// The siblings of the output folder at `output` (a standardized file URL).
    init(output: URL) {
        parent = output.deletingLastPathComponent().path
        name = output.lastPathComponent
    }

    /// `.public.lock`: locked while a build writes the output.
    var lock: String { parent + "/" + Self.lockName(name) }
    /// `.public.commit`: the journal of an incremental commit.
    var journal: String { parent + "/" + Self.journalName(name) }

    /// `.public.staging-<pid>`: the new site of the build run by process `process`.
    func staging(process: Int32 = getpid()) -> String {
        parent + "/" + Self.stagingName(name, process: "\(process)")
    }

    /// `.public.old-<pid>`: the previous site while a whole new one takes its place.
    func old(process: Int32 = getpid()) -> String { parent + "/" + Self.oldName(name, process: "\(process)") }

    /// True for a name in `parent` that a killed build left and the next one removes: a
    /// staging folder, an old site, a journal or its partly written copy. (The lock is not:
    /// the next build takes it over.)
    func isLeftover(_ entry: String) -> Bool {
        entry.hasPrefix(Self.stagingName(name, process: "")) || entry.hasPrefix(Self.oldName(name, process: ""))
            || entry.hasPrefix(Self.journalName(name))
    }

    /// `.gitignore` lines that match the siblings of any output folder.
    static let ignorePatterns = [
        stagingName("*", process: "*") + "/", oldName("*", process: "*") + "/", journalName("*"),
        FileSystem.temporaryName(of: journalName("*"), process: "*"), lockName("*"),
    ]

    private static func lockName(_ output: String) -> String { ".\(output).lock" }
    private static func journalName(_ output: String) -> String { ".\(output).commit" }
    private static func stagingName(_ output: String, process: String) -> String { ".\(output).staging-\(process)" }
    private static func oldName(_ output: String, process: String) -> String { ".\(output).old-\(process)" }
}
