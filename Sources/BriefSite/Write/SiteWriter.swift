import Foundation

/// Writes the site into a staging folder beside the output and swaps it in whole, so a failed
/// or killed build never leaves a half-written site.
public struct SiteWriter: Sendable {
    /// The output folder.
    public let output: String
    /// The staging folder of this build.
    let staging: String

    /// Prepares a fresh staging folder and removes any left by killed builds.
    public init(output: String) throws {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        self.output = url.path
        let parent = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        let fm = FileManager.default
        try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
        for leftover in (try? fm.contentsOfDirectory(atPath: parent)) ?? []
        where leftover.hasPrefix(".\(name).staging-") || leftover.hasPrefix(".\(name).old-") {
            FileSystem.removeTree(parent + "/" + leftover)
        }
        staging = parent + "/.\(name).staging-\(ProcessInfo.processInfo.processIdentifier)"
        try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
    }

    /// The staging path for `relativePath`. Paths come from slugs and ids made of [a-z0-9-];
    /// anything else is refused so nothing lands outside the output.
    private func stagedPath(_ relativePath: String) throws -> String {
        guard SiteWriter.isSafe(relativePath) else {
            throw BuildFailure(diagnostics: [
                .error("refused to write '\(relativePath)': outside the output folder", file: output)
            ])
        }
        return staging + "/" + relativePath
    }

    /// Writes `data` at `relativePath` inside the staging folder; `folderExists` skips creating
    /// its folder (made beforehand with `makeFolder`).
    public func write(_ relativePath: String, _ data: Data, folderExists: Bool = false) throws {
        try write(relativePath, bytes: data, folderExists: folderExists)
    }

    /// Writes UTF-8 text.
    public func write(_ relativePath: String, _ text: String, folderExists: Bool = false) throws {
        var text = text
        try text.withUTF8 { try write(relativePath, bytes: $0, folderExists: folderExists) }
    }

    private func write(_ relativePath: String, bytes: some Collection<UInt8>, folderExists: Bool) throws {
        let full = try stagedPath(relativePath)
        if !folderExists { try FileSystem.makeFolder((full as NSString).deletingLastPathComponent) }
        try FileSystem.write(full, bytes)
    }

    /// Creates a folder inside the staging folder.
    public func makeFolder(_ relativePath: String) throws {
        try FileSystem.makeFolder(try stagedPath(relativePath))
    }

    /// A relative path with no "..", no leading "/", no empty parts.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            $0 != ".." && $0 != "." && !$0.isEmpty
        }
    }

    /// Replaces the output folder with the staged site.
    public func commit() throws {
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
}
