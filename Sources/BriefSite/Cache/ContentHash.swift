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

    /// Adds a buffer eight bytes at a time (whole pages are hashed on every build); long
    /// buffers 32 bytes at a time in four independent lanes, which the processor runs side by
    /// side (cache files of tens of MB are checked on every build).
    mutating func add(buffer: UnsafeRawBufferPointer) {
        var low = self.low, high = self.high
        var offset = 0
        if buffer.count >= 256 {
            var a = low, b = high, c = low ^ 0x9e37_79b9_7f4a_7c15, d = high ^ 0xc2b2_ae3d_27d4_eb4f
            while offset + 32 <= buffer.count {
                let w0 = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                let w1 = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                let w2 = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
                let w3 = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
                a = (a ^ w0) &* 0x0000_0100_0000_01b3
                a ^= a >> 29
                b = (b ^ w1) &* 0x9e37_79b9_7f4a_7c15
                b ^= b >> 31
                c = (c ^ w2) &* 0xc2b2_ae3d_27d4_eb4f
                c ^= c >> 27
                d = (d ^ w3) &* 0x1656_67b1_9e37_79f9
                d ^= d >> 33
                offset += 32
            }
            low = (a ^ (c << 21 | c >> 43)) &* 0xff51_afd7_ed55_8ccd
            low ^= low >> 33
            high = (b ^ (d << 17 | d >> 47)) &* 0xc4ce_b9fe_1a85_ec53
            high ^= high >> 29
        }
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
