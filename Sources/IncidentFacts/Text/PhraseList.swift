/// A fixed list of phrases looked for inside lowercased text, in one pass.
///
/// Checking a list phrase by phrase scans the sentence once per phrase; here a table of the
/// phrases' first two bytes lets one scan find every candidate position, and only those are
/// compared in full. Matching is byte-wise, like `String.contains`.
struct PhraseList: Sendable, ExpressibleByArrayLiteral {
    let phrases: [String]
    private let bytes: [[UInt8]]
    /// Phrase indices by their first two bytes (`first << 8 | second`), the keys sorted; a bit
    /// per two-byte prefix says whether to look. One-byte phrases by byte.
    private let prefixKeys: [Int]
    private let prefixPhrases: [[Int]]
    private let prefixBits: [UInt64]
    private let singles: [Bool]

    init(_ phrases: [String]) {
        self.phrases = phrases
        bytes = phrases.map { Array($0.utf8) }
        var byPrefix: [Int: [Int]] = [:]
        var bits = [UInt64](repeating: 0, count: 1024)
        var singles = [Bool](repeating: false, count: 256)
        for (i, phrase) in bytes.enumerated() {
            if phrase.count == 1 {
                singles[Int(phrase[0])] = true
            } else if phrase.count >= 2 {
                let key = Int(phrase[0]) << 8 | Int(phrase[1])
                byPrefix[key, default: []].append(i)
                bits[key >> 6] |= 1 << UInt64(key & 63)
            }
        }
        prefixKeys = byPrefix.keys.sorted()
        prefixPhrases = prefixKeys.map { byPrefix[$0]! }
        prefixBits = bits
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

    /// The phrases that occur in `text`, each once, in the list's order.
    func found(in text: String) -> [String] {
        var seen = [Bool](repeating: false, count: phrases.count)
        scan(text) { phrase in
            seen[phrase] = true
            return true
        }
        return phrases.indices.filter { seen[$0] }.map { phrases[$0] }
    }

    /// Where `key` (known to be present) is in `prefixKeys`: a binary search over a few dozen.
    private func slot(of key: Int) -> Int {
        var low = 0, high = prefixKeys.count - 1
        while low < high {
            let mid = (low + high) / 2
            if prefixKeys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Calls `found` with the index of each phrase occurrence until it returns false.
    private func scan(_ text: String, _ found: (Int) -> Bool) {
        var text = text
        // Raw buffers: this loop runs for every byte of every sentence several times over.
        singles.withUnsafeBufferPointer { singles in
            prefixBits.withUnsafeBufferPointer { prefixBits in
                text.withUTF8 { h in scan(h, singles, prefixBits, found) }
            }
        }
    }

    private func scan(
        _ h: UnsafeBufferPointer<UInt8>, _ singles: UnsafeBufferPointer<Bool>,
        _ prefixBits: UnsafeBufferPointer<UInt64>,
        _ found: (Int) -> Bool
    ) {
        let n = h.count
        var i = 0
        while i < n {
            let b = Int(h[i])
            if singles[b], let k = bytes.firstIndex(where: { $0.count == 1 && Int($0[0]) == b }) {
                if !found(k) { return }
            }
            let key = i + 1 < n ? b << 8 | Int(h[i + 1]) : -1
            if key >= 0, prefixBits[key >> 6] & (1 << UInt64(key & 63)) != 0 {
                for k in prefixPhrases[slot(of: key)] {
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
