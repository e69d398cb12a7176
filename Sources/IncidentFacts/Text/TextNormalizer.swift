/// Normalises article text so the extractors see one spelling of quotes, dashes and spaces.
enum TextNormalizer {
    /// Replaces curly quotes, long dashes and odd spaces with plain ASCII; drops a BOM and CRs.
    static func normalize(_ text: String) -> String {
        let text = doubleHyphensAsDashes(text)
        // Most wire text is plain ASCII already.
        var bytes = text
        if bytes.withUTF8({ $0.allSatisfy { $0 < 0x80 && $0 != 13 && $0 != 9 } }) { return text }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFEFF, 0x0D, 0x200B, 0x200E, 0x200F: continue
            case 0x2018, 0x2019, 0x201B, 0x2032, 0x00B4: out.append("'")
            case 0x201C, 0x201D, 0x201E, 0x2033: out.append("\"")
            case 0x2014, 0x2015: out.append(contentsOf: " - ".unicodeScalars)  // an em dash separates words
            case 0x2013, 0x2212: out.append("-")
            case 0x2010, 0x2011: out.append("-")
            case 0x00A0, 0x2002, 0x2003, 0x2009, 0x202F, 0x09: out.append(" ")
            case 0x2026: out.append(contentsOf: "...".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Plain-text wire copy writes a dash as "--" ("Five people -- including four judges --
    /// were hurt"): it separates words as an em dash does.
    static func doubleHyphensAsDashes(_ text: String) -> String {
        var copy = text
        let hasDoubleHyphen = copy.withUTF8 { bytes in
            bytes.indices.dropFirst().contains { bytes[$0] == 45 && bytes[$0 - 1] == 45 }
        }
        guard hasDoubleHyphen else { return text }
        return text.replacing(/-{2,}/, with: " - ")
    }
}
