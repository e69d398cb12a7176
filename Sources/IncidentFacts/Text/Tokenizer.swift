/// Splits a sentence into words, numbers and punctuation.
///
/// Hyphenated words ("twenty-one", "Tehreek-e-Taliban") and inner apostrophes ("Jama'ath") stay
/// one token; a possessive `'s` becomes a token of its own so "Pakistan's" yields "Pakistan".
enum Tokenizer {
    static func tokens(of text: String) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(text.utf8.count / 5)
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            // Trailing dots belong to the sentence, except in abbreviations like "U.S.".
            var word = current
            var trailing: [String] = []
            while word.count > 1, let last = word.last, last == "-" || last == "'" {
                word.removeLast()
                trailing.insert(String(last), at: 0)
            }
            if word.hasSuffix("'s") || word.hasSuffix("'S"), word.count > 2 {
                result.append(Token(text: String(word.dropLast(2)), lower: word.dropLast(2).lowercased()))
                result.append(Token(text: "'s", lower: "'s"))
            } else if word.hasSuffix("s'"), word.count > 2 {
                result.append(Token(text: String(word.dropLast()), lower: word.dropLast().lowercased()))
            } else {
                result.append(Token(text: word, lower: word.lowercased()))
            }
            for mark in trailing { result.append(Token(text: mark, lower: mark)) }
            current = ""
        }
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isLetter || c.isNumber {
                // "2014A spokesman": page text glued a year to the next word.
                if c.isUppercase, let last = current.last, last.isNumber, current.allSatisfy(\.isNumber) { flush() }
                current.append(c)
            } else if (c == "-" || c == "'" || c == "." || c == ",") && !current.isEmpty && i + 1 < chars.count {
                let next = chars[i + 1]
                let prev = chars[i - 1]
                if c == "," || c == "." {
                    // 1,200 and 3.5 stay numbers; U.S. stays one word.
                    if prev.isNumber && next.isNumber {
                        current.append(c)
                    } else if c == "." && prev.isUppercase && current.count <= 2 && (next.isUppercase) {
                        current.append(c)
                    } else {
                        flush()
                        result.append(Token(text: String(c), lower: String(c)))
                    }
                } else if next.isLetter || next.isNumber || (c == "'" && next == "s") {
                    current.append(c)
                } else {
                    flush()
                    result.append(Token(text: String(c), lower: String(c)))
                }
            } else if c.isWhitespace {
                flush()
            } else {
                flush()
                result.append(Token(text: String(c), lower: String(c)))
            }
            i += 1
        }
        flush()
        return result
    }
}
