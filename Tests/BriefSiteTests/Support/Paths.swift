import Foundation
import Synchronization

/// Paths used by the end-to-end tests.
enum Paths {
    /// `Tests/BriefSiteTests` (this file is in its `Support` folder).
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repository = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = tests.appendingPathComponent("Fixtures/site")
    static let expected = tests.appendingPathComponent("Fixtures/expected")
    static let templates = repository.appendingPathComponent("templates")
    static let corpus = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus/news")

    /// A new folder under the system's temporary folder, removed when the test process ends:
    /// tests that hand a project's folder around need not each remember to.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        foldersToRemove.withLock { folders in
            if folders.isEmpty { atexit { removeTemporaryFolders() } }
            folders.append(url)
        }
        return url
    }
}

/// The folders `Paths.temporaryFolder()` made in this process.
private let foldersToRemove = Mutex<[URL]>([])

private func removeTemporaryFolders() {
    for folder in foldersToRemove.withLock({ $0 }) { try? FileManager.default.removeItem(at: folder) }
}
