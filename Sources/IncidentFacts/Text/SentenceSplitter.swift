/// Splits a paragraph into sentences at `.`, `!` and `?` followed by a capital, digit or quote,
/// except after common abbreviations and initials.
enum SentenceSplitter {
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "maj", "sgt", "st", "sen", "rep", "gov", "prof",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc",
        "co", "corp", "ltd", "jr", "sr", "mt", "ft", "rev", "supt", "insp", "cmdr", "adm", "brig", "u.s", "u.k",
        "d.c", "e.g", "i.e", "a.m", "p.m", "approx", "dept", "govt",
    ]

    static func split(_ paragraph: String) -> [String] {
        var paragraph = paragraph
        return paragraph.withUTF8 { split(bytes: $0) }
    }

    private static func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
    private static func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }

    /// A sentence may start with a capital, a digit, a quote or a bracket; a non-ASCII byte
    /// (an accented capital, a curly quote) is given the benefit of the doubt.
    private static func isSentenceStart(_ b: UInt8) -> Bool {
        isUpper(b) || (b >= 48 && b <= 57) || b == 34 || b == 39 || b == 40 || b >= 0x80
    }

    private static func split(bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var result: [String] = []
        var start = 0
        var i = 0
        let n = bytes.count
        func piece(_ from: Int, _ to: Int) {
            var a = from, b = to
            while a < b, bytes[a] == 32 { a += 1 }
            while b > a, bytes[b - 1] == 32 { b -= 1 }
            if a < b { result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)) }
        }
        while i < n {
            let c = bytes[i]
            if c == 46 || c == 33 || c == 63 {  // . ! ?
                var end = i + 1
                while end < n, bytes[end] == 34 || bytes[end] == 39 || bytes[end] == 41 { end += 1 }
                if end < n, bytes[end] == 32 {
                    var next = end
                    while next < n, bytes[next] == 32 { next += 1 }
                    if next < n, isSentenceStart(bytes[next]), c != 46 || !endsWithAbbreviation(bytes, start, i) {
                        piece(start, end)
                        start = next
                        i = next
                        continue
                    }
                }
                if let next = joinedSentenceStart(bytes, dot: i) {
                    piece(start, next)
                    start = next
                    i = next
                    continue
                }
            }
            i += 1
        }
        piece(start, n)
        return result
    }

    /// Copy scraped from a page loses the space after a full stop: "on Thursday.Police said",
    /// "for terror offences.’Two men". Where the stop ends a lowercase word of two letters or
    /// more and a capitalised word follows at once (a closing quote between), the next sentence
    /// starts there; "U.S.Army" and "3.5" are left alone.
    private static func joinedSentenceStart(_ bytes: UnsafeBufferPointer<UInt8>, dot: Int) -> Int? {
        let isLower = { (b: UInt8) in b >= 97 && b <= 122 }
        guard bytes[dot] == 46, dot >= 2, isLower(bytes[dot - 1]), isLower(bytes[dot - 2]) else { return nil }
        var next = dot + 1
        while next < bytes.count, bytes[next] == 34 || bytes[next] == 39 || bytes[next] == 41 { next += 1 }
        // A closing curly quote, ’ or ”.
        if next + 2 < bytes.count, bytes[next] == 0xE2, bytes[next + 1] == 0x80,
            bytes[next + 2] == 0x99 || bytes[next + 2] == 0x9D
        {
            next += 3
        }
        guard next + 1 < bytes.count, isUpper(bytes[next]), isLower(bytes[next + 1]) else { return nil }
        return next
    }

    /// True when the word before the dot at `dot` is an abbreviation or a single initial.
    private static func endsWithAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ dot: Int) -> Bool {
        var j = dot - 1
        while j >= start, isLetter(bytes[j]) || bytes[j] == 46 { j -= 1 }
        let length = dot - (j + 1)
        if length == 1 { return isUpper(bytes[dot - 1]) }
        guard length > 0, length <= 6 else { return false }
        let word = String(decoding: bytes[(j + 1)..<dot].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        return abbreviations.contains(word)
    }
}
