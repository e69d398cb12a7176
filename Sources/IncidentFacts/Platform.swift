// The one file of IncidentFacts that names the C library, as swift-argument-parser's
// Utilities/Platform.swift does: the rest of the module calls it through `Platform`, so another
// C library means changing this file alone. (The module imports no Foundation.)
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

enum Platform {
    /// `memchr`: where `byte` first occurs in the `count` bytes at `start`, or nil.
    @inline(__always)
    static func findByte(_ byte: UInt8, in start: UnsafeRawPointer, count: Int) -> UnsafeRawPointer? {
        UnsafeRawPointer(memchr(start, Int32(byte), count))
    }

    /// `memcmp(a, b, count) == 0`: true when the `count` bytes at `a` and `b` are the same.
    @inline(__always)
    static func sameBytes(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool {
        memcmp(a, b, count) == 0
    }

    /// The C library's `sin`, `cos` and `atan2`, for distances between places.
    static func sine(_ x: Double) -> Double { sin(x) }
    static func cosine(_ x: Double) -> Double { cos(x) }
    static func arcTangent(_ y: Double, _ x: Double) -> Double { atan2(y, x) }
}
