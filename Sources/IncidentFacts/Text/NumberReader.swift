/// A number read from tokens: "19", "1,200", "four", "twenty-one", "a dozen", "two dozen".
struct ReadNumber: Sendable, Equatable {
    /// The value; nil for a vague amount ("dozens").
    let value: Int?
    /// The vague word when `value` is nil.
    let approx: String?
    /// A hedge before the number ("at least").
    let qualifier: String?
    /// Index of the first token (hedge included).
    let start: Int
    /// Index just past the last token.
    let end: Int
}

/// Reads cardinal numbers and their hedges from a token list.
enum NumberReader {
    static let units: WordMap<Int> = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: WordMap<Int> = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90,
    ]
    /// First letters of number words ("eight", "five", "nine", "one", "six", "two", "zero"),
    /// by byte, so most words are ruled out without a lookup.
    static let isNumberInitial: [Bool] = (0..<256).map { "efnostz".utf8.contains(UInt8($0)) }
    /// Ordinal words by value: "fourth" is 4.
    static let ordinals: [String: Int] = [
        "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10,
    ]
    static let vague: WordSet = ["dozens", "scores", "several", "hundreds", "thousands", "numerous", "many"]
    /// Words a number phrase can start with besides numbers themselves.
    static let startWords: WordSet = WordSet(hedges.map { $0[0] }).union(vague).union(["a", "an", "dozen"])
    /// Hedges, longest first, as lowercased token sequences.
    static let hedges: [[String]] = [
        ["no", "fewer", "than"], ["as", "many", "as"], ["at", "least"], ["more", "than"], ["up", "to"],
        ["close", "to"], ["upwards", "of"], ["in", "excess", "of"], ["nearly"], ["almost"], ["about"], ["around"],
        ["roughly"], ["approximately"], ["over"], ["some"], ["estimated"], ["least"],
    ]
    /// The hedges by their first word, in the list's order: most tokens that may open a number
    /// ("a", "in", "at") open no hedge or one, so only those are compared.
    static let hedgesByFirstWord: WordMap<[[String]]> = WordMap(
        Dictionary(grouping: hedges, by: { $0[0] }).map { ($0.key, $0.value) })

    /// Value of a single word or digit token, if it is a number.
    static func value(of token: String) -> Int? {
        guard let first = token.utf8.first else { return nil }
        if first >= 48 && first <= 57 {
            var value = 0
            var digits = 0
            for b in token.utf8 {
                if b == 44 { continue }
                guard b >= 48 && b <= 57, digits < 7 else { return nil }
                value = value * 10 + Int(b - 48)
                digits += 1
            }
            return value
        }
        guard first >= 101 && first <= 122, isNumberInitial[Int(first)] else { return nil }
        if let u = units[token] { return u }
        if let t = tens[token] { return t }
        return compound(token)
    }

    /// `value(of:)` for a token, looked up by the hash it carries.
    static func value(of token: Token) -> Int? {
        let word = token.lower
        guard let first = word.utf8.first else { return nil }
        if first >= 48 && first <= 57 { return value(of: word) }
        guard first >= 101 && first <= 122, isNumberInitial[Int(first)] else { return nil }
        if let u = units[token] { return u }
        if let t = tens[token] { return t }
        return compound(word)
    }

    /// "twenty-one" → 21.
    private static func compound(_ word: String) -> Int? {
        guard word.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let parts = word.split(separator: "-")
        if parts.count == 2, let t = tens[String(parts[0])], let u = units[String(parts[1])], u < 10 { return t + u }
        return nil
    }

    /// False when no number can start at `index`: the token is no digit, number word or start
    /// word, told from its first byte and hash, without copying it (most tokens of a sentence
    /// are ruled out so).
    static func mayStart(_ tokens: [Token], at index: Int) -> Bool {
        let first = tokens[index].lower.utf8.first ?? 0
        if first >= 48 && first <= 57 || wordsAndStarts.mayContain(hash: tokens[index].lowerHash) { return true }
        // "twenty-one"
        return isNumberInitial[Int(first)] && tokens[index].hasHyphen
    }
    /// Number words and the other words a number may start with.
    static let wordsAndStarts = WordSet(units.keys + tens.keys + startWords.words)

    /// Reads a number starting at `index` (hedge first, if any).
    static func read(_ tokens: [Token], at index: Int) -> ReadNumber? {
        guard index >= 0, index < tokens.count, mayStart(tokens, at: index) else { return nil }
        guard startWords.contains(tokens[index]) || value(of: tokens[index]) != nil else { return nil }
        var i = index
        var qualifier: String?
        for hedge in hedgesByFirstWord[tokens[i]] ?? [] where matches(tokens, i, hedge) {
            qualifier = hedge == ["least"] ? "at least" : hedge.joined(separator: " ")
            i += hedge.count
            break
        }
        guard i < tokens.count else { return nil }
        let word = tokens[i].lower
        if vague.contains(tokens[i]) {
            if qualifier != nil && qualifier != "some" { return nil }
            // "19 dead with as many wounded": as many as another figure, no amount of its own.
            if word == "many", i > 0, tokens[i - 1].lower == "as" { return nil }
            return ReadNumber(value: nil, approx: word, qualifier: nil, start: index, end: i + 1)
        }
        if word == "a" || word == "an", i + 1 < tokens.count {
            if tokens[i + 1].lower == "dozen" {
                return ReadNumber(value: 12, approx: nil, qualifier: qualifier, start: index, end: i + 2)
            }
            if tokens[i + 1].lower == "hundred" {
                return ReadNumber(value: 100, approx: nil, qualifier: qualifier, start: index, end: i + 2)
            }
            return nil
        }
        if word == "dozen" && qualifier != nil {
            return ReadNumber(value: 12, approx: nil, qualifier: qualifier, start: index, end: i + 1)
        }
        guard var value = value(of: tokens[i]) else { return nil }
        var end = i + 1
        // "two dozen", "three hundred", "1.2 thousand" is rare enough to ignore.
        if end < tokens.count {
            switch tokens[end].lower {
            case "dozen": value *= 12; end += 1
            case "hundred":
                value *= 100
                end += 1
                if end + 1 < tokens.count, tokens[end].lower == "and", let rest = Self.value(of: tokens[end + 1]),
                    rest < 100
                {
                    value += rest
                    end += 2
                }
            case "thousand": value *= 1000; end += 1
            default: break
            }
        }
        return ReadNumber(value: value, approx: nil, qualifier: qualifier, start: index, end: end)
    }

    private static func matches(_ tokens: [Token], _ i: Int, _ words: [String]) -> Bool {
        guard i + words.count <= tokens.count else { return false }
        for (k, w) in words.enumerated() where tokens[i + k].lower != w { return false }
        return true
    }
}
