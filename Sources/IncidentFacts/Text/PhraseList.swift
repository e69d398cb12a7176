/// A fixed list of phrases looked for inside lowercased text, in one pass.
///
/// Checking a list phrase by phrase scans the sentence once per phrase; here a table of the
/// phrases' first two bytes lets one scan find every candidate position, and only those are
/// compared in full. Matching is byte-wise, like `String.contains`.
///
/// When every phrase has three bytes or more, the scan moves a window as long as the shortest
/// phrase and reads only the two bytes that end it (Wu and Manber's method): two bytes found in
/// no phrase move the window past them, so most of a sentence is skipped unread.
struct PhraseList: Sendable, ExpressibleByArrayLiteral {
    let phrases: [String]
    private let bytes: [[UInt8]]
    /// Phrase indices by their first two bytes (`first << 8 | second`), the keys sorted; a bit
    /// per two-byte prefix says whether to look. One-byte phrases by byte.
    private let prefixKeys: [Int]
    private let prefixPhrases: [[Int]]
    private let prefixBits: [UInt64]
    private let singles: [Bool]
    /// The length of the shortest phrase, and how far the window may move when a two-byte block
    /// (its `blockSlot`) ends it; empty when a phrase is shorter than three bytes.
    private let shortest: Int
    private let shifts: [UInt8]

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
        shortest = bytes.map(\.count).min() ?? 0
        shifts = Self.shifts(bytes, shortest: shortest)
    }

    /// The table of slots of 4,096 two-byte blocks (blocks may share one: a shared slot keeps
    /// the smallest move, which only costs a look).
    private static func blockSlot(_ first: UInt8, _ second: UInt8) -> Int {
        (Int(first) &<< 6 ^ Int(second)) & 4095
    }

    /// For each block slot, how far past a window ending in that block the next match may end:
    /// the shortest phrase's length less one when no phrase holds the block in its first
    /// `shortest` bytes, less the block's place in the phrase when one does.
    private static func shifts(_ phrases: [[UInt8]], shortest: Int) -> [UInt8] {
        guard shortest >= 3 else { return [] }
        let longest = UInt8(min(shortest - 1, 255))
        var shifts = [UInt8](repeating: longest, count: 4096)
        for phrase in phrases {
            for end in 1..<shortest {
                let slot = blockSlot(phrase[end - 1], phrase[end])
                shifts[slot] = min(shifts[slot], UInt8(min(shortest - 1 - end, 255)))
            }
        }
        return shifts
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
        if !shifts.isEmpty {
            shifts.withUnsafeBufferPointer { shifts in
                prefixBits.withUnsafeBufferPointer { prefixBits in
                    text.withUTF8 { h in skippingScan(h, shifts, prefixBits, found) }
                }
            }
            return
        }
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
            if i + 1 < n, !phrasesStarting(at: i, h, prefixBits, found) { return }
            i += 1
        }
    }

    /// The scan when every phrase has three bytes or more: a window of `shortest` bytes moves
    /// by the shift of the block that ends it, and stops for a full look only where that is 0,
    /// which every window a phrase starts has. Starts are looked at in order, as above.
    private func skippingScan(
        _ h: UnsafeBufferPointer<UInt8>, _ shifts: UnsafeBufferPointer<UInt8>,
        _ prefixBits: UnsafeBufferPointer<UInt64>, _ found: (Int) -> Bool
    ) {
        let n = h.count
        var end = shortest - 1
        while end < n {
            let shift = shifts[Self.blockSlot(h[end - 1], h[end])]
            if shift != 0 {
                end += Int(shift)
                continue
            }
            if !phrasesStarting(at: end - shortest + 1, h, prefixBits, found) { return }
            end += 1
        }
    }

    /// Calls `found` for each phrase of two bytes or more that starts at `i` (with a byte after
    /// it); false when `found` asked to stop.
    private func phrasesStarting(
        at i: Int, _ h: UnsafeBufferPointer<UInt8>, _ prefixBits: UnsafeBufferPointer<UInt64>,
        _ found: (Int) -> Bool
    ) -> Bool {
        let n = h.count
        let key = Int(h[i]) << 8 | Int(h[i + 1])
        guard prefixBits[key >> 6] & (1 << UInt64(key & 63)) != 0 else { return true }
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
            if same && !found(k) { return false }
        }
        return true
    }
}
