import MustacheEngine

/// Escaping for text placed into HTML or XML outside the templates: the templates' own
/// escaping (`TemplateEscaping.html`), the one HTML escaper of the project.
package enum HTMLText {
    package static func escape(_ text: String) -> String { TemplateEscaping.html(text) }

    /// `text` escaped, with each whole-word occurrence of a term (ASCII letters in any case) in
    /// `<mark>`. Works on UTF-8 bytes: a brief has dozens of quotes, a site thousands of briefs.
    static func marked(_ text: String, terms: [String]) -> String {
        var text = text
        let marked = text.withUTF8 { bytes -> [UInt8]? in
            // Very long quotes (hostile input) are shown plain: marking costs their length times the terms.
            guard bytes.count <= 8_000, !terms.isEmpty else { return nil }
            let marked = markedBytes(bytes, terms: terms)
            guard marked.contains(true) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 64)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && marked[end] == marked[start] { end += 1 }
                if marked[start] { out.append(contentsOf: "<mark>".utf8) }
                TemplateEscaping.appendHTML(UnsafeBufferPointer(rebasing: bytes[start..<end]), to: &out)
                if marked[start] { out.append(contentsOf: "</mark>".utf8) }
                start = end
            }
            return out
        }
        return marked.map { String(decoding: $0, as: UTF8.self) } ?? escape(text)
    }

    /// Which bytes of `bytes` are in a whole-word occurrence of a term, ignoring ASCII case.
    private static func markedBytes(_ bytes: UnsafeBufferPointer<UInt8>, terms: [String]) -> [Bool] {
        func folded(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
        // A byte of a word: an ASCII letter or digit, or any byte of a non-ASCII character.
        func inWord(_ k: Int) -> Bool {
            guard k >= 0, k < bytes.count else { return false }
            let b = bytes[k]
            return b >= 0x80 || (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
        }
        var marked = [Bool](repeating: false, count: bytes.count)
        var patterns: [[UInt8]] = []  // each term once, folded (a term's marks do not depend on the others')
        for term in terms {
            let pattern = term.utf8.map(folded)
            if !patterns.contains(pattern) { patterns.append(pattern) }
        }
        for pattern in patterns {
            guard let first = pattern.first, pattern.count <= bytes.count else { continue }
            var i = 0
            while i + pattern.count <= bytes.count {
                if folded(bytes[i]) == first, !inWord(i - 1), !inWord(i + pattern.count),
                    (1..<pattern.count).allSatisfy({ folded(bytes[i + $0]) == pattern[$0] })
                {
                    for k in i..<(i + pattern.count) { marked[k] = true }
                    i += pattern.count
                } else {
                    i += 1
                }
            }
        }
        return marked
    }
}
