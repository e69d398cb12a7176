/// A set of words for lookups in hot loops.
///
/// `Set<String>` hashes with per-process-seeded SipHash, which cost a fifth of extraction time
/// over millions of token lookups; this table hashes UTF-8 bytes with FNV-1a into an open-
/// addressing array. Lexicons are fixed lists, so nothing here needs protection from crafted
/// collisions.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    init(_ words: some Sequence<String>) { table = WordTable(words.map { ($0, true) }) }
    init(arrayLiteral words: String...) { self.init(words) }

    func contains(_ word: String) -> Bool { table[word] != nil }
    /// True when the token's lowercase form is in the set.
    func contains(_ token: Token) -> Bool { table[token.lower, hash: token.lowerHash] != nil }

    /// The words, in no particular order.
    var words: [String] { table.keys }

    // Scans of a sentence's tokens for the set's words. Each token is read in place: an array's
    // subscript copies its element, and a token's two strings cost a reference count each,
    // which in the extractors' loops over every token of every sentence cost more than the
    // lookups themselves.

    /// Where the set's words occur in `tokens`, in order.
    func positions(in tokens: [Token]) -> [Int] {
        tokens.withUnsafeBufferPointer { buffer in
            var found: [Int] = []
            for i in buffer.indices where table.contains(buffer.baseAddress! + i) { found.append(i) }
            return found
        }
    }

    /// The first place in `tokens` where a word of the set occurs.
    func firstPosition(in tokens: [Token]) -> Int? {
        tokens.withUnsafeBufferPointer { buffer in
            for i in buffer.indices where table.contains(buffer.baseAddress! + i) { return i }
            return nil
        }
    }

    /// True when a word of the set has the hash `hash` (a word outside the set may share it):
    /// a first sift in a loop over tokens, which reads a token's hash without copying it.
    func mayContain(hash: UInt64) -> Bool { table.hasHash(hash) }

    /// True when a word of the set occurs in `tokens`.
    func occurs(in tokens: [Token]) -> Bool { firstPosition(in: tokens) != nil }

    func union(_ other: WordSet) -> WordSet { WordSet(words + other.words) }
    func union(_ other: [String]) -> WordSet { WordSet(words + other) }
    func subtracting(_ other: [String]) -> WordSet { WordSet(words.filter { !other.contains($0) }) }
}

/// A map from words to values with the same fast lookup as `WordSet`.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private let table: WordTable<Value>

    init(dictionaryLiteral elements: (String, Value)...) { table = WordTable(elements) }
    init(_ elements: [(String, Value)]) { table = WordTable(elements) }

    subscript(_ word: String) -> Value? { table[word] }
    /// The value of the token's lowercase form.
    subscript(_ token: Token) -> Value? { table[token.lower, hash: token.lowerHash] }

    /// True when a key has the hash `hash` (see `WordSet.mayContain(hash:)`).
    func mayContain(hash: UInt64) -> Bool { table.hasHash(hash) }

    var keys: [String] { table.keys }
}

/// Open addressing over a power-of-two array, at most half full. Hashes, keys and values are
/// kept apart so that probing for a word that is not there (most tokens) reads only hashes and
/// copies no strings or values. A class with fixed contents: lexicons are static tables read
/// in hot loops, and passing one around then costs one reference count, not one per array.
final class WordTable<Value: Sendable>: Sendable {
    /// 0 marks an empty slot; `hash(_:)` never returns 0.
    private let hashes: [UInt64]
    private let slotKeys: [String]
    private let values: [Value?]
    private let mask: Int

    init(_ elements: [(String, Value)]) {
        var capacity = 8
        while capacity < elements.count * 2 { capacity *= 2 }
        var hashes = [UInt64](repeating: 0, count: capacity)
        var slotKeys = [String](repeating: "", count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        let mask = capacity - 1
        for (key, value) in elements {
            let hash = Self.hash(key)
            var index = Int(truncatingIfNeeded: hash) & mask
            while hashes[index] != 0 && !(hashes[index] == hash && slotKeys[index] == key) {
                index = (index + 1) & mask
            }
            hashes[index] = hash
            slotKeys[index] = key
            values[index] = value
        }
        self.hashes = hashes
        self.slotKeys = slotKeys
        self.values = values
        self.mask = mask
    }

    subscript(_ key: String) -> Value? { self[key, hash: Self.hash(key)] }

    /// The value for `key`, whose `hash(_:)` is already known.
    subscript(_ key: String, hash hash: UInt64) -> Value? {
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = hashes[index]
            if stored == 0 { return nil }
            if stored == hash && slotKeys[index] == key { return values[index] }
            index = (index + 1) & mask
        }
    }

    var keys: [String] { hashes.indices.filter { hashes[$0] != 0 }.map { slotKeys[$0] } }

    /// Whether a key has the hash `hash`.
    func hasHash(_ hash: UInt64) -> Bool {
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = hashes[index]
            if stored == 0 { return false }
            if stored == hash { return true }
            index = (index + 1) & mask
        }
    }

    /// Whether the lowercase form of the token at `token` is a key, read without copying the
    /// token (its text is compared only when the hashes agree).
    func contains(_ token: UnsafePointer<Token>) -> Bool {
        let hash = token.pointee.lowerHash
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = hashes[index]
            if stored == 0 { return false }
            if stored == hash && slotKeys[index] == token.pointee.lower { return true }
            index = (index + 1) & mask
        }
    }

    static func hash(_ key: String) -> UInt64 {
        // Iterating `utf8` directly is several times slower than over its buffer.
        if let hash = key.utf8.withContiguousStorageIfAvailable(hash(bytes:)) { return hash }
        var copy = key
        return copy.withUTF8(hash(bytes:))
    }

    private static func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let folded = hash ^ (hash >> 32)
        return folded == 0 ? 1 : folded
    }

    /// `hash(_:)` of the ASCII lowercase form of `bytes`, without making that string.
    static func hash(lowercasingASCII bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            hash = (hash ^ UInt64(lower)) &* 0x0000_0100_0000_01b3
        }
        let folded = hash ^ (hash >> 32)
        return folded == 0 ? 1 : folded
    }
}
