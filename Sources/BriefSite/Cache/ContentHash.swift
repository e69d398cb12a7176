/// A 128-bit fingerprint of bytes (two FNV-1a-style 64-bit lanes with different seeds and
/// primes), for cache keys. Not cryptographic: the cache only has to tell edits apart.
struct ContentHash: Hashable, Sendable {
    private(set) var low: UInt64 = 0xcbf2_9ce4_8422_2325
    private(set) var high: UInt64 = 0x6c62_272e_07bb_0142

    init() {}

    /// As a table key, the low half alone: it is already a well-mixed hash.
    func hash(into hasher: inout Hasher) {
        hasher.combine(low)
    }

    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Adds a buffer eight bytes at a time (whole pages are hashed on every build).
    mutating func add(buffer: UnsafeRawBufferPointer) {
        var low = self.low, high = self.high
        var offset = 0
        while offset + 8 <= buffer.count {
            let word = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            low = (low ^ word) &* 0x0000_0100_0000_01b3
            low ^= low >> 29
            high = ((high &+ word) &* 0x9e37_79b9_7f4a_7c15)
            high = high << 31 | high >> 33
            offset += 8
        }
        self.low = low
        self.high = high
        add(UnsafeRawBufferPointer(rebasing: buffer[offset...]))
        add(buffer.count)
    }

    mutating func add(_ bytes: some Sequence<UInt8>) {
        var low = self.low, high = self.high
        for byte in bytes {
            low = (low ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            high = (high ^ UInt64(byte)) &* 0x0000_0001_0000_0193 &+ 0x9e37_79b9
        }
        self.low = low
        self.high = high
    }

    /// Adds text followed by a separator, so ("ab", "c") and ("a", "bc") differ.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(buffer: UnsafeRawBufferPointer($0)) }
    }

    /// Adds bytes eight at a time (see `add(buffer:)`).
    mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add(buffer: $0) }
    }

    /// Adds another fingerprint (a part of what this one covers).
    mutating func add(_ other: ContentHash) {
        add(Int(Int64(bitPattern: other.low)))
        add(Int(Int64(bitPattern: other.high)))
    }

    mutating func add(_ number: Int) {
        withUnsafeBytes(of: UInt64(bitPattern: Int64(number)).littleEndian) { add($0) }
    }
}
