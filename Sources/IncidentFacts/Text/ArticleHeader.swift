/// The header lines a plain-text article may start with, in any order and each at most once:
/// ` date 2023-02-18 ` (or ` date 2023-02 ` when only the month is known), `source: Reuters`
/// and `url: https://...`. They are read off before the text is split into paragraphs.
public struct ArticleHeader: Sendable {
    /// The publication day, from a full ` date ` line.
    public var date: SimpleDate?
    /// Year and month, from a ` date YYYY-MM ` line.
    public var month: (year: Int, month: Int)?
    /// The outlet, from a `source:` line.
    public var source: String?
    /// The address of the original, from a `url:` line (as written: the site checks it).
    public var url: String?
    /// The line of the `url:` header, for diagnostics.
    public var urlLine: Int?
    /// Why a ` date ` line names no real day or month, and its line: such a line ends the
    /// header and stays in the text.
    public var badDate: (problem: String, line: Int)?

    /// Reads the header lines at the top of `text`; `body` is what follows them (the rest of
    /// the last header line, usually just its line break, included).
    public static func read(_ text: String) -> (header: ArticleHeader, body: Substring) {
        var header = ArticleHeader()
        var rest = text[...]
        var line = 1
        while true {
            // Blank lines and spaces before a header line are skipped, as before any text.
            let start = rest.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
            let skippedLines = rest.utf8[..<start.startIndex].reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            // The line's end found on the bytes: the first line may be a long paragraph.
            let lineText = start[..<lineEnd(start)]
            let thisLine = line + skippedLines
            guard let (key, value) = keyAndValue(lineText) else { break }
            let after = start[lineText.endIndex...]
            switch key {
            case "date" where header.date == nil && header.month == nil:
                // An ASCII value (as written nearly always) is split on its bytes.
                let parts =
                    value.utf8.allSatisfy({ $0 < 0x80 })
                    ? value.utf8.split(separator: UInt8(ascii: "-")).map { Substring($0) } : value.split(separator: "-")
                if parts.count == 3 {
                    guard let date = SimpleDate(iso: value) else {
                        header.badDate = ("date header '\(value)' is not a real day", thisLine)
                        return (header, rest)
                    }
                    header.date = date
                } else if parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]) {
                    guard (1...12).contains(month) else {
                        header.badDate = ("date header '\(value)' is not a real month", thisLine)
                        return (header, rest)
                    }
                    header.month = (year, month)
                } else {
                    return (header, rest)
                }
                // What follows the date on its line stays text, as it always has.
                rest = start[value.endIndex...]
                line = thisLine
                continue
            case "source" where header.source == nil && !value.isEmpty:
                header.source = String(value)
            case "url" where header.url == nil && !value.isEmpty:
                header.url = String(value)
                header.urlLine = thisLine
            default:
                return (header, rest)
            }
            rest = after
            line = thisLine
        }
        return (header, rest)
    }

    /// ("date", "2023-02-18") from ` date 2023-02-18 `; ("source", "Reuters") from
    /// `source: Reuters`; nil for a line that is not a header line.
    private static func keyAndValue(_ line: Substring) -> (String, Substring)? {
        if line.utf8.starts(with: "date ".utf8), let value = asciiDateValue(line) {
            return value.isEmpty ? nil : ("date", value)
        }
        if line.hasPrefix("date ") {
            let value = line.dropFirst(5).drop { $0 == " " }.prefix { $0.isNumber || $0 == "-" }
            return value.isEmpty ? nil : ("date", value)
        }
        for key in ["source", "url"] where startsWithKey(line, key) {
            return (key, line.dropFirst(key.count + 1).trimmingSpaces()[...])
        }
        return nil
    }

    /// The value of a ` date ` line read on its bytes (digits and hyphens after the spaces);
    /// nil when a byte outside ASCII ends it, which may join the byte before it in one character
    /// (then the characters are read).
    private static func asciiDateValue(_ line: Substring) -> Substring? {
        let bytes = line.utf8
        var i = bytes.index(bytes.startIndex, offsetBy: 5)
        while i < bytes.endIndex && bytes[i] == UInt8(ascii: " ") { i = bytes.index(after: i) }
        let start = i
        while i < bytes.endIndex && ((bytes[i] >= 48 && bytes[i] <= 57) || bytes[i] == UInt8(ascii: "-")) {
            i = bytes.index(after: i)
        }
        guard i == bytes.endIndex || bytes[i] < 0x80 else { return nil }
        return line[start..<i]
    }

    /// Where the line that `text` starts ends: at its line feed, found with `memchr`, or the end.
    private static func lineEnd(_ text: Substring) -> Substring.Index {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard let base = bytes.baseAddress else { return nil }
            return Platform.findByte(UInt8(ascii: "\n"), in: base, count: bytes.count).map {
                UnsafeRawPointer(base).distance(to: $0)
            }
        }
        guard let found else { return text.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex }
        return found.map { text.utf8.index(text.startIndex, offsetBy: $0) } ?? text.endIndex
    }

    /// True when `line` opens with `key` (lowercase ASCII letters) in any case and a colon:
    /// compared on the bytes, as no other character lowercases to these letters. A byte outside
    /// ASCII after the colon may join it in one character: then the characters are compared.
    private static func startsWithKey(_ line: Substring, _ key: String) -> Bool {
        var bytes = line.utf8.makeIterator()
        for letter in key.utf8 {
            guard let byte = bytes.next(), byte | 0x20 == letter else { return false }
        }
        guard bytes.next() == UInt8(ascii: ":") else { return false }
        if let next = bytes.next(), next >= 0x80 { return line.prefix(key.count + 1).lowercased() == key + ":" }
        return true
    }
}
