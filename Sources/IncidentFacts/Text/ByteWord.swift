/// Tests on eight bytes of text at once, read as one `UInt64` word: whether a byte of it is
/// below a bound, or equals a byte. `(x - bound * ones) & ~x & highs` is non-zero exactly when
/// a byte of `x` is below `bound` (for bounds up to 128); a byte equal to `b` is a zero byte
/// of `x ^ (b * ones)`.
enum ByteWord {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// True when a byte of `word` is below `bound` (at most 128).
    @inline(__always)
    static func hasByte(below bound: UInt8, in word: UInt64) -> Bool {
        (word &- UInt64(bound) &* ones) & ~word & highs != 0
    }

    /// True when a byte of `word` is `byte`.
    @inline(__always)
    static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        hasByte(below: 1, in: word ^ (UInt64(byte) &* ones))
    }

    /// True when a byte of `word` is outside ASCII.
    @inline(__always)
    static func hasNonASCII(_ word: UInt64) -> Bool { word & highs != 0 }

    /// True when no byte of `bytes` is one `isSpecial` accepts; `wordHasSpecial` tells the same
    /// of eight bytes at once, which settles all but the last few.
    @inline(__always)
    static func none(
        of bytes: UnsafeBufferPointer<UInt8>, _ wordHasSpecial: (UInt64) -> Bool, _ isSpecial: (UInt8) -> Bool
    ) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var i = 0
        while i + 8 <= bytes.count {
            if wordHasSpecial(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { return false }
            i += 8
        }
        return !bytes[i...].contains(where: isSpecial)
    }
}
