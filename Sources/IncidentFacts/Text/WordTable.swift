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

    func union(_ other: WordSet) -> WordSet { WordSet(words + other.words) }
    func union(_ other: [String]) -> WordSet { WordSet(words + other) }
    func subtracting(_ other: [String]) -> WordSet { WordSet(words.filter { !other.contains($0) }) }
}

/// A map from words to values with the same fast lookup as `WordSet`.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private let table: WordTable<Value>

    init(dictionaryLiteral elements: (String, Value)...) { table = WordTable(elements) }

    subscript(_ word: String) -> Value? { table[word] }
    /// The value of the token's lowercase form.
    subscript(_ token: Token) -> Value? { table[token.lower, hash: token.lowerHash] }

    var keys: [String] { table.keys }
}

/// Open addressing over a power-of-two array, at most half full.
struct WordTable<Value: Sendable>: Sendable {
    private var slots: [(hash: UInt64, key: String, value: Value)?]
    private let mask: Int

    init(_ elements: [(String, Value)]) {
        var capacity = 8
        while capacity < elements.count * 2 { capacity *= 2 }
        slots = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, value) in elements { insert(key, value) }
    }

    private mutating func insert(_ key: String, _ value: Value) {
        let hash = Self.hash(key)
        var index = Int(truncatingIfNeeded: hash) & mask
        while let slot = slots[index] {
            if slot.hash == hash && slot.key == key {
                slots[index] = (hash, key, value)
                return
            }
            index = (index + 1) & mask
        }
        slots[index] = (hash, key, value)
    }

    subscript(_ key: String) -> Value? { self[key, hash: Self.hash(key)] }

    /// The value for `key`, whose `hash(_:)` is already known.
    subscript(_ key: String, hash hash: UInt64) -> Value? {
        var index = Int(truncatingIfNeeded: hash) & mask
        while let slot = slots[index] {
            if slot.hash == hash && slot.key == key { return slot.value }
            index = (index + 1) & mask
        }
        return nil
    }

    var keys: [String] { slots.compactMap { $0?.key } }

    static func hash(_ key: String) -> UInt64 {
        // Iterating `utf8` directly is several times slower than over its buffer.
        if let hash = key.utf8.withContiguousStorageIfAvailable(hash(bytes:)) { return hash }
        var copy = key
        return copy.withUTF8(hash(bytes:))
    }

    private static func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash ^ (hash >> 32)
    }
}
