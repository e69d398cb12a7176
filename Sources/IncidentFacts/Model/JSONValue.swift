/// A JSON value that keeps object keys in the order given, so output follows the contract's
/// field order and is byte-for-byte deterministic.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    /// A string value, or null.
    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    /// An int value, or null.
    public static func optional(_ n: Int?) -> JSONValue { n.map(JSONValue.int) ?? .null }
    /// A bool value, or null.
    public static func optional(_ b: Bool?) -> JSONValue { b.map(JSONValue.bool) ?? .null }

    /// Compact JSON text (one line).
    public func serialized() -> String {
        var out: [UInt8] = []
        write(into: &out, indented: false, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Indented JSON text, two spaces per level.
    public func pretty() -> String { pretty(level: 0) }

    /// Indented JSON text as it reads `level` levels deep in a larger document (the first line
    /// not indented), so parts of one document can be written separately and joined.
    public func pretty(level: Int) -> String {
        var out: [UInt8] = []
        write(into: &out, indented: true, level: level)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the JSON text to `out`. Bytes rather than a String: large documents (the API's
    /// incidents.json) are written several times faster.
    public func write(into out: inout [UInt8], indented: Bool, level: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let n): out.append(contentsOf: String(n).utf8)
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                if indented { JSONValue.newLine(&out, level: level + 1) }
                item.write(into: &out, indented: indented, level: level + 1)
            }
            if indented { JSONValue.newLine(&out, level: level) }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            if fields.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (k, (key, value)) in fields.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                if indented { JSONValue.newLine(&out, level: level + 1) }
                JSONValue.writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if indented { out.append(UInt8(ascii: " ")) }
                value.write(into: &out, indented: indented, level: level + 1)
            }
            if indented { JSONValue.newLine(&out, level: level) }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A line break and two spaces per level.
    private static func newLine(_ out: inout [UInt8], level: Int) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// Escapes quotes, backslashes, control characters and `<` `>` `&` (so JSON embedded in a
    /// page can never close a script element).
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Fast path: nothing to escape (no controls, quotes, backslashes, <, >, &, or U+2028/9).
        var text = s
        let copied = text.withUTF8 { bytes in
            guard
                bytes.allSatisfy({
                    $0 >= 0x20 && $0 != 34 && $0 != 92 && $0 != 60 && $0 != 62 && $0 != 38 && $0 != 0xE2
                })
            else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied {
            out.append(UInt8(ascii: "\""))
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: "\\\"".utf8)
            case "\\": out.append(contentsOf: "\\\\".utf8)
            case "\n": out.append(contentsOf: "\\n".utf8)
            case "\r": out.append(contentsOf: "\\r".utf8)
            case "\t": out.append(contentsOf: "\\t".utf8)
            case "<": out.append(contentsOf: "\\u003c".utf8)
            case ">": out.append(contentsOf: "\\u003e".utf8)
            case "&": out.append(contentsOf: "\\u0026".utf8)
            case "\u{2028}": out.append(contentsOf: "\\u2028".utf8)
            case "\u{2029}": out.append(contentsOf: "\\u2029".utf8)
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                } else {
                    out.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
