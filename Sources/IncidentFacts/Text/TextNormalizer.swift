/// Normalises article text so the extractors see one spelling of quotes, dashes and spaces.
enum TextNormalizer {
    /// Replaces curly quotes, long dashes and odd spaces with plain ASCII; drops a BOM and CRs.
    static func normalize(_ text: String) -> String {
        var text = text
        // The bytes, checked eight at a time, tell whether there is anything to do: most wire
        // text is plain ASCII, without tabs, carriage returns or double hyphens.
        let (plain, doubleHyphen) = text.withUTF8 { (isPlain($0), hasDoubleHyphen($0)) }
        // Plain-text wire copy writes a dash as "--" ("Five people -- including four judges --
        // were hurt"): it separates words as an em dash does.
        if doubleHyphen { text = text.replacing(/-{2,}/, with: " - ") }
        guard !plain else { return text }
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    if byte == 9 { out.append(32) } else if byte != 13 { out.append(byte) }
                    i += 1
                    continue
                }
                // A character outside ASCII: its bytes, then what it becomes (nil: itself).
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let scalar = UnsafeBufferPointer(rebasing: bytes[i..<min(i + length, bytes.count)])
                if let plain = replacement(of: scalar) {
                    out.append(contentsOf: plain.utf8)
                } else {
                    out.append(contentsOf: scalar)
                }
                i += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// True when every byte is ASCII and none is a tab or a carriage return.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteWord.none(
            of: bytes,
            { ByteWord.hasNonASCII($0) || ByteWord.hasByte(9, in: $0) || ByteWord.hasByte(13, in: $0) },
            { $0 >= 0x80 || $0 == 9 || $0 == 13 })
    }

    /// True when two hyphens follow each other: hyphens are found with `memchr`.
    private static func hasDoubleHyphen(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var start = 0
        while start < bytes.count - 1,
            let hit = Platform.findByte(UInt8(ascii: "-"), in: base + start, count: bytes.count - 1 - start)
        {
            let at = UnsafeRawPointer(base).distance(to: hit)
            if bytes[at + 1] == UInt8(ascii: "-") { return true }
            start = at + 1
        }
        return false
    }

    /// The plain ASCII for the character whose UTF-8 bytes are `scalar`: "" to drop it, nil to
    /// keep it as it is.
    private static func replacement(of scalar: UnsafeBufferPointer<UInt8>) -> String? {
        guard scalar.count >= 2 else { return nil }  // a String's bytes are valid UTF-8
        return switch (scalar.count, scalar[0], scalar[1], scalar.count == 3 ? scalar[2] : 0) {
        case (2, 0xC2, 0xA0, _): " "  // no-break space
        case (2, 0xC2, 0xB4, _): "'"  // acute accent
        case (3, 0xEF, 0xBB, 0xBF): ""  // byte-order mark
        case (3, 0xE2, 0x88, 0x92): "-"  // minus sign
        case (3, 0xE2, 0x80, let last):
            switch last {
            case 0x8B, 0x8E, 0x8F: ""  // zero-width space, direction marks
            case 0x98, 0x99, 0x9B, 0xB2: "'"  // single quotes, prime
            case 0x9C, 0x9D, 0x9E, 0xB3: "\""  // double quotes, double prime
            case 0x94, 0x95: " - "  // an em dash separates words
            case 0x90, 0x91, 0x93: "-"  // hyphens, en dash
            case 0x82, 0x83, 0x89, 0xAF: " "  // en, em, thin and narrow no-break spaces
            case 0xA6: "..."  // ellipsis
            default: nil
            }
        default: nil
        }
    }
}
