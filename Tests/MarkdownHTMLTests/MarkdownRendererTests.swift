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
}
