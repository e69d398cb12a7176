/// Splits a paragraph into sentences at `.`, `!` and `?` followed by a capital, digit or quote,
/// except after common abbreviations and initials.
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "maj", "sgt", "st", "sen", "rep", "gov", "prof",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc",
        "co", "corp", "ltd", "jr", "sr", "mt", "ft", "rev", "supt", "insp", "cmdr", "adm", "brig", "u.s", "u.k",
        "d.c", "e.g", "i.e", "a.m", "p.m", "approx", "dept", "govt",
    ]

    static func split(_ paragraph: String) -> [String] {
        var result: [String] = []
        let chars = Array(paragraph)
        var start = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "." || c == "!" || c == "?" {
                var end = i + 1
                while end < chars.count, chars[end] == "\"" || chars[end] == "'" || chars[end] == ")" { end += 1 }
                if end < chars.count, chars[end] == " " {
                    var next = end
                    while next < chars.count, chars[next] == " " { next += 1 }
                    if next < chars.count, isSentenceStart(chars[next]), !endsWithAbbreviation(chars, start, i) || c != "." {
                        let piece = String(chars[start..<end]).trimmingSpaces()
                        if !piece.isEmpty { result.append(piece) }
                        start = next
                        i = next
                        continue
                    }
                }
            }
            i += 1
        }
        let last = String(chars[start..<chars.count]).trimmingSpaces()
        if !last.isEmpty { result.append(last) }
        return result
    }

    private static func isSentenceStart(_ c: Character) -> Bool {
        c.isUppercase || c.isNumber || c == "\"" || c == "'" || c == "("
    }

    /// True when the word before the dot at `dot` is an abbreviation or a single initial.
    private static func endsWithAbbreviation(_ chars: [Character], _ start: Int, _ dot: Int) -> Bool {
        var j = dot - 1
        while j >= start, chars[j].isLetter || chars[j] == "." { j -= 1 }
        let word = String(chars[(j + 1)..<dot]).lowercased()
        if word.count == 1 { return chars[dot - 1].isUppercase }
        return abbreviations.contains(word)
    }
}
