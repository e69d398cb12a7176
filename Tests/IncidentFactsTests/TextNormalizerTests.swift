import Testing

@testable import IncidentFacts

/// Article text normalised to one spelling of quotes, dashes and spaces, on its bytes.
@Suite struct TextNormalizerTests {
    /// The normalisation character by character, as the extractors have always seen it.
    static func reference(_ text: String) -> String {
        let text = text.replacing(/-{2,}/, with: " - ")
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFEFF, 0x0D, 0x200B, 0x200E, 0x200F: continue
            case 0x2018, 0x2019, 0x201B, 0x2032, 0x00B4: out.append("'")
            case 0x201C, 0x201D, 0x201E, 0x2033: out.append("\"")
            case 0x2014, 0x2015: out.append(contentsOf: " - ".unicodeScalars)
            case 0x2013, 0x2212, 0x2010, 0x2011: out.append("-")
            case 0x00A0, 0x2002, 0x2003, 0x2009, 0x202F, 0x09: out.append(" ")
            case 0x2026: out.append(contentsOf: "...".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    @Test func quotesDashesAndSpacesBecomePlain() {
        #expect(
            TextNormalizer.normalize("\u{FEFF}“Oxa”\u{A0}– ‘Ura’…\r\nfive -- six\tseven")
                == "\"Oxa\" - 'Ura'...\nfive  -  six seven")
        #expect(
            TextNormalizer.normalize("Plain wire copy, with one-word hyphens.")
                == "Plain wire copy, with one-word hyphens.")
    }

    /// On random text made of the characters it changes, their neighbours in UTF-8 (U+2020,
    /// U+2213, U+00A1), hyphens, tabs, line ends, accents, emoji and plain words, the bytes
    /// give what the characters give, wherever in an eight-byte word the odd byte falls.
    @Test func bytesNormaliseAsCharactersDo() {
        let pieces = [
            "a", "Oxa ", "plain words ", "-", "--", "\t", "\r", "\r\n", "\n", "\u{FEFF}", "\u{200B}", "\u{200E}",
            "\u{200F}", "‘", "’", "\u{201B}", "′", "´", "“", "”", "„", "″", "—", "\u{2015}", "–", "\u{2212}",
            "\u{2010}", "\u{2011}", "\u{A0}", "\u{2002}", "\u{2003}", "\u{2009}", "\u{202F}", "…", "†", "•", "‰",
            "\u{2213}", "¡", "é", "ü", "🙂", "\u{301}",
        ]
        var draws = SeededDraws(seed: 0xD1B5_4A32_D192_ED03)
        // Half the texts are ASCII, where a lone tab, carriage return or double hyphen decides.
        let ascii = ["a", "Oxa ", "plain words ", "-", "\t", "\r", "\n", "x", "1,200 "]
        for k in 0..<10_000 {
            let from = k % 2 == 0 ? pieces : ascii
            let text = (0..<draws.next(16)).map { _ in from[draws.next(from.count)] }.joined()
            #expect(TextNormalizer.normalize(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
