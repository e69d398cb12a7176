/// An article body split into paragraphs and sentences, with the corpus date header read off.
public struct ArticleText: Sendable {
    /// The paragraphs, without empty ones, in order.
    public let paragraphs: [String]
    /// Every sentence of every paragraph.
    public let sentences: [Sentence]
    /// The header lines read off the top (` date `, `source:`, `url:`).
    public let header: ArticleHeader
    /// Publication date from a ` date YYYY-MM-DD ` header.
    public var headerDate: SimpleDate? { header.date }
    /// Year and month from a ` date YYYY-MM ` header.
    public var headerMonth: (year: Int, month: Int)? { header.month }
    /// True when letters are almost all uppercase (some wires send ALL CAPS).
    public let isAllCaps: Bool

    /// Splits `raw` text. Paragraphs are separated by blank lines; a line that ends short of the
    /// wrap width, or ends a sentence in text that is not hard-wrapped, also ends a paragraph,
    /// since outlets differ in how they break lines.
    public init(_ raw: String) {
        let (header, body) = ArticleHeader.read(TextNormalizer.normalize(raw))
        self.header = header
        var text = String(body)
        let lines = ArticleText.lines(of: text).map(ArticleText.trimmed)
        let wrapWidth = ArticleText.wrapWidth(of: lines)
        var paragraphs: [String] = []
        var pending = ""
        var previousLine = ""
        for line in lines {
            if line.isEmpty {
                if !pending.isEmpty { paragraphs.append(pending) }
                pending = ""
                continue
            }
            if pending.isEmpty {
                pending = line
            } else if ArticleText.looksWrapped(previousLine, wrapWidth: wrapWidth)
                || ArticleText.goesOnMidSentence(previousLine, next: line)
            {
                pending += " " + line
            } else {
                paragraphs.append(pending)
                pending = line
            }
            previousLine = line
        }
        if !pending.isEmpty { paragraphs.append(pending) }
        self.paragraphs = paragraphs
        let (letters, upper) = text.withUTF8 { bytes in
            var letters = 0, upper = 0
            for byte in bytes.prefix(4000) {
                if byte >= 65 && byte <= 90 {
                    letters += 1
                    upper += 1
                } else if byte >= 97 && byte <= 122 {
                    letters += 1
                }
            }
            return (letters, upper)
        }
        isAllCaps = letters > 40 && upper * 10 > letters * 8
        var sentences: [Sentence] = []
        for (number, paragraph) in paragraphs.enumerated() {
            for piece in SentenceSplitter.split(paragraph) {
                sentences.append(
                    Sentence(paragraph: number + 1, index: sentences.count, text: piece, allCaps: isAllCaps))
            }
        }
        self.sentences = sentences
    }

    /// True when the sender broke `line` because it reached the wrap width, so the paragraph
    /// goes on: a line nearly as long as the article's width, or, in articles not wrapped
    /// throughout, a line of 60+ characters that stops mid-sentence.
    private static func looksWrapped(_ line: String, wrapWidth: Int?) -> Bool {
        let count = characterCount(line)
        if let wrapWidth, count * 4 >= wrapWidth * 3 { return true }
        guard count >= 60, count <= 100, let last = line.last else { return false }
        // "Casualties Feared As Two Blasts Hit Ardon Station": a headline in title case ends
        // without a full stop, but the paragraph does not go on.
        return (last.isLetter || last == ",") && !isTitleCase(line)
    }

    /// True when `line` stops mid-phrase (on a letter or a comma) and `next` opens in lowercase:
    /// "According to witnesses, a suicide" / "bomber drove a car into the park", broken by a
    /// page's layout however short the line. No sentence or headline opens in lowercase.
    static func goesOnMidSentence(_ line: String, next: String) -> Bool {
        guard let last = line.last, last.isLetter || last == ",", let first = next.first else { return false }
        return first.isLowercase && first.isLetter
    }

    /// True when nearly every word but the little ones starts with a capital, in a line that is
    /// not all in capitals: "Two Blasts Hit Ardon Bus Station as Police Search for Suspects".
    static func isTitleCase(_ line: String) -> Bool {
        guard line.contains(where: { $0.isLowercase }) else { return false }
        let words = line.split(separator: " ").filter { $0.first?.isLetter == true }
        let weighed = words.filter { $0.count > 3 || $0.first?.isUppercase == true }
        guard weighed.count >= 4 else { return false }
        let capitalized = weighed.filter { $0.first?.isUppercase == true }.count
        return capitalized * 10 >= weighed.count * 8
    }

    /// The width the article was hard-wrapped at (wire copy: every line 50 to 110 characters
    /// except paragraph ends), or nil when its lines run free.
    static func wrapWidth(of lines: [String]) -> Int? {
        let counts = lines.filter { !$0.isEmpty }.map(characterCount)
        guard let widest = counts.max(), widest <= 110 else { return nil }
        let full = counts.filter { $0 >= 50 }.count
        return full >= 3 && full * 2 >= counts.count ? widest : nil
    }

    /// Characters in `line`, counted on bytes when it is ASCII (and capped for very long lines).
    private static func characterCount(_ line: String) -> Int {
        let bytes = line.utf8.count
        if bytes > 400 { return bytes }
        // Read from the buffer: iterating `utf8` costs several times more per byte.
        var line = line
        return line.withUTF8 { $0.allSatisfy { $0 < 0x80 } } ? bytes : line.count
    }

    /// The lines of `text` (split at line feeds; normalised text has no carriage returns).
    static func lines(of text: String) -> [Substring] {
        // Line-feed offsets found on the bytes; offsetting a UTF-8 index is constant time.
        var text = text
        let breaks = text.withUTF8 { bytes -> [Int] in
            var offsets: [Int] = []
            for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { offsets.append(i) }
            return offsets
        }
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = utf8.startIndex
        for offset in breaks {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(text[start..<end])
            start = utf8.index(after: end)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// `line.trimmingSpaces()`, without walking characters when both ends are plain ASCII.
    static func trimmed(_ line: Substring) -> String {
        guard let first = line.utf8.first, let last = line.utf8.last else { return "" }
        func isPlain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte) }
        if isPlain(first) && isPlain(last) { return String(line) }
        return line.trimmingSpaces()
    }
}

extension String {
    /// The text without leading and trailing whitespace.
    public func trimmingSpaces() -> String {
        // Most text starts and ends with a printable ASCII character: nothing to trim.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return self
        }
        return self[...].trimmingSpaces()
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    public func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
