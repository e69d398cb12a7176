import MustacheEngine
import Testing

/// The engine against the official Mustache spec's required modules (`Spec/`).
@Suite struct SpecTests {
    @Test(arguments: try SpecCase.all())
    func specCase(_ spec: SpecCase) throws {
        if let reason = SpecDeviations.known[spec.id] {
            withKnownIssue(Comment(rawValue: reason)) { try check(spec) }
        } else {
            try check(spec)
        }
    }

    /// Every required module is read in full, and every known deviation names a real case.
    @Test func everyCaseIsRunAndEveryDeviationIsACase() throws {
        let cases = try SpecCase.all()
        #expect(Set(cases.map(\.module)) == Set(SpecCase.modules))
        #expect(cases.count == 136)
        let ids = Set(cases.map(\.id))
        let strays = SpecDeviations.known.keys.filter { !ids.contains($0) }.sorted()
        #expect(strays.isEmpty, "deviations naming no spec case")
    }

    private func check(_ spec: SpecCase) throws {
        // The case's template goes under a name no partial tag can spell.
        let name = " template "
        var templates = [name: try PageTemplate(spec.template)]
        for (partial, source) in spec.partials ?? [:] { templates[partial] = try PageTemplate(source) }
        let output = TemplateRenderer(templates: templates).render(name, spec.data.plain)
        #expect(output == spec.expected, "\(spec.desc)\ntemplate: \(spec.template.debugDescription)")
    }
}
