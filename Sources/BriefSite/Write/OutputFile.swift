import Foundation

/// One file of the generated site: where it goes inside the output folder, and its bytes.
struct OutputFile: Sendable {
    enum Content: Sendable {
        case text(String)
        case data(Data)
        case bytes([UInt8])
    }

    let path: String
    let content: Content

    init(_ path: String, text: String) {
        self.path = path
        content = .text(text)
    }

    init(_ path: String, bytes: [UInt8]) {
        self.path = path
        content = .bytes(bytes)
    }

    init(_ path: String, content: Content) {
        self.path = path
        self.content = content
    }

    init(_ path: String, data: Data) {
        self.path = path
        content = .data(data)
    }

    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        switch content {
        case .text(var text): return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        case .data(let data): return try data.withUnsafeBytes { try body($0) }
        case .bytes(let bytes): return try bytes.withUnsafeBytes { try body($0) }
        }
    }

    var hash: ContentHash {
        withBytes { bytes in
            var hash = ContentHash()
            hash.add(buffer: bytes)
            return hash
        }
    }
}
