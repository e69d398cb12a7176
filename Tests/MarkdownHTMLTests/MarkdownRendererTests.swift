import Foundation
import Synchronization
import Testing

@testable import MarkdownHTML

@Suite struct MarkdownRendererTests {
    @Test func tablesBecomeHTMLTables() {
        let html = MarkdownRenderer.renderHTML("| Fact | Value |\n| --- | --- |\n| Killed | 4 |\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<td>Killed</td>"))
    }

    @Test func rawHTMLIsDropped() {
        let html = MarkdownRenderer.renderHTML(
            "Hello <script>alert(1)</script> <b onclick=\"x()\">bold</b>\n\n<iframe src=\"https://e.org\"></iframe>\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(!html.contains("<iframe"))
    }

    @Test func javascriptLinksAreDropped() {
        let html = MarkdownRenderer.renderHTML("[click](javascript:alert(1)) and [ok](https://example.org)")
        #expect(!html.contains("javascript:"))
        #expect(html.contains("href=\"https://example.org\""))
    }

    @Test func strikethroughAndAutolinkWork() {
        let html = MarkdownRenderer.renderHTML("~~old~~ figure, see https://example.org/a")
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains("<a href=\"https://example.org/a\">"))
    }

    @Test func utf8Survives() {
        let html = MarkdownRenderer.renderHTML("Kurfürstendamm — Peşawar · 卡拉奇 😀")
        #expect(html.contains("Kurfürstendamm — Peşawar · 卡拉奇 😀"))
    }

    @Test func emptyInputGivesEmptyOutput() {
        #expect(MarkdownRenderer.renderHTML("") == "")
    }

    /// The library keeps the extensions' inline special characters in a global table; documents
    /// rendered at once on all cores must come out as they do one at a time.
    @Test func concurrentRendersMatchSerialOnes() {
        let documents = (0..<400).map { n in
            "# Brief \(n)\n\n~~\(n) killed~~ see https://example.org/\(n) or mail desk\(n)@example.org\n\n"
                + "| Fact | Value |\n| --- | --- |\n| killed | \(n) |\n"
        }
        let serial = documents.map(MarkdownRenderer.renderHTML)
        let results = ResultSlots(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            results.set(i, MarkdownRenderer.renderHTML(documents[i]))
        }
        #expect(results.values == serial)
        #expect(serial[7].contains("<del>7 killed</del>") && serial[7].contains("<a href=\"https://example.org/7\">"))
    }
}

/// Results written from many threads.
private final class ResultSlots: Sendable {
    private let slots: Mutex<[String]>
    init(count: Int) { slots = Mutex(Array(repeating: "", count: count)) }
    func set(_ i: Int, _ value: String) { slots.withLock { $0[i] = value } }
    var values: [String] { slots.withLock { $0 } }
}
