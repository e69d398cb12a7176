import Foundation
import Testing

@testable import BriefSite
@testable import IncidentFacts

@Suite(.serialized) struct SiteBuildTests {
    func build(content: URL, output: URL, baseURL: String? = nil) -> BuildReport {
        var options = BuildOptions()
        options.content = content.path
        options.templates = Paths.templates.path
        options.output = output.path
        options.config = content.deletingLastPathComponent().appendingPathComponent("sitrep.yml").path
        options.baseURL = baseURL
        return SiteBuilder.build(options)
    }

    /// Builds the fixture site and compares it file by file with the committed expected tree.
    /// Set SITREP_RECORD=1 to re-record the expected tree on purpose.
    @Test func goldenSite() throws {
        let temp = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temp) }
        let output = temp.appendingPathComponent("public")
        let report = build(content: Paths.fixture.appendingPathComponent("content"), output: output)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        if ProcessInfo.processInfo.environment["SITREP_RECORD"] == "1" {
            try? FileManager.default.removeItem(at: Paths.expected)
            try FileManager.default.copyItem(at: output, to: Paths.expected)
        }
        let differences = TreeDiff.differences(expected: Paths.expected.path, actual: output.path)
        #expect(differences.isEmpty, "differs from Fixtures/expected: \(differences)")
    }

    @Test func reportsOfOneAttackAreMergedAndHistoryLinked() throws {
        let temp = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temp) }
        let output = temp.appendingPathComponent("public")
        _ = build(content: Paths.fixture.appendingPathComponent("content"), output: output)
        let json = try String(contentsOf: output.appendingPathComponent("api/incidents.json"), encoding: .utf8)
        let data = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let incidents = data["incidents"] as! [[String: Any]]
        #expect(incidents.count == 2)
        let harbour = incidents.first { ($0["sources"] as! [Any]).count == 2 }
        #expect(harbour != nil)
        let killed = harbour?["killed"] as? [String: Any]
        #expect(killed?["best"] as? Int == 4)
        let history = harbour?["history"] as? [[String: Any]]
        #expect(
            history?.first?["incident"] as? String == incidents.first { ($0["sources"] as! [Any]).count == 1 }?["id"]
                as? String)
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("data-incident-id=\"\(harbour!["id"] as! String)\""))
    }

    @Test func relativeLinksResolveAndBaseURLIsUsed() throws {
        let temp = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temp) }
        let output = temp.appendingPathComponent("public")
        _ = build(
            content: Paths.fixture.appendingPathComponent("content"), output: output,
            baseURL: "https://example.org/news/")
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("href=\"https://example.org/news/assets/style.css\""))
        #expect(index.contains("<link rel=\"canonical\" href=\"https://example.org/news/\">"))
    }

    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: Paths.corpus.path),
            "the shared corpus is not beside the checkout"
        ))
    func corpusBuildsWithoutErrors() throws {
        let temp = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temp) }
        let report = build(content: Paths.corpus, output: temp.appendingPathComponent("public"))
        #expect(!report.hasErrors, "\(report.diagnostics.filter { $0.severity == .error })")
        #expect(report.wrote)
        #expect(report.incidentCount > 10)
    }

    @Test func failedBuildKeepsThePreviousSite() throws {
        let temp = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temp) }
        let output = temp.appendingPathComponent("public")
        // A site an earlier build wrote (its api/incidents.json marks it as Sitrep's).
        try FileManager.default.createDirectory(
            at: output.appendingPathComponent("api"), withIntermediateDirectories: true)
        try Data("old site".utf8).write(to: output.appendingPathComponent("index.html"))
        try Data("{\"incidents\": []}".utf8).write(to: output.appendingPathComponent("api/incidents.json"))
        let content = temp.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data(" date 2023-02-30 \nA bomb exploded.".utf8).write(to: content.appendingPathComponent("bad.txt"))
        let report = build(content: content, output: output)
        #expect(report.hasErrors)
        #expect(!report.wrote)
        #expect(report.diagnostics.contains { $0.description.contains("bad.txt:1:2: error") })
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "old site")
    }
}

@Suite struct PaginationTests {
    /// A large archive is split into index pages of 200 rows; every incident is on one of them,
    /// and the search index holds them all.
    @Test func largeIndexIsPaginated() throws {
        let root = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let cities = ["Karachi", "Lahore", "Kabul", "Quetta", "Peshawar", "Mogadishu", "Nairobi", "Baghdad"]
        for i in 0..<450 {
            let day = SimpleDate(iso: "2010-01-01")!.adding(days: i * 5)
            let text =
                " date \(day.iso) \nA bomb exploded at a market in \(cities[i % cities.count]) today, killing \(i % 40 + 2) people.\n"
            try Data(text.utf8).write(to: content.appendingPathComponent("\(day.iso)-report-\(i).txt"))
        }
        var options = BuildOptions()
        options.content = content.path
        options.templates = Paths.templates.path
        options.output = root.appendingPathComponent("public").path
        options.config = "/nonexistent"
        let report = SiteBuilder.build(options)
        #expect(report.wrote && report.incidentCount == 450)
        let public_ = root.appendingPathComponent("public")
        var rows = 0
        for page in ["index.html", "page/2/index.html", "page/3/index.html"] {
            let html = try String(contentsOf: public_.appendingPathComponent(page), encoding: .utf8)
            rows += html.components(separatedBy: "data-incident-id=").count - 1
        }
        #expect(rows == 450)
        #expect(!FileManager.default.fileExists(atPath: public_.appendingPathComponent("page/4").path))
        let search = try String(contentsOf: public_.appendingPathComponent("assets/search-index.js"), encoding: .utf8)
        #expect(search.components(separatedBy: "[\"").count - 1 == 450)
    }
}
