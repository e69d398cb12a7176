import Mustache
import Testing

@testable import BriefSite

/// The site's template engine against swift-mustache, the reference it replaced, and against
/// the Mustache spec's rules where the two are meant to agree.
@Suite struct TemplateEngineTests {
    let context: [String: Any] = [
        "title": "Siege & <escape> \"quoted\" 'single'",
        "count": 3,
        "yes": true,
        "no": false,
        "empty": [String](),
        "names": ["Karachi", "Peshawar", "Quetta"],
        "people": [["name": "Ana", "age": 30], ["name": "Ben", "age": 41]] as [[String: Any]],
        "place": ["city": "Lahore", "country": ["name": "Pakistan"]] as [String: Any],
        "blank": "",
    ]

    /// Templates where both engines must print the same bytes.
    static let shared: [String] = [
        "Hello {{title}}!",
        "Raw {{{title}}} and {{& title}}.",
        "{{#yes}}shown{{/yes}}{{#no}}hidden{{/no}}{{^no}}inverted{{/no}}",
        "{{#names}}- {{.}}\n{{/names}}",
        "List:\n{{#people}}\n  * {{name}} ({{age}})\n{{/people}}\nEnd\n",
        "{{#empty}}never{{/empty}}{{^empty}}nothing listed{{/empty}}",
        "{{place.city}}, {{place.country.name}}; {{#place}}{{city}} in {{country.name}}{{/place}}",
        "{{missing}}|{{#missing}}x{{/missing}}|{{^missing}}absent{{/missing}}",
        "Outer {{title}} {{#people}}{{name}} sees {{count}}; {{/people}}",
        "  {{! a comment on its own line }}\nafter\n",
        "{{=<% %>=}}\n<% title %> and {{not a tag}}\n<%={{ }}=%>\n{{count}}\n",
        "{{#names}}{{.}}{{^last()}}, {{/last()}}{{/names}}",
        "{{#names}}{{index()}}{{#first()}}!{{/first()}}{{/names}}",
        "{{uppercased(blank)}}{{#blank}}[empty text is a value]{{/blank}}",
        "a\r\n{{#yes}}\r\nwindows\r\n{{/yes}}\r\nb",
        "{{% CONTENT_TYPE: TEXT}}\n{{title}}",
        "\t{{#yes}}\n\tindented\n\t{{/yes}}\n",
        "{{#people}}{{#yes}}{{name}}{{/yes}}{{/people}}",
    ]

    @Test(arguments: shared)
    func agreesWithSwiftMustache(_ source: String) throws {
        let reference = try MustacheTemplate(string: source).render(context)
        let ours = TemplateRenderer(templates: ["t": try PageTemplate(source)]).render("t", context)
        #expect(ours == reference)
    }

    @Test func partialsAndTheirIndentationAgree() throws {
        let partial = "<li>{{name}}</li>\n<li>again</li>\n"
        let page = "<ul>\n  {{> item}}\n</ul>\n{{#people}}{{> item}}{{/people}}"
        let library = MustacheLibrary(templates: [
            "item": try MustacheTemplate(string: partial), "page": try MustacheTemplate(string: page),
        ])
        let ours = TemplateRenderer(templates: ["item": try PageTemplate(partial), "page": try PageTemplate(page)])
        let expected =
            "<ul>\n  <li></li>\n  <li>again</li>\n</ul>\n<li>Ana</li>\n<li>again</li>\n<li>Ben</li>\n<li>again</li>\n"
        #expect(ours.render("page", context) == expected)
        #expect(library.render(context, withTemplate: "page") == expected)
    }

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
}
