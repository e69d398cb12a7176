import Foundation

/// The `url:` of an article, made safe to paste anywhere: the brief's Markdown (where a `)`
/// or a newline would end the link and start new text), HTML attributes and JSON.
package enum WebAddress {
    /// Characters kept as written; every other byte is percent-encoded, so the address cannot
    /// close a Markdown link, open an HTML tag or break a line.
    private static let kept = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&*+,;=%".utf8)

    /// An absolute http(s) address with a host, percent-encoded; nil for anything else
    /// (other schemes, relative paths, spaces or control characters inside).
    package static func normalized(_ raw: String) -> String? {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        guard
            !trimmed.unicodeScalars.contains(where: {
                $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F
            })
        else { return nil }
        var encoded = ""
        for byte in trimmed.utf8 {
            if kept.contains(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        guard let url = URL(string: encoded), let host = url.host, !host.isEmpty else { return nil }
        return encoded
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
