/// Parses Mustache source into `TemplateNode`s, following the spec's rules for standalone lines:
/// a section, comment, partial, delimiter or pragma tag alone on its line takes the line with it.
struct TemplateParser {
    private let bytes: [UInt8]
    private let source: String

    init(_ source: String) {
        self.source = source
        bytes = Array(source.utf8)
    }

    /// A tag found in the source: its sigil, trimmed content and byte range.
    private struct Tag {
        var sigil: UInt8  // 0 for a plain variable
        var content: String
        var start: Int
        var end: Int
        /// The range removed with the tag when it stands alone on its line.
        var removedStart: Int
        var removedEnd: Int
        var indentation = ""

        static let root = Tag(sigil: 0, content: "", start: 0, end: 0, removedStart: 0, removedEnd: 0)
    }

    func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        let tags = try scanTags()
        // Build the tree from the text between tags and the tags themselves.
        var stack: [(name: String, tag: Tag, nodes: [TemplateNode])] = [("", Tag.root, [])]
        var position = 0
        for tag in tags {
            if tag.removedStart > position {
                stack[stack.count - 1].nodes.append(.text(Array(bytes[position..<tag.removedStart])))
            }
            position = tag.removedEnd
            switch tag.sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                stack.append((tag.content, tag, []))
            case UInt8(ascii: "/"):
                guard stack.count > 1, let open = stack.last, open.name == tag.content else {
                    let expected = stack.count > 1 ? "{{/\(stack.last!.name)}}" : "no section to close"
                    throw error(
                        "{{/\(tag.content)}} does not close an open section (expected \(expected))", at: tag.start)
                }
                stack.removeLast()
                let node = TemplateNode.section(
                    try name(open.tag.content, at: open.tag.start), open.nodes,
                    inverted: open.tag.sigil == UInt8(ascii: "^"))
                stack[stack.count - 1].nodes.append(node)
            case UInt8(ascii: ">"):
                if tag.content.hasPrefix("*") {
                    throw error("dynamic partials ({{>*name}}) are not supported", at: tag.start)
                }
                stack[stack.count - 1].nodes.append(.partial(tag.content, indentation: tag.indentation))
            case UInt8(ascii: "%"):
                stack[stack.count - 1].nodes.append(.contentType(try contentType(tag)))
            case UInt8(ascii: "!"), UInt8(ascii: "="):
                break
            case UInt8(ascii: "<"), UInt8(ascii: "$"):
                throw error("template inheritance ({{< }} and {{$ }}) is not supported", at: tag.start)
            default:
                let escaped = tag.sigil == 0
                stack[stack.count - 1].nodes.append(.variable(try name(tag.content, at: tag.start), escaped: escaped))
            }
        }
        if position < bytes.count { stack[stack.count - 1].nodes.append(.text(Array(bytes[position...]))) }
        if stack.count > 1, let open = stack.last {
            throw error(
                "section {{\(Character(UnicodeScalar(open.tag.sigil)))\(open.name)}} is never closed",
                at: open.tag.start)
        }
        return stack[0].nodes
    }

    /// Finds every tag, honouring delimiter changes, and works out which stand alone.
    private func scanTags() throws(TemplateSyntaxError) -> [Tag] {
        var open: [UInt8] = Array("{{".utf8), close: [UInt8] = Array("}}".utf8)
        var tags: [Tag] = []
        var i = 0
        while let start = find(open, from: i) {
            var contentStart = start + open.count
            var closing = close
            var sigil: UInt8 = 0
            if contentStart < bytes.count {
                let first = bytes[contentStart]
                if first == UInt8(ascii: "{") && open == Array("{{".utf8) {
                    sigil = UInt8(ascii: "&")
                    closing = Array("}}}".utf8)
                    contentStart += 1
                } else if "#^/!>&=%<$".utf8.contains(first) {
                    sigil = first
                    contentStart += 1
                }
            }
            guard var contentEnd = find(closing, from: contentStart) else {
                throw error("tag is never closed (expected \(String(decoding: closing, as: UTF8.self)))", at: start)
            }
            if sigil == UInt8(ascii: "=") {
                guard contentEnd > contentStart, bytes[contentEnd - 1] == UInt8(ascii: "=") else {
                    throw error("a delimiter change must end with '=' before the closing delimiter", at: start)
                }
                contentEnd -= 1
            }
            let end = (sigil == UInt8(ascii: "=") ? contentEnd + 1 : contentEnd) + closing.count
            let content = text(contentStart, contentEnd).trimmingWhitespace()
            var tag = Tag(sigil: sigil, content: content, start: start, end: end, removedStart: start, removedEnd: end)
            if sigil == UInt8(ascii: "=") {
                let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                    throw error("a delimiter change is written {{=<% %>=}}", at: start)
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            }
            if "#^/!>=%".utf8.contains(sigil) && sigil != 0 { markStandalone(&tag) }
            tags.append(tag)
            i = end
        }
        return tags
    }

    /// When only spaces or tabs share the tag's line, the whole line goes with the tag.
    private func markStandalone(_ tag: inout Tag) {
        var lineStart = tag.start
        while lineStart > 0 && bytes[lineStart - 1] != UInt8(ascii: "\n") {
            guard isBlank(bytes[lineStart - 1]) else { return }
            lineStart -= 1
        }
        var lineEnd = tag.end
        while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") {
            guard isBlank(bytes[lineEnd]) || bytes[lineEnd] == UInt8(ascii: "\r") else { return }
            lineEnd += 1
        }
        if lineEnd < bytes.count { lineEnd += 1 }
        tag.indentation = text(lineStart, tag.start)
        tag.removedStart = lineStart
        tag.removedEnd = lineEnd
    }

    private func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private func find(_ needle: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private func text(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }

    /// `name`, `a.b`, `.name`, `.`, `first()`, `uppercased(name)`.
    private func name(_ content: String, at offset: Int) throws(TemplateSyntaxError) -> TemplateName {
        var rest = Substring(content)
        var transforms: [String] = []
        while let paren = rest.firstIndex(of: "(") {
            guard rest.hasSuffix(")") else { throw error("'\(content)' is not a name or a transform call", at: offset) }
            let transform = String(rest[..<paren]).trimmingWhitespace()
            guard TemplateTransforms.known.contains(transform) else {
                let known = TemplateTransforms.known.sorted().joined(separator: ", ")
                throw error("unknown transform '\(transform)' (known: \(known))", at: offset)
            }
            transforms.append(transform)
            rest = rest[rest.index(after: paren)..<rest.index(before: rest.endIndex)]
        }
        let bare = String(rest).trimmingWhitespace()
        guard !bare.isEmpty || !transforms.isEmpty else { throw error("a tag needs a name", at: offset) }
        let allowed = bare.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || "0123456789._-".unicodeScalars.contains($0)
        }
        guard allowed else { throw error("'\(bare)' is not a valid name", at: offset) }
        if bare == "." { return TemplateName(parts: [], transforms: transforms) }
        let anchored = bare.hasPrefix(".")
        let parts = bare.split(separator: ".").map { TemplateKey(String($0)) }
        return TemplateName(parts: parts, anchored: anchored, transforms: transforms)
    }

    private func contentType(_ tag: Tag) throws(TemplateSyntaxError) -> TemplateContentType {
        let parts = tag.content.split(separator: ":", maxSplits: 1).map { String($0).trimmingWhitespace() }
        guard parts.count == 2, parts[0] == "CONTENT_TYPE" else {
            throw error("the only pragma is {{% CONTENT_TYPE: HTML|TEXT|MARKDOWN}}", at: tag.start)
        }
        guard let type = TemplateContentType(rawValue: parts[1]) else {
            throw error("unknown content type '\(parts[1])' (HTML, TEXT or MARKDOWN)", at: tag.start)
        }
        return type
    }

    /// An error at byte `offset`, with its 1-based line and column (in characters).
    private func error(_ message: String, at offset: Int) -> TemplateSyntaxError {
        var line = 1, lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        let column = text(lineStart, min(offset, bytes.count)).count + 1
        return TemplateSyntaxError(message: message, line: line, column: column)
    }
}
