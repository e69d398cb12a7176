import Foundation

@testable import BriefSite

/// A site project in a temporary folder, as a user has one: `content/`, `sitrep.yml` beside it
/// (absent unless written) and `public/`, built with the repository's templates.
struct TestProject {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }
    var output: URL { root.appendingPathComponent("public") }

    /// A new project holding `files` (name: text) in `content/`.
    init(files: [String: String] = [:]) throws {
        try self.init(data: files.mapValues { Data($0.utf8) })
    }

    /// A new project holding `data` (name: bytes; a name may have folders) in `content/`.
    init(data: [String: Data]) throws {
        root = Paths.temporaryFolder()
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        for (name, bytes) in data { try write(name, bytes) }
    }

    /// The project already in `root`.
    init(root: URL) {
        self.root = root
    }

    /// Writes `bytes` to `content/name`, making its folders.
    func write(_ name: String, _ bytes: Data) throws {
        let url = content.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
    }

    /// Build options for this project, as the command would fill them.
    func options() -> BuildOptions {
        var options = BuildOptions()
        options.content = content.path
        options.templates = Paths.templates.path
        options.output = output.path
        options.config = root.appendingPathComponent("sitrep.yml").path
        return options
    }

    /// Builds the site, after `adjust` changes the options.
    func build(_ adjust: (inout BuildOptions) -> Void = { _ in }) -> BuildReport {
        var options = options()
        adjust(&options)
        return SiteBuilder.build(options)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
