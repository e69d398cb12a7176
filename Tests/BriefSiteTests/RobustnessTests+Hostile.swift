import Foundation
import Testing

@testable import BriefSite
@testable import IncidentFacts

/// The hostile and careless inputs of the attacker's probe: each once crashed, hung, leaked or
/// was silently ignored.
extension RobustnessTests {
    static func markdown(_ frontMatter: String, _ body: String = "A bomb exploded in Lyon, France.") -> Data {
        Data("---\n\(frontMatter)\n---\n\(body)\n".utf8)
    }

    /// Front matter bounds counts; totals over an archive saturate instead of trapping.
    @Test func hugeCountsAreRefusedAndTotalsSaturate() throws {
        let huge = "killed: 9223372036854775807\nis_incident: true"
        let root = try site([
            "a.md": Self.markdown("title: A\ndate: 2020-01-01\ncity: Paris\ncountry: France\n" + huge),
            "b.md": Self.markdown("title: B\ndate: 2020-02-02\ncity: Lyon\ncountry: France\n" + huge),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = build(root, keepGoing: true)
        #expect(
            report.diagnostics.contains {
                $0.file.hasSuffix("a.md") && $0.line == 6 && $0.message.contains("from 0 to 1000000")
            })
        #expect(report.wrote)
        #expect([Int.max, 5].saturatingSum == .max)
        #expect([Int.min, -5].saturatingSum == .min)
        #expect([2, 3].saturatingSum == 5)
    }

    @Test func aNestedListIsAnErrorNotAnEmptyOverride() throws {
        let root = try site([
            "nested.md": Self.markdown("title: N\nperpetrators:\n  - - Oxa Front\n    - Ura Army")
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = build(root)
        #expect(
            report.diagnostics.contains {
                $0.file.hasSuffix("nested.md") && $0.severity == .error && $0.message.contains("one name per item")
            })
    }

    /// `selfdir -> .` and `sub/up -> ..` once made the walk endless; each folder is read once.
    @Test func symbolicLinkLoopsAreNamedAndWalkedOnce() throws {
        let root = try site(["good.txt": Self.good, "sub/other.txt": Self.good])
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content").path
        try FileManager.default.createSymbolicLink(atPath: content + "/selfdir", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: content + "/sub/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: content + "/again", withDestinationPath: "sub")
        try FileManager.default.createSymbolicLink(atPath: content + "/ring.txt", withDestinationPath: "ring2.txt")
        try FileManager.default.createSymbolicLink(atPath: content + "/ring2.txt", withDestinationPath: "ring.txt")
        let loaded = ContentLoader.load(folder: content, displayPrefix: "content")
        #expect(loaded.articles.count == 2)
        let messages = loaded.diagnostics.map { "\($0.file): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("content/selfdir:") && $0.contains("symbolic link loop") })
        #expect(messages.contains { $0.hasPrefix("content/sub/up:") && $0.contains("symbolic link loop") })
        #expect(messages.contains { $0.hasPrefix("content/again:") && $0.contains("already read") })
        #expect(messages.contains { $0.hasPrefix("content/ring.txt:") && $0.contains("symbolic link loop") })
        #expect(!messages.contains { $0.contains("broken") })
    }

    @Test func filesNamedLikeArticlesAreNotSkippedSilently() throws {
        let root = try site(["good.txt": Self.good, "LOUD.TXT": Self.good, "notes.markdown": Self.good])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = build(root)
        for name in ["LOUD.TXT", "notes.markdown"] {
            #expect(report.diagnostics.contains { $0.file.hasSuffix(name) && $0.message.contains("'.txt' or '.md'") })
        }
    }

    @Test func utf16IsNamedAsSuch() throws {
        let text = " date 2023-02-18 \nA bomb exploded in Lyon."
        var withMark = Data([0xFF, 0xFE])
        withMark.append(text.data(using: .utf16LittleEndian)!)
        let root = try site([
            "good.txt": Self.good, "marked.txt": withMark, "bare.txt": text.data(using: .utf16BigEndian)!,
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = build(root)
        for name in ["marked.txt", "bare.txt"] {
            #expect(report.diagnostics.contains { $0.file.hasSuffix(name) && $0.message.contains("UTF-16") })
        }
    }

    /// A file just over the limit is not called "10 MB" in a message refusing files over 10 MB.
    @Test func theSizeLimitMessageIsExact() {
        #expect(ContentLoader.tooLarge(10_485_761).contains("10485761 bytes"))
        #expect(ContentLoader.tooLarge(50 * 1_048_576).contains("50.0 MB"))
    }
}
