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
        var stack: [TemplateScope]
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
        var state = State(stack: [TemplateScope(context)])
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
                let text = Self.text(of: value)
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
        _ value: Any?, _ body: [TemplateNode], inverted: Bool, _ state: inout State, contentType: TemplateContentType
    ) {
        if let list = value as? any TemplateList {
            let count = list.templateCount
            if inverted {
                if count == 0 { render(body, &state, contentType: contentType) }
                return
            }
            for index in 0..<count {
                state.stack.append(TemplateScope(list.templateElement(at: index)))
                state.positions.append(Position(index: index, count: count))
                render(body, &state, contentType: contentType)
                state.positions.removeLast()
                state.stack.removeLast()
            }
            return
        }
        let truthy: Bool
        switch value {
        case .none: truthy = false
        case let flag as Bool: truthy = flag
        default: truthy = true
        }
        if inverted {
            if !truthy { render(body, &state, contentType: contentType) }
        } else if truthy {
            // A true flag keeps the scope; any other value becomes the innermost object.
            let pushes = !(value is Bool)
            if pushes { state.stack.append(TemplateScope(value!)) }
            render(body, &state, contentType: contentType)
            if pushes { state.stack.removeLast() }
        }
    }

    /// Appends text, indenting each new line while inside an indented partial.
    private func append(_ text: String, _ state: inout State) {
        guard !state.indentation.isEmpty else {
            state.output.append(contentsOf: text.utf8)
            return
        }
        for byte in text.utf8 {
            if state.output.last == UInt8(ascii: "\n") { state.output.append(contentsOf: state.indentation) }
            state.output.append(byte)
        }
    }

    /// The value a name refers to: the innermost object that has the first part, then each
    /// further part inside it; transforms applied last.
    private func lookUp(_ name: TemplateName, _ state: State) -> Any? {
        var value: Any?
        if name.parts.isEmpty {
            // `first()` inside a list asks about the position; `.` is the current object.
            if !name.transforms.isEmpty, let position = state.positions.last {
                return TemplateTransforms.apply(name.transforms, toPosition: position.index, count: position.count)
            }
            value = state.stack.last?.value
        } else if name.anchored {
            value = state.stack.last.flatMap { $0.child(name.parts[0]) }
        } else {
            for scope in state.stack.reversed() {
                if let found = scope.child(name.parts[0]) {
                    value = found
                    break
                }
            }
        }
        for part in name.parts.dropFirst() {
            guard let object = value else { return nil }
            value = TemplateScope(object).child(part)
        }
        guard let found = value.flatMap(Self.unwrapped) else { return nil }
        return name.transforms.isEmpty ? found : TemplateTransforms.apply(name.transforms, to: found)
    }

    /// The value inside an optional (nil when it is empty), any other value as it is.
    static func unwrapped(_ value: Any) -> Any? {
        // The common kinds first. (Asking whether a typed list is a list of dictionaries casts
        // it element by element: slower than the one conformance check below.)
        if value is String || value is Bool { return value }
        guard let optional = value as? any AnyOptionalValue else { return value }
        return optional.wrappedAny.flatMap(unwrapped)
    }

    /// How a value prints: strings as they are, numbers and flags in their usual form.
    static func text(of value: Any) -> String {
        switch value {
        case let string as String: return string
        case let number as Int: return String(number)
        case let flag as Bool: return flag ? "true" : "false"
        default: return String(describing: value)
        }
    }
}

/// Lets a value of any optional type be looked into.
protocol AnyOptionalValue {
    var wrappedAny: Any? { get }
}

extension Optional: AnyOptionalValue {
    var wrappedAny: Any? { self.map { $0 as Any } }
}

/// A list a section iterates, read one element at a time: a typed array (`[IncidentRow]`) is
/// neither copied into `[Any]`, which boxes every element, nor tried as a list of
/// dictionaries first, which casts it element by element.
protocol TemplateList {
    var templateCount: Int { get }
    func templateElement(at index: Int) -> Any
}

extension Array: TemplateList {
    var templateCount: Int { count }
    func templateElement(at index: Int) -> Any { self[index] }
}
