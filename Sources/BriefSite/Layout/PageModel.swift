import MustacheEngine

/// A page, or a part of one, as templates see it: a small struct whose fields are listed once,
/// by template name, in `fields`. Templates read them by those names (`TemplateContext`), and a
/// rebuild fingerprints a page from the same list, so nothing a template can show is left out
/// of the fingerprint that decides whether the page is made again.
protocol PageModel: TemplateContext, Sendable {
    static var fields: PageFields<Self> { get }
    /// Adds every field, in order, to `hash`.
    func fingerprint(into hash: inout ContentHash)
}

extension PageModel {
    func child(named name: String) -> Any? { Self.fields.value(named: name, in: self) }

    func fingerprint(into hash: inout ContentHash) {
        for field in Self.fields.list { PageModelFingerprint.add(field.value(self), to: &hash) }
    }

    var fingerprint: ContentHash {
        var hash = ContentHash()
        fingerprint(into: &hash)
        return hash
    }
}

/// A page with the fields every page has (`PageFrame`): its own fields first, then the frame's.
protocol FramedPage: PageModel {
    var frame: PageFrame { get }
}

extension FramedPage {
    func child(named name: String) -> Any? {
        Self.fields.value(named: name, in: self) ?? frame.child(named: name)
    }

    func fingerprint(into hash: inout ContentHash) {
        frame.fingerprint(into: &hash)
        for field in Self.fields.list { PageModelFingerprint.add(field.value(self), to: &hash) }
    }
}

/// One field of a page model: its template name and how to read it. An empty optional reads as
/// nil, so a template looks the name up in the objects around it, as for a missing key.
struct PageField<Model>: Sendable {
    let name: String
    let value: @Sendable (Model) -> Any?

    static func field<Value>(_ name: String, _ path: KeyPath<Model, Value> & Sendable) -> PageField {
        PageField(name: name) { $0[keyPath: path] }
    }

    static func field<Value>(_ name: String, _ path: KeyPath<Model, Value?> & Sendable) -> PageField {
        PageField(name: name) { $0[keyPath: path] }
    }
}

/// The fields of a page model, in order, found by name.
struct PageFields<Model>: Sendable, ExpressibleByArrayLiteral {
    let list: [PageField<Model>]
    private let positions: [String: Int]

    init(arrayLiteral fields: PageField<Model>...) {
        list = fields
        positions = Dictionary(fields.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func value(named name: String, in model: Model) -> Any? {
        positions[name].flatMap { list[$0].value(model) }
    }
}

/// Fingerprints of the values page models hold.
enum PageModelFingerprint {
    static func add(_ value: Any?, to hash: inout ContentHash) {
        switch value {
        case .none: hash.add(-1)
        case let text as String: hash.add(1); hash.add(text)
        case let flag as Bool: hash.add(flag ? 2 : 3)
        case let number as Int: hash.add(4); hash.add(number)
        case let model as any PageModel: hash.add(5); model.fingerprint(into: &hash)
        case let list as [Any]:
            hash.add(6)
            hash.add(list.count)
            for item in list { add(item, to: &hash) }
        case .some(let other): preconditionFailure("a page model holds a \(type(of: other)), which has no fingerprint")
        }
    }
}
