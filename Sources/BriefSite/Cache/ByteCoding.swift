/// Appends values to a compact byte buffer: variable-length integers, length-prefixed text.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        // Zig-zag, then seven bits per byte.
        var v = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func hash(_ value: ContentHash) {
        int(Int(Int64(bitPattern: value.low)))
        int(Int(Int64(bitPattern: value.high)))
    }

    mutating func optional<T>(_ value: T?, _ write: (inout ByteWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout ByteWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
}

/// Reads what `ByteWriter` wrote; any inconsistency throws, and the cache entry is ignored.
struct ByteReader {
    struct Corrupt: Error {}

    let bytes: [UInt8]
    var offset: Int
    let end: Int

    init(_ bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        offset = range.lowerBound
        end = range.upperBound
    }

    mutating func byte() throws(Corrupt) -> UInt8 {
        guard offset < end else { throw Corrupt() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func int() throws(Corrupt) -> Int {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw Corrupt() }
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1))
    }

    mutating func bool() throws(Corrupt) -> Bool { try byte() != 0 }

    mutating func hash() throws(Corrupt) -> ContentHash {
        ContentHash(low: UInt64(bitPattern: Int64(try int())), high: UInt64(bitPattern: Int64(try int())))
    }

    mutating func string() throws(Corrupt) -> String {
        let count = try int()
        guard count >= 0, offset + count <= end else { throw Corrupt() }
        defer { offset += count }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }

    /// Moves past a string without making it.
    mutating func skipString() throws(Corrupt) {
        let count = try int()
        guard count >= 0, offset + count <= end else { throw Corrupt() }
        offset += count
    }

    /// A count of items, checked against what is left so a damaged length cannot allocate wildly.
    mutating func count() throws(Corrupt) -> Int {
        let count = try int()
        guard count >= 0, count <= end - offset else { throw Corrupt() }
        return count
    }

    mutating func optional<T>(_ read: (inout ByteReader) throws(Corrupt) -> T) throws(Corrupt) -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T>(_ read: (inout ByteReader) throws(Corrupt) -> T) throws(Corrupt) -> [T] {
        let count = try count()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }
}
