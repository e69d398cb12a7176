import Foundation

/// Paths used by the end-to-end tests.
enum Paths {
    /// `Tests/BriefSiteTests` (this file is in its `Support` folder).
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repository = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = tests.appendingPathComponent("Fixtures/site")
    static let expected = tests.appendingPathComponent("Fixtures/expected")
    static let templates = repository.appendingPathComponent("templates")
    static let corpus = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus/news")

    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
