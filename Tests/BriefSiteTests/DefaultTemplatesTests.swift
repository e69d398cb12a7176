import Foundation
import Testing

@testable import BriefSite

@Suite struct DefaultTemplatesTests {
    /// The compiled-in copy must match templates/ (run `make templates` after editing them).
    @Test func bundledTemplatesMatchTheFolder() throws {
        let fm = FileManager.default
        var onDisk: [String: String] = [:]
        let enumerator = fm.enumerator(atPath: Paths.templates.path)!
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = Paths.templates.appendingPathComponent(relative).path
            if fm.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                let text = try String(contentsOfFile: full, encoding: .utf8)
                onDisk[relative] = text.hasSuffix("\n") ? text : text + "\n"
            }
        }
        #expect(onDisk.keys.sorted() == DefaultTemplates.files.keys.sorted())
        for (path, text) in onDisk {
            #expect(DefaultTemplates.files[path] == text, "\(path) differs; run make templates")
        }
    }

    @Test func initWritesASiteThatBuilds() throws {
        let root = Paths.temporaryFolder().appendingPathComponent("newsite")
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let written = try SiteInitializer.create(at: root.path)
        #expect(written.contains("sitrep.yml") && written.contains("templates/brief.md.mustache"))
        #expect(written.contains(".gitignore"))
        var options = BuildOptions()
        options.content = root.appendingPathComponent("content").path
        options.templates = root.appendingPathComponent("templates").path
        options.output = root.appendingPathComponent("public").path
        options.config = root.appendingPathComponent("sitrep.yml").path
        let report = SiteBuilder.build(options)
        #expect(report.wrote && !report.hasErrors && report.incidentCount == 1, "\(report.diagnostics)")
        // Nothing is left beside the output (no lock, no staging folder).
        let top = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        #expect(top == [".gitignore", "content", "public", "sitrep.yml", "templates"])
        #expect(throws: BuildFailure.self) { try SiteInitializer.create(at: root.path) }
    }

    @Test func buildWithoutTemplatesFolderUsesTheBuiltInOnes() throws {
        let root = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var options = BuildOptions()
        options.content = Paths.fixture.appendingPathComponent("content").path
        options.templates = root.appendingPathComponent("no-templates-here").path
        options.output = root.appendingPathComponent("public").path
        options.config = "/nonexistent"
        let report = SiteBuilder.build(options)
        #expect(report.wrote && !report.hasErrors)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/assets/style.css").path))
    }
}
