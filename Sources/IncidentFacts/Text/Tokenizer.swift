/// Splits a sentence into words, numbers and punctuation, scanning UTF-8 bytes.
///
/// Hyphenated words ("twenty-one", "Tehreek-e-Taliban") and inner apostrophes ("Jama'ath") stay
/// one token; a possessive `'s` becomes a token of its own so "Pakistan's" yields "Pakistan".
/// Bytes of non-ASCII characters count as letters, which keeps "Kurfürstendamm" whole.
enum Tokenizer {
    static func tokens(of text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in tokens(bytes) }
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0x80
    }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    private static func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
    private static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 10 || b == 9 || b == 13 }

    /// The token of each ASCII byte as a mark, made once: marks are a tenth of all tokens, and
    /// every mark is ASCII (bytes of other characters count as letters).
    private static let markTokens: [Token] = (0..<128).map { byte in
        let text = String(UnicodeScalar(UInt8(byte)))
        return Token(text: text, lower: text, isCapitalized: false)
    }

    private static func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        let marks = markTokens
        var result: [Token] = []
        result.reserveCapacity(bytes.count / 5)
        var start = -1  // start of the current word, or -1
        func emit(_ from: Int, _ to: Int) {
            guard from < to else { return }
            var end = to
            var trailing: [UInt8] = []
            while end - from > 1, bytes[end - 1] == 45 || bytes[end - 1] == 39 {  // - or '
                trailing.insert(bytes[end - 1], at: 0)
                end -= 1
            }
            if end - from > 2, bytes[end - 2] == 39, bytes[end - 1] == 115 || bytes[end - 1] == 83 {  // 's
                result.append(Token(bytes: UnsafeBufferPointer(rebasing: bytes[from..<(end - 2)])))
                result.append(Token(text: "'s", lower: "'s", isCapitalized: false))
            } else if end - from > 2, bytes[end - 1] == 39, bytes[end - 2] == 115 {  // s'
                result.append(Token(bytes: UnsafeBufferPointer(rebasing: bytes[from..<(end - 1)])))
            } else {
                result.append(Token(bytes: UnsafeBufferPointer(rebasing: bytes[from..<end])))
            }
            for byte in trailing { result.append(marks[Int(byte)]) }
        }
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if isWordByte(b) {
                // "2014A spokesman": page text glued a year to the next word.
                if isUpper(b), start >= 0, (start..<i).allSatisfy({ isDigit(bytes[$0]) }) {
                    emit(start, i)
                    start = i
                } else if start < 0 {
                    start = i
                }
            } else if start >= 0 && i + 1 < n && (b == 45 || b == 39 || b == 46 || b == 44) {  // - ' . ,
                let next = bytes[i + 1]
                let prev = bytes[i - 1]
                var keep = false
                if b == 44 || b == 46 {
                    // 1,200 and 3.5 stay numbers; U.S. stays one word.
                    if isDigit(prev) && isDigit(next) { keep = true }
                    if b == 46 && isUpper(prev) && i - start <= 2 && isUpper(next) { keep = true }
                } else if isWordByte(next) || (b == 39 && next == 115) {
                    keep = true
                }
                if !keep {
                    emit(start, i)
                    start = -1
                    result.append(marks[Int(b)])
                }
            } else if isSpace(b) {
                if start >= 0 { emit(start, i) }
                start = -1
            } else {
                if start >= 0 { emit(start, i) }
                start = -1
                result.append(marks[Int(b)])
            }
            i += 1
        }
        if start >= 0 { emit(start, n) }
        return result
    }
}
