/// One sentence of an article with its tokens. A class: extractors pass sentences around and
/// keep them in lists, and sharing one costs a reference count where copying a struct cost
/// one per field.
public final class Sentence: Sendable {
    /// 1-based paragraph number.
    public let paragraph: Int
    /// Index of the sentence in the whole article, from 0.
    public let index: Int
    /// The sentence text.
    public let text: String
    /// The tokens of the sentence.
    let tokens: [Token]
    /// The lowercased text, for cheap substring checks.
    let lower: String

    /// `allCaps`: the article is written in capitals, so a capital letter does not mark a name.
    init(paragraph: Int, index: Int, text: String, allCaps: Bool = false) {
        self.paragraph = paragraph
        self.index = index
        self.text = text
        self.tokens = allCaps ? Tokenizer.tokens(ofCapitals: text) : Tokenizer.tokens(of: text)
        self.lower = text.lowercased()
    }
}

/// A word, number or punctuation mark.
struct Token: Sendable {
    /// The text as written.
    let text: String
    /// Lowercased text.
    let lower: String
    /// True when the first character is an uppercase letter (in text written in capitals: when
    /// the word is not a common one, so probably a name).
    fileprivate(set) var isCapitalized: Bool
    /// True when the token holds a hyphen ("twenty-one", "60-hour"): asked of every token by
    /// the readers of numbers and lengths, and cheaper kept than read again.
    let hasHyphen: Bool
    /// The `WordTable` hash of `lower`, computed once for the many lexicon lookups of a token.
    let lowerHash: UInt64

    init(text: String, lower: String, isCapitalized: Bool? = nil) {
        self.text = text
        self.lower = lower
        self.isCapitalized = isCapitalized ?? (text.first?.isUppercase ?? false)
        hasHyphen = lower.utf8.contains(UInt8(ascii: "-"))
        lowerHash = WordTable<Bool>.hash(lower)
    }

    /// A token from UTF-8 bytes, with an ASCII fast path for case.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        // One pass tells whether the token is ASCII, whether it has capitals, and a hyphen.
        var ascii = true
        var capitals = false
        var hyphen = false
        for byte in bytes {
            if byte >= 0x80 { ascii = false }
            if byte >= 65 && byte <= 90 { capitals = true }
            if byte == UInt8(ascii: "-") { hyphen = true }
        }
        hasHyphen = hyphen
        // ASCII words, most tokens, are made in place: cheaper than decoding for short strings.
        text =
            ascii
            ? String(unsafeUninitializedCapacity: bytes.count) { $0.initialize(fromContentsOf: bytes) }
            : String(decoding: bytes, as: UTF8.self)
        if ascii {
            // Most tokens have no capitals: then the lowercase form is the same string.
            if capitals {
                lower = String(unsafeUninitializedCapacity: bytes.count) { buffer in
                    for (i, b) in bytes.enumerated() { buffer[i] = b >= 65 && b <= 90 ? b + 32 : b }
                    return bytes.count
                }
            } else {
                lower = text
            }
            isCapitalized = bytes.first.map { $0 >= 65 && $0 <= 90 } ?? false
            lowerHash = WordTable<Bool>.hash(lowercasingASCII: bytes)
        } else {
            lower = text.lowercased()
            isCapitalized = text.first?.isUppercase ?? false
            lowerHash = WordTable<Bool>.hash(lower)
        }
    }

    /// True when the token opens on a letter (an ASCII one read from its first byte, without
    /// making a `Character` of it).
    var startsWithLetter: Bool {
        guard let b = lower.utf8.first else { return false }
        if b < 0x80 { return b >= 97 && b <= 122 }
        return lower.first?.isLetter ?? false
    }

    /// True for a single punctuation mark.
    var isPunctuation: Bool {
        guard let b = text.utf8.first, text.utf8.count == 1 else { return false }
        return !((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122))
    }
}

extension Tokenizer {
    /// Tokens of text written in capitals, where a capital letter marks nothing: a word counts
    /// as capitalised, like a name, only when it is not a common English word ("POLICE" is not,
    /// "HUANTA" is).
    static func tokens(ofCapitals text: String) -> [Token] {
        var tokens = tokens(of: text)
        for i in tokens.indices where tokens[i].isCapitalized && Gazetteer.commonWords.contains(tokens[i]) {
            tokens[i].isCapitalized = false
        }
        return tokens
    }
}

extension Sentence {
    /// How many tokens spelled `text` come before each position (`tokens.count + 1` entries),
    /// so that "inside quotes" or "inside brackets" costs one pass per sentence, not one per
    /// question.
    func runningCount(of text: String) -> [Int] {
        var counts = [0]
        counts.reserveCapacity(tokens.count + 1)
        for token in tokens { counts.append(counts[counts.count - 1] + (token.text == text ? 1 : 0)) }
        return counts
    }
}
