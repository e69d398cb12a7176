/// Escaping of printed values, on UTF-8 bytes.
package enum TemplateEscaping {
    /// Appends `text` escaped for `contentType` straight to a page being written.
    static func append(_ text: String, escapedFor contentType: TemplateContentType, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            switch contentType {
            case .text: output.append(contentsOf: bytes)
            case .html: appendHTML(bytes, to: &output)
            case .markdown: appendMarkdown(bytes, to: &output)
            }
        }
    }

    /// `& < > " '` as entities.
    package static func html(_ text: String) -> String {
        var text = text
        let special = text.withUTF8 { $0.contains(where: isHTMLSpecial) }
        guard special else { return text }
        var out: [UInt8] = []
        text.withUTF8 { appendHTML($0, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isHTMLSpecial(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    /// `html(_:)` of `bytes`, appended to `output`; text without special characters is copied whole.
    package static func appendHTML(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        guard bytes.contains(where: isHTMLSpecial) else {
            output.append(contentsOf: bytes)
            return
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
            default: output.append(byte)
            }
        }
    }

    /// `bytes` escaped for Markdown, appended to `output`. Characters that would start
    /// Markdown formatting, a link or HTML get a backslash, so article text cannot add any; line
    /// breaks become spaces so a value stays on its line. An address in the text ("www.oxa.org",
    /// "https://...") stays text too: GFM's autolinks would otherwise take the backslash of an
    /// escape after it into the link.
    private static func appendMarkdown(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        markdownSpecial.withUnsafeBufferPointer { special in
            var clean = 0  // start of the bytes not yet copied
            for (i, byte) in bytes.enumerated() where special[Int(byte)] {
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") {
                    guard startsAutolink(bytes, at: i) else { continue }
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[clean..<i]))
                clean = i + 1
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    let afterCarriageReturn = byte == UInt8(ascii: "\n") && i > 0 && bytes[i - 1] == UInt8(ascii: "\r")
                    if !afterCarriageReturn { output.append(UInt8(ascii: " ")) }
                } else {
                    output.append(UInt8(ascii: "\\"))
                    output.append(byte)
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[clean...]))
        }
    }

    private static let markdownSpecial: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "\\`*_[]<>|~#!&{}()$\n\r.:".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// True for the "." of a word "www." or the ":" of "://": where GFM starts an autolink.
    private static func startsAutolink(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        if bytes[i] == UInt8(ascii: ":") {
            return i + 2 < bytes.count && bytes[i + 1] == UInt8(ascii: "/") && bytes[i + 2] == UInt8(ascii: "/")
        }
        guard i >= 3 else { return false }
        let isW = { (b: UInt8) in b == UInt8(ascii: "w") || b == UInt8(ascii: "W") }
        guard isW(bytes[i - 1]), isW(bytes[i - 2]), isW(bytes[i - 3]) else { return false }
        if i == 3 { return true }
        let before = bytes[i - 4]
        return !((before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122))
    }
}
