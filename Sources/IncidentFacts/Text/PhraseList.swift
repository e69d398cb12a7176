/// A fixed list of phrases looked for inside lowercased text, in one pass.
///
/// Checking a list phrase by phrase scans the sentence once per phrase; here a table of the
/// phrases' first two bytes lets one scan find every candidate position, and only those are
/// compared in full. Matching is byte-wise, like `String.contains`.
struct PhraseList: Sendable, ExpressibleByArrayLiteral {
    let phrases: [String]
    private let bytes: [[UInt8]]
    /// Phrases by their first two bytes (`first << 8 | second`); one-byte phrases by byte.
    private let byPrefix: [Int: [Int]]
    private let hasPrefix: [Bool]
    private let singles: [Bool]

    init(_ phrases: [String]) {
        self.phrases = phrases
        bytes = phrases.map { Array($0.utf8) }
        var byPrefix: [Int: [Int]] = [:]
        var hasPrefix = [Bool](repeating: false, count: 65536)
        var singles = [Bool](repeating: false, count: 256)
        for (i, phrase) in bytes.enumerated() {
            if phrase.count == 1 {
                singles[Int(phrase[0])] = true
            } else if phrase.count >= 2 {
                let key = Int(phrase[0]) << 8 | Int(phrase[1])
                byPrefix[key, default: []].append(i)
                hasPrefix[key] = true
            }
        }
        self.byPrefix = byPrefix
        self.hasPrefix = hasPrefix
        self.singles = singles
    }

    init(arrayLiteral phrases: String...) { self.init(phrases) }

    /// True when any phrase occurs in `text`.
    func occurs(in text: String) -> Bool {
        var found = false
        scan(text) { _ in
            found = true
            return false
        }
        return found
    }

    /// How many different phrases occur in `text`.
    func count(in text: String) -> Int {
        var seen = Set<Int>()
        scan(text) { phrase in
            seen.insert(phrase)
            return true
        }
        return seen.count
    }

    /// Calls `found` with the index of each phrase occurrence until it returns false.
    private func scan(_ text: String, _ found: (Int) -> Bool) {
        var text = text
        text.withUTF8 { h in
            let n = h.count
            var i = 0
            while i < n {
                let b = Int(h[i])
                if singles[b], let k = bytes.firstIndex(where: { $0.count == 1 && Int($0[0]) == b }) {
                    if !found(k) { return }
                }
                if i + 1 < n, hasPrefix[b << 8 | Int(h[i + 1])] {
                    for k in byPrefix[b << 8 | Int(h[i + 1])]! {
                        let phrase = bytes[k]
                        guard i + phrase.count <= n else { continue }
                        var same = true
                        var j = 2
                        while j < phrase.count {
                            if h[i + j] != phrase[j] {
                                same = false
                                break
                            }
                            j += 1
                        }
                        if same && !found(k) { return }
                    }
                }
                i += 1
            }
        }
    }
}
