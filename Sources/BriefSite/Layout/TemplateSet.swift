import Foundation
import IncidentFacts
import MustacheEngine

/// The site's Mustache templates, parsed and checked before any page is built.
///
/// Every `{{> partial}}` named by a template is checked here, and a missing one is an error with
/// the template's line, rather than a page with a hole in it.
package struct TemplateSet: Sendable {
    /// Templates every site needs.
    package static let required = [
        "brief.md", "index.html", "brief.html", "history.html", "groups.html", "group.html", "places.html",
        "place.html", "404.html", "partials/head", "partials/footer", "partials/incident-list",
    ]

    let renderer: TemplateRenderer
    /// A hash of every template's name and text.
    var fingerprint = ContentHash()
    /// Files copied to `assets/` as they are.
    let assets: [(path: String, data: Data)]

    /// Loads `folder` (its `.mustache` files and its `assets/`); when the folder does not
    /// exist, the default templates compiled into Sitrep are used.
    package static func load(folder: String, displayPrefix: String) -> (TemplateSet?, [Diagnostic]) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return loadDefaults()
        }
        var diagnostics: [Diagnostic] = []
        var sources: [String: (text: String, display: String)] = [:]
        var assets: [(String, Data)] = []
        // The same walk as `content/`: links that leave the folder are refused, loops are named.
        let walk = FolderWalk(folder: folder, displayPrefix: displayPrefix) {
            $0.hasPrefix("assets/") || $0.hasSuffix(".mustache")
        }
        diagnostics += walk.diagnostics
        for relative in walk.paths.sorted() {
            let full = folder + "/" + relative
            if relative.hasPrefix("assets/") {
                if let data = fm.contents(atPath: full) { assets.append((String(relative.dropFirst(7)), data)) }
            } else if relative.hasSuffix(".mustache") {
                guard let data = fm.contents(atPath: full), let text = String(data: data, encoding: .utf8) else {
                    diagnostics.append(
                        .error("template is not readable UTF-8 text", file: displayPrefix + "/" + relative))
                    continue
                }
                sources[String(relative.dropLast(9))] = (text, displayPrefix + "/" + relative)
            }
        }
        return compile(sources: sources, assets: assets, displayPrefix: displayPrefix, diagnostics: diagnostics)
    }

    /// The templates compiled into the binary.
    static func loadDefaults() -> (TemplateSet?, [Diagnostic]) {
        var sources: [String: (text: String, display: String)] = [:]
        var assets: [(String, Data)] = []
        for (path, text) in DefaultTemplates.files.sorted(by: { $0.key < $1.key }) {
            if path.hasPrefix("assets/") {
                assets.append((String(path.dropFirst(7)), Data(text.utf8)))
            } else if path.hasSuffix(".mustache") {
                sources[String(path.dropLast(9))] = (text, "(built-in)/" + path)
            }
        }
        return compile(sources: sources, assets: assets, displayPrefix: "(built-in templates)", diagnostics: [])
    }

    static func compile(
        sources: [String: (text: String, display: String)], assets: [(String, Data)], displayPrefix: String,
        diagnostics: [Diagnostic]
    ) -> (TemplateSet?, [Diagnostic]) {
        var diagnostics = diagnostics
        var templates: [String: PageTemplate] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                templates[name] = try PageTemplate(source.text)
            } catch {
                diagnostics.append(
                    .error(
                        "template syntax: \(error.message)", file: source.display, line: error.line,
                        column: error.column))
            }
        }
        for name in required where sources[name] == nil {
            diagnostics.append(.error("required template '\(name).mustache' is missing", file: displayPrefix))
        }
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            for (partial, line, column) in partialReferences(in: source.text) where sources[partial] == nil {
                diagnostics.append(
                    .error(
                        "partial '\(partial)' is not in the templates folder (it would render as nothing)",
                        file: source.display, line: line, column: column))
            }
            _ = name
        }
        // A partial that includes itself, directly or through others, outside any section would
        // render forever (it crashed the build): the chain is an error.
        for cycle in includeCycles(templates) {
            let first = cycle[0], next = cycle[1]
            let place = sources[first].flatMap { source in partialReferences(in: source.text).first { $0.0 == next } }
            diagnostics.append(
                .error(
                    "partial '\(next)' includes itself: \(cycle.joined(separator: " → "))",
                    file: sources[first]?.display ?? displayPrefix, line: place?.1, column: place?.2))
        }
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        var set = TemplateSet(renderer: TemplateRenderer(templates: templates), assets: assets)
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            set.fingerprint.add(name)
            set.fingerprint.add(source.text)
        }
        return (set, diagnostics)
    }

    /// Renders template `name` with the page model `page`.
    func render(_ name: String, _ page: some PageModel) -> String {
        renderer.render(name, page) ?? ""
    }

    /// Renders template `name` with `page` as UTF-8 bytes, ready to write.
    func renderBytes(_ name: String, _ page: some PageModel) -> [UInt8] {
        renderer.renderBytes(name, page) ?? []
    }

    /// `{{> name}}` tags with their line and column.
    /// One template on its own, rendered with `context` as a build would, every partial it
    /// names standing for itself: how the fuzzer tries templates (`make fuzz`). Syntax errors
    /// and include loops come back as diagnostics, with no page.
    package static func renderAlone(_ text: String, context: [String: Any]) -> (String?, [Diagnostic]) {
        let template: PageTemplate
        do {
            template = try PageTemplate(text)
        } catch {
            return (nil, [.error("template syntax: \(error.message)", file: "template", line: error.line)])
        }
        var templates = ["page": template]
        for (name, _, _) in partialReferences(in: text) { templates[name] = template }
        let cycles = includeCycles(templates)
        guard cycles.isEmpty else {
            return (
                nil, cycles.map { .error("partial includes itself: \($0.joined(separator: " → "))", file: "template") }
            )
        }
        return (TemplateRenderer(templates: templates).render("page", context), [])
    }

    /// Include chains that come back to where they started ("a → b → a"), through partials
    /// included outside sections (inside one, the data decides when the recursion ends).
    static func includeCycles(_ templates: [String: PageTemplate]) -> [[String]] {
        func unconditional(_ nodes: [TemplateNode]) -> [String] {
            nodes.compactMap { node in
                if case .partial(let name, _) = node { return name }
                return nil
            }
        }
        let includes = templates.mapValues { unconditional($0.nodes) }
        var cycles: [[String]] = []
        var done: Set<String> = []
        func visit(_ name: String, _ path: [String]) {
            if let start = path.firstIndex(of: name) {
                cycles.append(Array(path[start...]) + [name])
                return
            }
            guard !done.contains(name) else { return }
            for next in includes[name] ?? [] { visit(next, path + [name]) }
            done.insert(name)
        }
        for name in includes.keys.sorted() { visit(name, []) }
        return cycles
    }

    static func partialReferences(in text: String) -> [(String, Int, Int)] {
        var found: [(String, Int, Int)] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{>") {
                let after = rest[open.upperBound...]
                guard let close = after.range(of: "}}") else { break }
                let name = after[..<close.lowerBound].trimmingSpaces()
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                found.append((name, lineIndex + 1, column))
                rest = after[close.upperBound...]
            }
        }
        return found
    }
}
