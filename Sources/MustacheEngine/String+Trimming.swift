extension StringProtocol {
    /// The text without leading and trailing whitespace (tag contents such as `{{ name }}`).
    func trimmingWhitespace() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
