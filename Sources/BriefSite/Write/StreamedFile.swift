import SystemPackage

/// A file of the new site written while it is made, through a buffer of `pieceSize` bytes: the
/// site-wide files (API, CSV, search index) run to hundreds of MB at 100,000 articles, and held
/// whole they set the build's peak memory. Its hash is taken a piece at a time, as
/// `OutputFile.hash` takes a file held whole, so a file hashes the same however it was written.
struct StreamedFile: ByteSink {
    static let pieceSize = 1 << 20

    private let path: String
    private let descriptor: FileDescriptor
    /// False when nothing reads the hash (a build that keeps no manifest).
    private let hashes: Bool
    private var buffer: [UInt8] = []
    private(set) var hash = ContentHash()

    /// Creates (or empties) the file at `path`.
    init(creating path: String, hashes: Bool) throws {
        do {
            descriptor = try FileDescriptor.open(
                atPath: path, .writeOnly, options: [.create, .truncate],
                permissions: [.ownerReadWrite, .groupRead, .otherRead])
        } catch let error as Errno {
            throw FileSystem.Failure(path, errno: error.rawValue)
        }
        self.path = path
        self.hashes = hashes
        buffer.reserveCapacity(Self.pieceSize)
    }

    /// The hash of bytes held whole, taken as a `StreamedFile` takes it.
    static func hash(of bytes: UnsafeRawBufferPointer) -> ContentHash {
        var hash = ContentHash()
        for start in stride(from: 0, to: bytes.count, by: pieceSize) {
            hash.add(buffer: UnsafeRawBufferPointer(rebasing: bytes[start..<min(start + pieceSize, bytes.count)]))
        }
        return hash
    }

    mutating func write(_ bytes: some Collection<UInt8>) throws {
        let copied: Void? = try bytes.withContiguousStorageIfAvailable { try append(UnsafeRawBufferPointer($0)) }
        if copied == nil { try append(Array(bytes)) }
    }

    /// Writes out what the buffer still holds and closes the file.
    mutating func finish() throws {
        if !buffer.isEmpty { try flush() }
        do { try descriptor.close() } catch let error as Errno { throw FileSystem.Failure(path, errno: error.rawValue) }
    }

    /// Closes the file of a write that failed.
    func abandon() { try? descriptor.close() }

    private mutating func append(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try append($0) }
    }

    /// Fills the buffer, writing it out each time it holds a whole piece.
    private mutating func append(_ bytes: UnsafeRawBufferPointer) throws {
        var rest = bytes
        while !rest.isEmpty {
            let taken = min(rest.count, Self.pieceSize - buffer.count)
            buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: rest[..<taken]))
            rest = UnsafeRawBufferPointer(rebasing: rest[taken...])
            if buffer.count == Self.pieceSize { try flush() }
        }
    }

    private mutating func flush() throws {
        if hashes { buffer.withUnsafeBytes { hash.add(buffer: $0) } }
        do {
            _ = try buffer.withUnsafeBytes { try descriptor.writeAll($0) }
        } catch let error as Errno {
            throw FileSystem.Failure(path, errno: error.rawValue)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
