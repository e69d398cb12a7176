import Foundation
import Testing

@testable import BriefSite

/// `build --output` never deletes what Sitrep did not write.
@Suite(.serialized) struct OutputFolderTests {
    /// A project: content/ with one article, templates/ with one asset, sitrep.yml, and a
    /// sibling project beside it.
    let root: URL
    let project: URL

    init() throws {
        root = Paths.temporaryFolder()
        project = root.appendingPathComponent("project")
        let fm = FileManager.default
        for folder in ["project/content/sub", "project/templates", "sibling"] {
            try fm.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Data(" date 2023-02-18 \nA bomb exploded at a bus stop in Quetta on Friday, killing two people.\n".utf8)
            .write(to: project.appendingPathComponent("content/story.txt"))
        try Data("title: Test\n".utf8).write(to: project.appendingPathComponent("sitrep.yml"))
        try Data("notes".utf8).write(to: project.appendingPathComponent("notes.txt"))
        try Data("mine".utf8).write(to: root.appendingPathComponent("sibling/keep.txt"))
    }

    func options(output: String) -> BuildOptions {
        var options = BuildOptions()
        options.content = project.appendingPathComponent("content").path
        options.templates = Paths.templates.path
        options.config = project.appendingPathComponent("sitrep.yml").path
        options.output = output
        return options
    }

    /// Every file of the temporary tree, so a test can show nothing was removed.
    func everyFile() -> Set<String> {
        let walker = FileManager.default.enumerator(atPath: root.path)
        var files: Set<String> = []
        while let path = walker?.nextObject() as? String { files.insert(path) }
        return files
    }

    static let refused: [(output: String, reason: String)] = [
        ("", "empty name"),
        ("project", "project folder"),
        ("project/.", "project folder"),
        ("project/content/..", "project folder"),
        (".", "project folder"),
        ("project/content", "content"),
        ("project/content/sub", "content"),
        ("project/sitrep.yml", "config"),
        ("project/notes.txt", "not a folder"),
        ("sibling", "did not write"),
    ]

    @Test(arguments: refused.map(\.output))
    func refusesAnOutputThatWouldDeleteTheUsersFiles(output: String) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let reason = Self.refused.first { $0.output == output }!.reason
        let before = everyFile()
        let path = output.isEmpty ? "" : root.appendingPathComponent(output).path
        let report = SiteBuilder.build(options(output: path))
        #expect(!report.wrote)
        let message = report.diagnostics.map(\.description).joined(separator: "\n")
        #expect(message.contains("refusing to write the site here"), "\(message)")
        switch reason {
        case "project folder": #expect(message.contains("project folder"), "\(message)")
        case "content", "config": #expect(message.contains("the \(reason)"), "\(message)")
        case "not a folder": #expect(message.contains("not a folder"), "\(message)")
        case "did not write": #expect(message.contains("Sitrep did not write"), "\(message)")
        default: #expect(message.contains("empty name"), "\(message)")
        }
        #expect(everyFile() == before)
    }

    @Test func refusesTheTemplatesFolderAndTheWorkingFoldersAncestors() {
        defer { try? FileManager.default.removeItem(at: root) }
        var templates = options(output: Paths.templates.appendingPathComponent("assets").path)
        #expect(!OutputFolderCheck.problems(templates).isEmpty)
        templates.output = Paths.templates.path
        #expect(!OutputFolderCheck.problems(templates).isEmpty)
        for output in ["..", "/", Paths.repository.path] {
            #expect(!OutputFolderCheck.problems(options(output: output)).isEmpty, "\(output)")
        }
    }

    @Test func anOutputThroughASymbolicLinkIsResolvedFirst() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let link = root.appendingPathComponent("link-to-project")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: project)
        let problems = OutputFolderCheck.problems(options(output: link.path))
        #expect(problems.map(\.message).joined().contains("project folder"))
    }

    @Test func writesANewFolderAnEmptyOneAndReplacesItsOwnSite() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let output = project.appendingPathComponent("public")
        #expect(SiteBuilder.build(options(output: output.path)).wrote)
        // A second build replaces the site it wrote itself.
        #expect(SiteBuilder.build(options(output: output.path)).wrote)
        let empty = root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(SiteBuilder.build(options(output: empty.path)).wrote)
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("notes.txt").path))
    }

    @Test func initRefusesAnEmptyFolderName() {
        #expect(throws: BuildFailure.self) { try SiteInitializer.create(at: "") }
    }
}
