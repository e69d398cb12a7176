/// One sentence of an article with its tokens.
public struct Sentence: Sendable {
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

    init(paragraph: Int, index: Int, text: String) {
        self.paragraph = paragraph
        self.index = index
        self.text = text
        self.tokens = Tokenizer.tokens(of: text)
        self.lower = text.lowercased()
    }

    /// True when any of the phrases occurs in the lowercased text.
    func mentions(_ phrases: [String]) -> Bool {
        phrases.contains { lower.contains($0) }
    }
}

/// A word, number or punctuation mark.
struct Token: Sendable {
    /// The text as written.
    let text: String
    /// Lowercased text.
    let lower: String

    /// True when the first character is an uppercase letter.
    var isCapitalized: Bool { text.first?.isUppercase ?? false }
    /// True for a single punctuation mark.
    var isPunctuation: Bool { text.count == 1 && !(text.first!.isLetter || text.first!.isNumber) }
}
