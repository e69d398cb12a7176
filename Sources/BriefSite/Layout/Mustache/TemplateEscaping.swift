/// Escaping of printed values, on UTF-8 bytes.
enum TemplateEscaping {
    static func escape(_ text: String, for contentType: TemplateContentType) -> String {
        switch contentType {
        case .html: return html(text)
        case .markdown: return markdown(text)
        case .text: return text
        }
    }

    /// Appends `text` escaped for `contentType` straight to a page being written.
    static func append(_ text: String, escapedFor contentType: TemplateContentType, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            switch contentType {
            case .text: output.append(contentsOf: bytes)
            case .html:
                let special = bytes.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
                guard special else {
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
            case .markdown: appendMarkdown(bytes, to: &output)
            }
        }
    }

    /// `& < > " '` as entities.
    static func html(_ text: String) -> String {
        var text = text
        let special = text.withUTF8 { bytes in
            bytes.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
        }
        guard special else { return text }
        let utf8 = text.utf8
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Characters that would start Markdown formatting, a link or HTML get a backslash, so
    /// article text cannot add any; line breaks become spaces so a value stays on its line.
    static func markdown(_ text: String) -> String {
        var text = text
        var out: [UInt8] = []
        text.withUTF8 { appendMarkdown($0, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `markdown(_:)` of `bytes`, appended to `output`.
    private static func appendMarkdown(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        markdownSpecial.withUnsafeBufferPointer { special in
            var clean = 0  // start of the bytes not yet copied
            for (i, byte) in bytes.enumerated() where special[Int(byte)] {
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
        for byte in "\\`*_[]<>|~#!&{}()$\n\r".utf8 { table[Int(byte)] = true }
        return table
    }()
}
