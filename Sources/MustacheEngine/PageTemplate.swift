/// A Mustache template parsed into a tree, ready to render many pages.
///
/// Sitrep renders its own templates instead of going through swift-mustache: the site's contexts
/// are plain dictionaries and arrays, and looking names up in them directly, escaping on UTF-8
/// bytes and appending to one buffer made page rendering several times faster (issue 6).
/// The syntax is Mustache's (variables, sections, inverted sections, comments, partials, set
/// delimiters, standalone lines) plus swift-mustache's `{{% CONTENT_TYPE: ...}}` pragma and its
/// sequence and text transforms such as `{{#first()}}` or `{{uppercased(name)}}`.
package struct PageTemplate: Sendable {
    package let nodes: [TemplateNode]

    /// Parses `source`; a syntax error carries its line and column.
    package init(_ source: String) throws(TemplateSyntaxError) {
        nodes = try TemplateParser(source).parse()
    }
}

/// One piece of a parsed template.
package indirect enum TemplateNode: Sendable {
    /// Literal text, as the UTF-8 bytes it is copied out as.
    case text([UInt8])
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// A partial, with the indentation of its standalone line (added to each line it renders).
    case partial(String, indentation: String)
    case contentType(TemplateContentType)
}

/// A name in a tag: `.`, `name`, `a.b`, `.local`, with transforms applied innermost first.
package struct TemplateName: Sendable {
    /// The dotted parts; empty for `.` or for a bare transform such as `first()`.
    var parts: [TemplateKey]
    /// `.name`: looked up in the current object only, not the ones around it.
    var anchored = false
    /// Transforms, outermost first: `uppercased(reversed(name))` is ["uppercased", "reversed"].
    var transforms: [String] = []
}

/// How printed values are escaped.
package enum TemplateContentType: String, Sendable {
    case html = "HTML"
    case text = "TEXT"
    /// Markdown briefs: characters that would start formatting, links or HTML are escaped.
    case markdown = "MARKDOWN"
}

/// A template that cannot be parsed, and where.
package struct TemplateSyntaxError: Error, Sendable {
    package let message: String
    package let line: Int
    package let column: Int
}
