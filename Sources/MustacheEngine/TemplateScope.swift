/// An object in scope, its kind worked out once when it is entered rather than at every name
/// looked up through it.
///
/// Dictionaries and plain values are tried first: they are what pages are made of, and a
/// cast to a protocol costs far more. A `TemplateContext` serves its own fields; any other
/// value is looked into with `Mirror`, the slowest way, last.
enum TemplateScope {
    case dictionary([String: Any])
    case strings([String: String])
    case plain(Any)
    case context(any TemplateContext)
    case other(Any)

    init(_ value: Any) {
        switch value {
        case let dictionary as [String: Any]: self = .dictionary(dictionary)
        case let strings as [String: String]: self = .strings(strings)
        case is String, is Bool, is Int, is Double: self = .plain(value)
        case let context as any TemplateContext: self = .context(context)
        default: self = .other(value)
        }
    }

    var value: Any {
        switch self {
        case .dictionary(let dictionary): dictionary
        case .strings(let strings): strings
        case .context(let context): context
        case .plain(let value), .other(let value): value
        }
    }

    /// `object[key]` for dictionaries, the field a `TemplateContext` serves, a stored
    /// property's value for other values.
    func child(_ key: String) -> Any? {
        switch self {
        case .dictionary(let dictionary): return dictionary[key]
        case .strings(let strings): return strings[key]
        case .plain: return nil
        case .context(let context): return context.child(named: key)
        case .other(let object):
            for child in Mirror(reflecting: object).children where child.label == key { return child.value }
            return nil
        }
    }
}
