import MustacheEngine

/// A page, or a part of one, as templates see it: a small struct whose fields are listed once,
/// by template name, in `fields`. Templates read them by those names (`TemplateContext`), and a
/// rebuild fingerprints a page from the same list, so nothing a template can show is left out
/// of the fingerprint that decides whether the page is made again.
protocol PageModel: TemplateContext, PageValue {
    static var fields: PageFields<Self> { get }
    /// Adds every field, in order, to `hash`.
    func fingerprint(into hash: inout ContentHash)
}

extension PageModel {
    var templateValue: TemplateValue? { .object(self) }

    func child(named name: String) -> TemplateValue? { Self.fields.value(named: name, in: self) }

    func fingerprint(into hash: inout ContentHash) {
        for field in Self.fields.list { field.fingerprint(self, &hash) }
    }

    func addFingerprint(to hash: inout ContentHash) { fingerprint(into: &hash) }

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
    func child(named name: String) -> TemplateValue? {
        Self.fields.value(named: name, in: self) ?? frame.child(named: name)
    }

    func fingerprint(into hash: inout ContentHash) {
        frame.fingerprint(into: &hash)
        for field in Self.fields.list { field.fingerprint(self, &hash) }
    }
}

/// One field of a page model: its template name, how to read it, and how to fingerprint it. An
/// empty optional reads as nil, so a template looks the name up in the objects around it, as
/// for a missing key.
struct PageField<Model>: Sendable {
    let name: String
    let value: @Sendable (Model) -> TemplateValue?
    let fingerprint: @Sendable (Model, inout ContentHash) -> Void

    static func field<Value: PageValue>(_ name: String, _ read: @escaping @Sendable (Model) -> Value) -> PageField {
        PageField(name: name, value: { read($0).templateValue }, fingerprint: { read($0).addFingerprint(to: &$1) })
    }

    static func field<Value: PageValue>(_ name: String, _ read: @escaping @Sendable (Model) -> Value?) -> PageField {
        PageField(name: name, value: { read($0).templateValue }, fingerprint: { read($0).addFingerprint(to: &$1) })
    }
}

/// The fields of a page model, in order, found by name.
struct PageFields<Model>: Sendable, ExpressibleByArrayLiteral {
    let list: [PageField<Model>]
    /// Each field's name and its length in bytes. A template asks a model for names it mostly
    /// has not got (those of the objects around it): comparing lengths first settles most
    /// of them without hashing the name, as a dictionary would.
    private let names: [String]
    private let lengths: [Int]

    init(arrayLiteral fields: PageField<Model>...) {
        list = fields
        names = fields.map(\.name)
        lengths = fields.map(\.name.utf8.count)
    }

    func value(named name: String, in model: Model) -> TemplateValue? {
        let length = name.utf8.count
        for i in lengths.indices where lengths[i] == length && names[i] == name { return list[i].value(model) }
        return nil
    }
}

/// A value a page model may hold, and how it enters a fingerprint: text, numbers, flags, other
/// page models, and optionals and lists of them. Each kind is marked, so that "" and nil, or
/// a list and its items one after another, never give the same fingerprint.
protocol PageValue: Sendable, TemplateValueConvertible {
    func addFingerprint(to hash: inout ContentHash)
}

extension String: PageValue {
    func addFingerprint(to hash: inout ContentHash) {
        hash.add(1)
        hash.add(self)
    }
}

extension Bool: PageValue {
    func addFingerprint(to hash: inout ContentHash) { hash.add(self ? 2 : 3) }
}

extension Int: PageValue {
    func addFingerprint(to hash: inout ContentHash) {
        hash.add(4)
        hash.add(self)
    }
}

extension Optional: PageValue where Wrapped: PageValue {
    func addFingerprint(to hash: inout ContentHash) {
        if let value = self { value.addFingerprint(to: &hash) } else { hash.add(5) }
    }
}

extension Array: PageValue where Element: PageValue {
    func addFingerprint(to hash: inout ContentHash) {
        hash.add(6)
        hash.add(count)
        for item in self { item.addFingerprint(to: &hash) }
    }
}
