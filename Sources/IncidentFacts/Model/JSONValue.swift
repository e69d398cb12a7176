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

    /// A line break and two spaces per level, copied from a line made once (appending a
    /// repeated element goes byte by byte).
    private static func newLine(_ out: inout [UInt8], level: Int) {
        if 2 * level < indentedLine.count {
            out.append(contentsOf: indentedLine[...(2 * level)])
        } else {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
        }
    }

    /// A line feed and 63 spaces.
    private static let indentedLine: [UInt8] = [0x0A] + [UInt8](repeating: UInt8(ascii: " "), count: 63)

    /// Escapes quotes, backslashes, control characters and `<` `>` `&` (so JSON embedded in a
    /// page can never close a script element).
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = s
        text.withUTF8 { bytes in
            // Most strings need no escape: copied whole after one pass that finds no byte to look
            // at, eight bytes at a time.
            let plain = ByteWord.none(
                of: bytes,
                { word in
                    ByteWord.hasByte(below: 0x20, in: word) || ByteWord.hasByte(34, in: word)
                        || ByteWord.hasByte(92, in: word) || ByteWord.hasByte(60, in: word)
                        || ByteWord.hasByte(62, in: word) || ByteWord.hasByte(38, in: word)
                        || ByteWord.hasByte(0xE2, in: word)
                },
                { $0 < 0x20 || $0 == 34 || $0 == 92 || $0 == 60 || $0 == 62 || $0 == 38 || $0 == 0xE2 })
            guard !plain else {
                out.append(contentsOf: bytes)
                return
            }
            // Runs of bytes that need no escape are copied whole; news text has curly quotes and
            // dashes (bytes 0xE2 ...), of which only U+2028 and U+2029 are escaped.
            var copied = 0
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                var escape: String?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case UInt8(ascii: "<"): escape = "\\u003c"
                case UInt8(ascii: ">"): escape = "\\u003e"
                case UInt8(ascii: "&"): escape = "\\u0026"
                case 0xE2
                where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                case ..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    escape = "\\u00" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 15)]], as: UTF8.self)
                default: break
                }
                guard let escape else {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                out.append(contentsOf: escape.utf8)
                i += length
                copied = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
