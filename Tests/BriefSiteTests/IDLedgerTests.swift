import Foundation
import Testing

@testable import BriefSite

/// Published ids are kept, and a brief whose id changes leaves a redirect at its old address.
@Suite(.serialized) struct IDLedgerTests {
    @Test func anIDThatDisappearsMovesToTheIncidentHoldingItsReports() {
        var old = IDLedger()
        old.reports = ["2024-05-01-quetta": ["a.md", "b.txt", "c.txt"], "2024-06-01-kabul": ["k.txt"]]
        // a.md and b.txt now make an incident with another id; c.txt went elsewhere.
        let next = old.next(incidents: [
            (id: "quetta-bazaar-blast", reports: ["a.md", "b.txt"]), (id: "2024-05-02-mastung", reports: ["c.txt"]),
            (id: "2024-06-01-kabul", reports: ["k.txt"]),
        ])
        #expect(next.moved == ["2024-05-01-quetta": "quetta-bazaar-blast"])
        // A later move carries the earlier one along; an id whose reports are all gone is dropped.
        let later = next.next(incidents: [(id: "quetta-market-blast", reports: ["a.md", "b.txt"])])
        #expect(
            later.moved == ["2024-05-01-quetta": "quetta-market-blast", "quetta-bazaar-blast": "quetta-market-blast"])
        // Read back as written.
        #expect(later.json().contains("\"quetta-bazaar-blast\": \"quetta-market-blast\""))
    }

    @Test func aRenamedBriefLeavesARedirectThatCheckAccepts() throws {
        let root = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content"), output = root.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let article = content.appendingPathComponent("a.md")
        func write(_ frontMatter: String) throws {
            try Data(
                "---\ntitle: Blast\ndate: 2024-05-02\n\(frontMatter)---\nA bomb went off at a market in Quetta, Pakistan, on Wednesday, killing five people.\n"
                    .utf8
            ).write(to: article)
        }
        func build(into folder: URL, previous: URL? = nil) -> BuildReport {
            var options = BuildOptions()
            options.content = content.path
            options.templates = Paths.templates.path
            options.output = folder.path
            options.previousOutput = previous?.path
            options.config = root.appendingPathComponent("sitrep.yml").path
            return SiteBuilder.build(options)
        }
        try write("")
        #expect(build(into: output).wrote)
        let first = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("briefs").path)
        #expect(first.count == 1)
        try write("id: quetta-market-blast\n")
        #expect(build(into: output).wrote)
        let redirect = try String(
            contentsOf: output.appendingPathComponent("briefs/\(first[0])/index.html"), encoding: .utf8)
        #expect(redirect.contains("url=../../briefs/quetta-market-blast/index.html"))
        #expect(
            !FileManager.default.fileExists(atPath: output.appendingPathComponent("briefs/\(first[0])/brief.md").path))
        // The sitemap lists the brief, not the redirect.
        let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(!sitemap.contains(first[0]))
        // A build elsewhere that continues this site's ledger makes the same files (as `check` does).
        let again = root.appendingPathComponent("again")
        #expect(build(into: again, previous: output).wrote)
        #expect(TreeDiff.differences(expected: again.path, actual: output.path).isEmpty)
    }
}
