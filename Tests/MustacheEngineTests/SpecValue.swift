/// A JSON value from a spec case's data. Decoded case by case rather than read with
/// JSONSerialization, whose booleans are NSNumbers that also pass for 0 and 1 on Linux; and
/// Sendable, so that cases can be test arguments.
enum SpecValue: Sendable, Decodable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([SpecValue])
    case object([String: SpecValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Int.self) {
            self = .int(number)
        } else if let number = try? container.decode(Double.self) {
            self = .double(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let elements = try? container.decode([SpecValue].self) {
            self = .array(elements)
        } else {
            self = .object(try container.decode([String: SpecValue].self))
        }
    }

    /// The value as the engine takes page data: `[String: Any]`, `[Any]`, String, Int, Double,
    /// Bool; null as an empty optional, which the engine treats as a missing value.
    var plain: Any {
        switch self {
        case .null: return String?.none as Any
        case .bool(let flag): return flag
        case .int(let number): return number
        case .double(let number): return number
        case .string(let text): return text
        case .array(let elements): return elements.map(\.plain)
        case .object(let fields): return fields.mapValues(\.plain)
        }
    }
}
