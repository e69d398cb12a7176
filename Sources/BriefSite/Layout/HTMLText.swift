/// Escaping for text placed into HTML or XML outside the templates.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var copy = text
        let plain = copy.withUTF8 { bytes in
            !bytes.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
        }
        if plain { return text }  // most text: links, titles, dates
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// `text` escaped, with each whole-word occurrence of a term (any case) in `<mark>`.
    static func marked(_ text: String, terms: [String]) -> String {
        let chars = Array(text)
        // Very long quotes (hostile input) are shown plain: marking costs their length times the terms.
        guard chars.count <= 4_000, !terms.isEmpty else { return escape(text) }
        let lower = chars.map { $0.lowercased() }
        var marked = [Bool](repeating: false, count: chars.count)
        func isWordCharacter(_ k: Int) -> Bool { k >= 0 && k < chars.count && (chars[k].isLetter || chars[k].isNumber) }
        for term in Set(terms.map { $0.lowercased() }) where !term.isEmpty {
            let pattern = term.map { String($0) }
            var i = 0
            while i + pattern.count <= chars.count {
                if lower[i] == pattern[0], lower[i..<(i + pattern.count)].elementsEqual(pattern),
                    !isWordCharacter(i - 1), !isWordCharacter(i + pattern.count)
                {
                    for k in i..<(i + pattern.count) { marked[k] = true }
                    i += pattern.count
                } else {
                    i += 1
                }
            }
        }
        var out = ""
        var start = 0
        while start < chars.count {
            var end = start
            while end < chars.count && marked[end] == marked[start] { end += 1 }
            let run = escape(String(chars[start..<end]))
            out += marked[start] ? "<mark>\(run)</mark>" : run
            start = end
        }
        return out
    }
}
