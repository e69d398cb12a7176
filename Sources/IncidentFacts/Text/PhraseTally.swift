/// Counts lowercase phrases by key in one pass over a sentence's tokens.
///
/// Built once from lists of phrases; a phrase can count for several keys ("suicide bomber" is
/// both a suicide phrase and a bombing phrase), and plurals of the last word count too.
struct PhraseTally: Sendable {
    private var index = PhraseIndex<[String]>()

    init(_ lists: [(key: String, phrases: [String])]) {
        var keys: [String: [String]] = [:]
        for (key, phrases) in lists {
            for phrase in phrases {
                for form in [phrase, phrase + "s"] where !(keys[form]?.contains(key) ?? false) {
                    keys[form, default: []].append(key)
                }
            }
        }
        for (phrase, list) in keys.sorted(by: { $0.key < $1.key }) { index.add(phrase, list) }
        index.finish()
    }

    /// Adds the counts of `sentence` into `counts`, times `weight`, leaving out phrases that
    /// start in `skipped` (a clause about another attack) and those whose tokens `keeps` turns
    /// down (a minister who only speaks).
    func tally(
        _ sentence: Sentence, into counts: inout [String: Double], weight: Double = 1,
        skipping skipped: Range<Int> = 0..<0, keeping keeps: (Range<Int>) -> Bool = { _ in true }
    ) {
        for match in index.matches(anyCaseIn: sentence.tokens)
        where !skipped.contains(match.start) && keeps(match.start..<match.end) {
            for key in match.value { counts[key, default: 0] += weight }
        }
    }

    /// True when any phrase of `key` occurs in the sentence.
    func mentions(_ key: String, in sentence: Sentence) -> Bool {
        index.matches(anyCaseIn: sentence.tokens).contains { $0.value.contains(key) }
    }
}
