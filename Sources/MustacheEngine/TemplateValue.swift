/// A value as a template sees it, its kind known without a cast.
///
/// Typed page models hand their fields over already in this form (`TemplateValueConvertible`),
/// so rendering them asks the runtime nothing: no `as?` to a protocol, no boxing in `Any`. Plain
/// dictionaries and other values (the spec tests, hand-made contexts) come in through
/// `init?(any:)`, which works out the kind once, when the value is entered.
///
/// Lists, objects and other values sit in a box (a class reference): with an existential
/// payload the enum is copied, and every `switch` on it made, through the runtime's value
/// witnesses, which cost more than the rest of a name's lookup.
package enum TemplateValue {
    case text(String)
    case flag(Bool)
    case number(Int)
    case list(Box<any TemplateList>)
    case object(Box<any TemplateContext>)
    case dictionary([String: Any])
    /// Any other value: printed with `String(describing:)`, looked into with `Mirror`.
    case other(Box<Any>)

    /// One value behind a reference.
    package final class Box<Wrapped> {
        let value: Wrapped
        init(_ value: Wrapped) { self.value = value }
    }

    /// A list's template form.
    package static func list(_ list: any TemplateList) -> TemplateValue { .list(Box(list)) }
    /// An object's template form: its fields are read through `TemplateContext`.
    package static func object(_ context: any TemplateContext) -> TemplateValue { .object(Box(context)) }

    /// The kind of `value`; nil for an empty optional.
    package init?(any value: Any) {
        // The common kinds first: a cast to a protocol costs far more than one to a type.
        switch value {
        case let text as String: self = .text(text)
        case let flag as Bool: self = .flag(flag)
        case let number as Int: self = .number(number)
        case let dictionary as [String: Any]: self = .dictionary(dictionary)
        case let convertible as any TemplateValueConvertible:
            guard let converted = convertible.templateValue else { return nil }
            self = converted
        case let optional as any AnyOptionalValue:
            guard let wrapped = optional.wrappedAny, let converted = TemplateValue(any: wrapped) else { return nil }
            self = converted
        case let list as any TemplateList: self = .list(Box(list))
        default: self = .other(Box(value))
        }
    }

    /// `object[key]` for dictionaries, the field a `TemplateContext` serves, a stored
    /// property's value for other values; nil for text, numbers, flags and lists.
    func child(_ key: TemplateKey) -> TemplateValue? {
        switch self {
        case .dictionary(let dictionary): return dictionary[key.name].flatMap { TemplateValue(any: $0) }
        case .object(let context): return context.value.child(key: key)
        case .other(let object):
            for child in Mirror(reflecting: object.value).children where child.label == key.name {
                return TemplateValue(any: child.value)
            }
            return nil
        case .text, .flag, .number, .list: return nil
        }
    }

    /// Whether a section shows: false and empty lists do not (nor missing values, which are nil).
    var isTruthy: Bool {
        switch self {
        case .flag(let flag): flag
        case .list(let list): list.value.templateCount > 0
        default: true
        }
    }

    /// How the value prints: text as it is, numbers and flags in their usual form.
    var text: String {
        switch self {
        case .text(let text): text
        case .number(let number): String(number)
        case .flag(let flag): flag ? "true" : "false"
        case .list(let list): String(describing: list.value)
        case .object(let context): String(describing: context.value)
        case .dictionary(let dictionary): String(describing: dictionary)
        case .other(let value): String(describing: value.value)
        }
    }
}

/// A value that knows its template kind, so the engine need not cast it. Text, numbers, flags,
/// optionals and arrays of such values conform here; `TemplateContext` values are objects.
package protocol TemplateValueConvertible {
    /// The value's template form; nil when it is empty (an empty optional).
    var templateValue: TemplateValue? { get }
}

extension String: TemplateValueConvertible {
    package var templateValue: TemplateValue? { .text(self) }
}

extension Bool: TemplateValueConvertible {
    package var templateValue: TemplateValue? { .flag(self) }
}

extension Int: TemplateValueConvertible {
    package var templateValue: TemplateValue? { .number(self) }
}

extension TemplateValue: TemplateValueConvertible {
    package var templateValue: TemplateValue? { self }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    package var templateValue: TemplateValue? { self?.templateValue }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    package var templateValue: TemplateValue? { .list(TypedList(elements: self)) }
}

/// Lets a value of any optional type be looked into.
protocol AnyOptionalValue {
    var wrappedAny: Any? { get }
}

extension Optional: AnyOptionalValue {
    var wrappedAny: Any? { self.map { $0 as Any } }
}

/// A list a section iterates, read one element at a time, so that a list is never copied
/// into `[Any]`, which boxes every element.
package protocol TemplateList {
    var templateCount: Int { get }
    /// The element at `index`; nil when it is an empty optional.
    func templateElement(at index: Int) -> TemplateValue?
}

/// An array whose elements are worked out by cast when they are entered (dictionaries, `Any`).
extension Array: TemplateList {
    package var templateCount: Int { count }
    package func templateElement(at index: Int) -> TemplateValue? { TemplateValue(any: self[index]) }
}

/// An array of values that know their template form: elements are entered without a cast.
package struct TypedList<Element: TemplateValueConvertible>: TemplateList {
    let elements: [Element]
    package init(elements: [Element]) { self.elements = elements }
    package var templateCount: Int { elements.count }
    package func templateElement(at index: Int) -> TemplateValue? { elements[index].templateValue }
}
