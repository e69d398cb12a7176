import Foundation

/// One file of the generated site: where it goes inside the output folder, and its bytes.
struct OutputFile: Sendable {
    enum Content: Sendable {
        case text(String)
        case data(Data)
        case bytes([UInt8])
        /// Bytes written into the staged file as they are made, never held whole (see
        /// `StreamedFile`); `SiteWriter.add` writes it.
        case streamed(@Sendable (inout StreamedFile) throws -> Void)
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

    init(_ path: String, streamed write: @escaping @Sendable (inout StreamedFile) throws -> Void) {
        self.path = path
        content = .streamed(write)
    }

    /// The bytes of a file held whole (a streamed file never is).
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        switch content {
        case .text(var text): return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        case .data(let data): return try data.withUnsafeBytes { try body($0) }
        case .bytes(let bytes): return try bytes.withUnsafeBytes { try body($0) }
        case .streamed: preconditionFailure("\(path) is streamed: its bytes exist only as it is written")
        }
    }

    /// The hash of a file held whole, taken as a streamed file's is (`StreamedFile.hash(of:)`).
    var hash: ContentHash { withBytes { StreamedFile.hash(of: $0) } }
}
