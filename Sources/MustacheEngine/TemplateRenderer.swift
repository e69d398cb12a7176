/// Renders `PageTemplate`s against contexts made of `[String: Any]` dictionaries, arrays,
/// strings, numbers and booleans (or any value, see `TemplateScope`), with partials from one
/// set of templates.
package struct TemplateRenderer: Sendable {
    let templates: [String: PageTemplate]
    /// How deep partials may include partials (a tree of comments, say); deeper ones render
    /// as nothing rather than exhausting the stack.
    static let maximumDepth = 64

    package init(templates: [String: PageTemplate]) {
        self.templates = templates
    }

    /// Where a section over a list is: what `first()`, `last()` and `index()` report.
    private struct Position {
        var index: Int
        var count: Int
    }

    /// The state of one render: the objects in scope, innermost last, and the output.
    private struct State {
        var output: [UInt8] = []
        /// nil for an empty optional entered as a list element: it shows nothing.
        var stack: [TemplateValue?]
        var positions: [Position] = []
        /// Set while rendering a standalone, indented partial.
        var indentation: [UInt8] = []
        /// Partials inside partials: a recursion through sections stops at `maximumDepth`.
        var depth = 0
    }

    /// Renders template `name` with `context`; nil when there is no such template.
    package func render(_ name: String, _ context: Any) -> String? {
        renderBytes(name, context).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The page as UTF-8 bytes, for writing without making a String of it first.
    package func renderBytes(_ name: String, _ context: Any) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var state = State(stack: [TemplateValue(any: context)])
        state.output.reserveCapacity(16 * 1024)
        render(template.nodes, &state, contentType: .html)
        return state.output
    }

    private func render(_ nodes: [TemplateNode], _ state: inout State, contentType: TemplateContentType) {
        var contentType = contentType
        for node in nodes {
            switch node {
            case .text(let text):
                append(text, &state)
            case .variable(let name, let escaped):
                guard let value = lookUp(name, state) else { continue }
                let text = value.text
                // In an indented partial a value starting a line is indented like the line, but
                // the lines inside the value are the data's own and stay as they are (the spec).
                if !state.indentation.isEmpty && !text.isEmpty && state.output.last == UInt8(ascii: "\n") {
                    state.output.append(contentsOf: state.indentation)
                }
                TemplateEscaping.append(text, escapedFor: escaped ? contentType : .text, to: &state.output)
            case .section(let name, let body, let inverted):
                renderSection(lookUp(name, state), body, inverted: inverted, &state, contentType: contentType)
            case .partial(let name, let indentation):
                guard let partial = templates[name], state.depth < Self.maximumDepth else { continue }
                state.depth += 1
                defer { state.depth -= 1 }
                let outer = state.indentation
                state.indentation = outer + Array(indentation.utf8)
                if !indentation.isEmpty { state.output.append(contentsOf: indentation.utf8) }
                render(partial.nodes, &state, contentType: contentType)
                state.indentation = outer
            case .contentType(let type):
                contentType = type
            }
        }
    }

    private func renderSection(
        _ value: TemplateValue?, _ body: [TemplateNode], inverted: Bool, _ state: inout State,
        contentType: TemplateContentType
    ) {
        switch value {
        case .list(let box) where !inverted:
            let list = box.value
            let count = list.templateCount
            for index in 0..<count {
                state.stack.append(list.templateElement(at: index))
                state.positions.append(Position(index: index, count: count))
                render(body, &state, contentType: contentType)
                state.positions.removeLast()
                state.stack.removeLast()
            }
        case .some(let value) where !inverted && value.isTruthy:
            // A true flag keeps the scope; any other value becomes the innermost object.
            if case .flag = value {
                render(body, &state, contentType: contentType)
            } else {
                state.stack.append(value)
                render(body, &state, contentType: contentType)
                state.stack.removeLast()
            }
        case let value where inverted && !(value?.isTruthy ?? false):
            render(body, &state, contentType: contentType)
        default:
            break
        }
    }

    /// Appends text, indenting each new line while inside an indented partial.
    private func append(_ text: [UInt8], _ state: inout State) {
        guard !state.indentation.isEmpty else {
            state.output.append(contentsOf: text)
            return
        }
        for byte in text {
            if state.output.last == UInt8(ascii: "\n") { state.output.append(contentsOf: state.indentation) }
            state.output.append(byte)
        }
    }

    /// The value a name refers to: the innermost object that has the first part, then each
    /// further part inside it; transforms applied last.
    private func lookUp(_ name: TemplateName, _ state: State) -> TemplateValue? {
        if name.parts.isEmpty {
            // `first()` inside a list asks about the position; `.` is the current object.
            if !name.transforms.isEmpty, let position = state.positions.last {
                return TemplateTransforms.apply(name.transforms, toPosition: position.index, count: position.count)
            }
            return transformed(state.stack.last ?? nil, by: name)
        }
        var value =
            name.anchored ? state.stack.last??.child(name.parts[0]) : Self.innermost(name.parts[0], in: state.stack)
        if name.parts.count > 1 {
            for part in name.parts.dropFirst() { value = value?.child(part) }
        }
        return transformed(value, by: name)
    }

    /// The value of `key` in the innermost object in scope that has it. By index: iterating a
    /// reversed copy of the stack would retain every scope on the way.
    private static func innermost(_ key: TemplateKey, in stack: [TemplateValue?]) -> TemplateValue? {
        var i = stack.count - 1
        while i >= 0 {
            if let found = stack[i]?.child(key) { return found }
            i -= 1
        }
        return nil
    }

    private func transformed(_ value: TemplateValue?, by name: TemplateName) -> TemplateValue? {
        guard !name.transforms.isEmpty, let value else { return value }
        return TemplateTransforms.apply(name.transforms, to: value)
    }
}
