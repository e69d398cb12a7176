import Foundation
import SystemPackage
import Testing

@testable import BriefSite

/// The one reader of whole files (caches, manifests, articles): all the bytes, also of a file
/// that grew after its size was taken, but not without end past the limit.
@Suite struct FileReadTests {
    let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0) }

    func withFile(_ body: (FileDescriptor) throws -> Void) throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("file").path
        try FileSystem.write(path, bytes)
        #expect(FileSystem.read(path) == bytes)
        let file = try FileDescriptor.open(atPath: path, .readOnly)
        defer { try? file.close() }
        try body(file)
    }

    @Test func readsAFileOfTheExpectedSize() throws {
        try withFile { file in
            let read = try FileSystem.read(file, expectedSize: bytes.count)
            #expect(read == bytes)
        }
    }

    @Test func readsTheRestOfAFileThatGrew() throws {
        try withFile { file in
            let read = try FileSystem.read(file, expectedSize: 10)
            #expect(read == bytes)
        }
    }

    @Test func stopsSoonAfterTheLimitWhenAFileGrew() throws {
        try withFile { file in
            let read = try FileSystem.read(file, expectedSize: 10, limit: 1000)
            #expect(read.count > 1000 && read.count < bytes.count)
            #expect(read == Array(bytes.prefix(read.count)))
        }
    }
}
