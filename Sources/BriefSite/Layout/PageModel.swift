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

    func child(named name: String) -> TemplateValue? { Self.fields.value(TemplateKey(name), in: self) }

    func child(key: TemplateKey) -> TemplateValue? { Self.fields.value(key, in: self) }

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
    func child(named name: String) -> TemplateValue? { child(key: TemplateKey(name)) }

    func child(key: TemplateKey) -> TemplateValue? {
        if let value = Self.fields.value(key, in: self) { return value }
        // `frame` copies the frame (a reference count per field), so only for a name it has.
        return PageFrame.fields.has(key) ? frame.child(key: key) : nil
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
        // Unwrapped here: an optional's own `templateValue` is the engine's generic code.
        PageField(
            name: name, value: { read($0).flatMap(\.templateValue) }, fingerprint: { read($0).addFingerprint(to: &$1) })
    }

    /// A list: its element type known here, so that its template form is made without asking
    /// the runtime for the list type's metadata (an array's own `templateValue` is generic code
    /// of the engine's module, which looks the type up at every read).
    static func field<Element: PageValue>(
        _ name: String, _ read: @escaping @Sendable (Model) -> [Element]
    ) -> PageField {
        PageField(
            name: name, value: { .list(TypedList(elements: read($0))) },
            fingerprint: { read($0).addFingerprint(to: &$1) })
    }
}

/// The fields of a page model, in order, found by name.
struct PageFields<Model>: Sendable, ExpressibleByArrayLiteral {
    let list: [PageField<Model>]
    /// A hash table of the fields by their names' `TemplateKey` hash: each slot holds a field's
    /// index plus one, or 0 when empty; twice as many slots as fields, so a name the model has
    /// not got (most names a template asks an object for) usually ends at the first slot.
    private let slots: [Int]
    private let hashes: [UInt64]

    init(arrayLiteral fields: PageField<Model>...) {
        list = fields
        hashes = fields.map { TemplateKey.hash($0.name) }
        var size = 2
        while size < 2 * fields.count { size *= 2 }
        var slots = [Int](repeating: 0, count: size)
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = index + 1
        }
        self.slots = slots
    }

    /// The index of the field named `key`, if the model has one.
    private func index(of key: TemplateKey) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while slots[slot] != 0 {
            let index = slots[slot] - 1
            if hashes[index] == key.hash && list[index].name == key.name { return index }
            slot = (slot + 1) & mask
        }
        return nil
    }

    func has(_ key: TemplateKey) -> Bool { index(of: key) != nil }

    func value(_ key: TemplateKey, in model: Model) -> TemplateValue? {
        guard let index = index(of: key) else { return nil }
        return list[index].value(model)
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
