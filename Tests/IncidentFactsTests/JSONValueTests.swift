import Testing

@testable import IncidentFacts

/// JSON text: strings escaped so that a document embedded in a page can never close its script.
@Suite struct JSONValueTests {
    /// The escaping, character by character, as the contract's readers expect it.
    static func reference(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out += String(scalar)
                }
            }
        }
        return out + "\""
    }

    static func written(_ s: String) -> String {
        var out: [UInt8] = []
        JSONValue.writeString(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func stringsAreEscaped() {
        #expect(Self.written("Oxa") == "\"Oxa\"")
        #expect(
            Self.written("“Ura” – <b>&\"\\\n\t\u{1}\u{1F}")
                == "\"“Ura” – \\u003cb\\u003e\\u0026\\\"\\\\\\n\\t\\u0001\\u001f\"")
        #expect(Self.written("a\u{2028}b\u{2029}c\u{2027}") == "\"a\\u2028b\\u2029c\u{2027}\"")
        #expect(Self.written("") == "\"\"")
    }

    /// Written on bytes, the escaping is the reference's on random strings of quotes, dashes,
    /// line separators and their neighbours, controls, accents and plain letters.
    @Test func bytesEscapeAsCharactersDo() {
        let pieces = [
            "a", "Oxa", " ", "\"", "\\", "\n", "\r", "\r\n", "\t", "<", ">", "&", "\u{2028}", "\u{2029}", "\u{2027}",
            "\u{202A}", "“", "”", "–", "’", "é", "\u{0}", "\u{1B}", "\u{7F}", "\u{E2}", "🙂", "\u{301}",
        ]
        var draws = SeededDraws(seed: 0x2545_F491_4F6C_DD1D)
        for _ in 0..<5_000 {
            let s = (0..<draws.next(12)).map { _ in pieces[draws.next(pieces.count)] }.joined()
            #expect(Self.written(s) == Self.reference(s), "\(s.debugDescription)")
        }
    }

    /// Indented text puts two spaces per level before each line, however deep.
    @Test func deepDocumentsIndentTwoSpacesPerLevel() {
        var value = JSONValue.int(1)
        for _ in 0..<40 { value = .array([value]) }
        let lines = value.pretty().split(separator: "\n")
        #expect(lines.count == 81)
        for (k, line) in lines.enumerated() {
            let depth = k <= 40 ? k : 80 - k
            #expect(line == Substring(String(repeating: " ", count: 2 * depth) + (k < 40 ? "[" : k == 40 ? "1" : "]")))
        }
    }
}
