import MustacheEngine
import Testing

/// What the engine does beyond the Mustache spec: escaping for Markdown, optionals, errors that
/// say where, recursion that cannot exhaust the stack.
@Suite struct TemplateEngineTests {
    @Test func markdownContentTypeEscapesFormatting() throws {
        let template = try PageTemplate("{{% CONTENT_TYPE: MARKDOWN}}\n# {{text}}\n")
        let text = "*bold* [link](javascript:x) <b>\nsecond line | pipe"
        let out = TemplateRenderer(templates: ["t": template]).render("t", ["text": text])
        #expect(out == "# \\*bold\\* \\[link\\]\\(javascript:x\\) \\<b\\> second line \\| pipe\n")
    }

    /// An address in a quote stays text: GFM would make it a link and take the backslash of
    /// the escape after it into the address ("www.oxa.org%5C").
    @Test func addressesInMarkdownValuesStayText() throws {
        let template = try PageTemplate("{{% CONTENT_TYPE: MARKDOWN}}{{text}}")
        let out = TemplateRenderer(templates: ["t": template]).render(
            "t", ["text": "The Oxa Post (www.oxapost.org) and https://ura.org/a. Mr. Www.x: 3.5"])
        #expect(out == "The Oxa Post \\(www\\.oxapost.org\\) and https\\://ura.org/a. Mr. Www\\.x: 3.5")
    }

    @Test func optionalValuesAreMissingWhenEmpty() throws {
        let none: String? = nil
        let some: String? = "there"
        let template = try PageTemplate("[{{a}}]{{#a}}A{{/a}}[{{b}}]{{#b}}B{{/b}}")
        let out = TemplateRenderer(templates: ["t": template]).render("t", ["a": none as Any, "b": some as Any])
        #expect(out == "[][there]B")
    }

    @Test(arguments: [
        ("{{#open}}\nnever closed", "section {{#open}} is never closed", 1, 1),
        ("line one\n  {{/stray}}", "{{/stray}} does not close an open section", 2, 3),
        ("{{#a}}{{/b}}", "{{/b}} does not close an open section", 1, 7),
        ("x {{name", "tag is never closed", 1, 3),
        ("{{shout(name)}}", "unknown transform 'shout'", 1, 1),
        ("{{% CONTENT_TYPE: PDF}}", "unknown content type 'PDF'", 1, 1),
        ("{{<parent}}{{/parent}}", "template inheritance", 1, 1),
        ("{{=<% %>}}", "delimiter change", 1, 1),
    ])
    func syntaxErrorsSayWhere(_ source: String, _ message: String, _ line: Int, _ column: Int) {
        do {
            _ = try PageTemplate(source)
            Issue.record("'\(source)' parsed")
        } catch {
            #expect(error.message.contains(message), "\(error.message)")
            #expect(error.line == line)
            #expect(error.column == column)
        }
    }

    /// Recursion through a section ends with the data, as the Mustache spec has it; runaway
    /// data stops at a fixed depth instead of exhausting the stack.
    @Test func recursionThroughASectionRenders() throws {
        let node = try PageTemplate("<{{name}}>{{#kids}}{{> node}}{{/kids}}</{{name}}>")
        let renderer = TemplateRenderer(templates: ["node": node])
        let tree: [String: Any] = ["name": "a", "kids": [["name": "b", "kids": [["name": "c", "kids": [Any]()]]]]]
        #expect(renderer.render("node", tree) == "<a><b><c></c></b></a>")
        var deep: [String: Any] = ["name": "z"]
        for _ in 0..<1_000 { deep = ["name": "n", "kids": [deep]] }
        #expect(renderer.render("node", deep)?.isEmpty == false)
    }
}
