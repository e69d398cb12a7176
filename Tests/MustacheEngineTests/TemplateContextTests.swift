import MustacheEngine
import Testing

/// Typed values serve their fields through `TemplateContext`, without reflection.
@Suite struct TemplateContextTests {
    /// A page as a struct: `title` and `places` are served, `draftNote` is stored but not
    /// served, and `placeCount` is served without being stored.
    struct Page: TemplateContext {
        var title: String
        var places: [Place]
        var draftNote = "not for readers"

        func child(named name: String) -> TemplateValue? {
            switch name {
            case "title": title.templateValue
            case "places": places.templateValue
            case "placeCount": places.count.templateValue
            default: nil
            }
        }
    }

    struct Place: TemplateContext {
        var name: String
        var attacks: Int

        func child(named name: String) -> TemplateValue? {
            switch name {
            case "name": self.name.templateValue
            case "attacks": attacks.templateValue
            default: nil
            }
        }
    }

    let page = Page(title: "Places", places: [Place(name: "Mosul", attacks: 3), Place(name: "Kirkuk", attacks: 0)])

    func render(_ source: String, _ context: Any) throws -> String? {
        TemplateRenderer(templates: ["t": try PageTemplate(source)]).render("t", context)
    }

    @Test func servesItsFieldsToVariablesAndSections() throws {
        let source = "{{title}} ({{placeCount}}):{{#places}} {{name}} {{attacks}};{{/places}}"
        #expect(try render(source, page) == "Places (2): Mosul 3; Kirkuk 0;")
    }

    /// Only what `child(named:)` serves is seen: no Mirror fallback reads stored properties.
    @Test func fieldsItDoesNotServeAreMissing() throws {
        #expect(try render("[{{draftNote}}]{{^draftNote}}none{{/draftNote}}", page) == "[]none")
    }

    /// A name the struct does not serve is looked up in the objects around it, as a key
    /// missing from a dictionary is.
    @Test func namesItDoesNotServeComeFromOuterObjects() throws {
        let context: [String: Any] = ["page": page, "site": "Sitrep"]
        #expect(try render("{{#page}}{{title}} on {{site}}{{/page}}", context) == "Places on Sitrep")
        #expect(
            try render("{{#page}}{{#places}}{{name}}/{{title}} {{/places}}{{/page}}", context)
                == "Mosul/Places Kirkuk/Places ")
    }

    @Test func dottedNamesGoThroughIt() throws {
        let context: [String: Any] = ["page": page]
        #expect(
            try render("{{page.title}} {{page.placeCount}} {{#page.places}}{{.name}}{{/page.places}}", context)
                == "Places 2 MosulKirkuk")
    }

    @Test func worksAsTheWholeContextAndInDictionaries() throws {
        #expect(try render("{{title}}", page) == "Places")
        #expect(try render("{{#items}}{{name}} {{/items}}", ["items": page.places]) == "Mosul Kirkuk ")
    }

    /// A key's hash is FNV-1a over the name's UTF-8 bytes (the algorithm's published values for
    /// "" and "a"): equal for equal names, and the same from run to run.
    @Test func keysHashTheirNames() {
        #expect(TemplateKey("").hash == 0xcbf2_9ce4_8422_2325)
        #expect(TemplateKey("a").hash == 0xaf63_dc4c_8601_ec8c)
        #expect(TemplateKey("title").hash == TemplateKey.hash("title"))
        #expect(TemplateKey("title").hash != TemplateKey("titles").hash)
    }
}
