import Testing

@testable import IncidentFacts

/// Eight bytes tested at once agree with the bytes tested one by one.
@Suite struct ByteWordTests {
    @Test func wordTestsAgreeWithByteTests() {
        let fillers: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x41, 0x7F, 0x80, 0x81, 0xE2, 0xFE, 0xFF]
        for value in UInt8.min...UInt8.max {
            for position in 0..<8 {
                for filler in fillers {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[position] = value
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    for bound: UInt8 in [1, 0x20, 0x80] {
                        #expect(ByteWord.hasByte(below: bound, in: word) == bytes.contains { $0 < bound })
                    }
                    for byte: UInt8 in [9, 13, 34, 0xE2, filler] {
                        #expect(ByteWord.hasByte(byte, in: word) == bytes.contains(byte))
                    }
                    #expect(ByteWord.hasNonASCII(word) == bytes.contains { $0 >= 0x80 })
                }
            }
        }
    }
}
