import Foundation
import Testing

@testable import BriefSite
@testable import IncidentFacts

/// Bad input gets a diagnostic naming the file, never a crash, and never costs the site.
@Suite(.serialized) struct RobustnessTests {
    /// A temporary site folder with `content/` holding `files` (name → bytes).
    func site(_ files: [String: Data]) throws -> URL { try TestProject(data: files).root }

    func build(_ root: URL, keepGoing: Bool = false) -> BuildReport {
        TestProject(root: root).build { $0.keepGoing = keepGoing }
    }

    static let good = Data(
        " date 2023-02-18 \nGunmen attacked a police post in Karachi on Friday, killing three officers.\n".utf8)

    static let badInputs: [(name: String, data: Data, message: String)] = [
        ("empty.txt", Data(), "empty"),
        ("binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x00]), "binary"),
        ("latin1.txt", Data("Caf".utf8) + Data([0xE9, 0x0A]) + Data("bomb".utf8), "UTF-8"),
        ("impossible.txt", Data(" date 2023-02-30 \nA bomb exploded in Lahore.".utf8), "not a real day"),
        ("bad-url.txt", Data(" date 2023-02-18 \nurl: javascript:alert(1)\nA bomb exploded.".utf8), "'url:'"),
        ("not-yaml.md", Data("---\ntitle: [unclosed\n---\nText of the story.".utf8), "YAML"),
        ("never-closed.md", Data("---\ntitle: Open\nText without a closing line.".utf8), "never closed"),
        ("bad-killed.md", Data("---\nkilled: many\n---\nText.".utf8), "whole number"),
    ]

    @Test(arguments: badInputs.map(\.name))
    func badInputIsADiagnosticNamingTheFile(name: String) throws {
        let input = Self.badInputs.first { $0.name == name }!
        let root = try site([name: input.data, "good.txt": Self.good])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = build(root)
        let lines = report.diagnostics.map(\.description)
        #expect(
            lines.contains {
                $0.contains("content/\(name):") && $0.contains(": error: ") && $0.contains(input.message)
            }, "\(lines)")
        #expect(!report.wrote)
        let kept = build(root, keepGoing: true)
        #expect(kept.wrote && kept.hasErrors && kept.incidentCount == 1)
    }

    @Test func bomAndCRLFAreAccepted() throws {
        let text =
            Data([0xEF, 0xBB, 0xBF])
            + Data(
                " date 2023-02-18 \r\nGunmen attacked a police post in Karachi on Friday, killing three officers.\r\n"
                    .utf8)
        let root = try site(["bom.txt": text])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = build(root)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        #expect(report.incidentCount == 1)
    }

    @Test func noHeaderUsesTheFileName() throws {
        let root = try site([
            "2023-02-18-karachi.txt": Data(
                "Gunmen attacked a police post in Karachi on Friday, killing three officers.".utf8)
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = build(root)
        #expect(!report.hasErrors)
        let json = try String(contentsOf: root.appendingPathComponent("public/api/incidents.json"), encoding: .utf8)
        #expect(json.contains("\"date\": \"2023-02-17\""))
    }

    @Test func unknownFrontMatterKeyIsAWarningWithItsLine() throws {
        let root = try site([
            "a.md": Data(
                "---\ntitle: T\nkiled: 4\n---\nGunmen attacked a police post in Karachi on Friday, killing three officers."
                    .utf8)
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = build(root)
        #expect(
            report.diagnostics.map(\.description).contains {
                $0.hasPrefix("content/a.md:3:1: warning: unknown front matter key 'kiled'")
            })
        #expect(report.wrote)
    }

    @Test func twoArticlesClaimingOneIdAreAnError() throws {
        let a = Data(
            "---\nid: karachi-attack\n---\nGunmen attacked a police post in Karachi on Friday, killing three officers."
                .utf8)
        let b = Data(
            "---\nid: karachi-attack\n---\nA bomb exploded at a market in Lahore on Sunday, killing nine people.".utf8)
        let root = try site(["2023-02-18-a.md": a, "2016-03-28-b.md": b])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = build(root)
        #expect(report.diagnostics.contains { $0.severity == .error && $0.message.contains("already claimed") })
        #expect(!report.wrote)
    }

    @Test func idsThatTryToLeaveTheOutputStayInside() throws {
        let a = Data(
            "---\nid: ../../../escaped\n---\nGunmen attacked a police post in Karachi on Friday, killing three officers."
                .utf8)
        let root = try site(["2023-02-18-a.md": a])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = build(root)
        #expect(report.wrote)
        #expect(
            FileManager.default.fileExists(atPath: root.appendingPathComponent("public/briefs/escaped/index.html").path)
        )
        #expect(
            !FileManager.default.fileExists(
                atPath: root.deletingLastPathComponent().appendingPathComponent("escaped").path))
    }

    @Test func symlinkOutOfContentIsNotFollowed() throws {
        let root = try site(["good.txt": Self.good])
        defer { try? FileManager.default.removeItem(at: root) }
        let secret = root.appendingPathComponent("secret.txt")
        try Data("Gunmen attacked a bank in Lahore on Friday, killing 12 people.".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("content/link.txt").path, withDestinationPath: secret.path)
        let report = build(root)
        #expect(
            report.diagnostics.contains {
                $0.file.hasSuffix("link.txt") && $0.message.contains("points outside the folder content")
            })
    }

    @Test func folderNamedLikeAnArticleIsSkipped() throws {
        let root = try site([
            "good.txt": Self.good,
            "folder.txt/inner.md": Data(
                "---\ntitle: x\n---\nA bomb exploded in Kabul on Monday, killing two people.".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = build(root)
        #expect(report.diagnostics.contains { $0.file.hasSuffix("folder.txt") && $0.severity == .warning })
    }

    /// A named pipe is not read (which would wait forever for a writer): it is an error.
    @Test func namedPipeIsADiagnosticNotAHang() throws {
        let root = try site(["good.txt": Self.good])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(mkfifo(root.appendingPathComponent("content/pipe.txt").path, 0o644) == 0)
        let report = build(root, keepGoing: true)
        #expect(report.wrote)
        #expect(
            report.diagnostics.contains {
                $0.file.hasSuffix("pipe.txt") && $0.severity == .error && $0.message.contains("not a regular file")
            })
    }

    /// (Root reads every file: as root, as CI runs, this shows as skipped, and
    /// `Tests/site/unreadable_test.sh` checks the same as a normal user.)
    @Test(.disabled(if: getuid() == 0, "root reads every file"))
    func unreadableFileIsADiagnostic() throws {
        let root = try site(["good.txt": Self.good, "locked.txt": Self.good])
        defer { try? FileManager.default.removeItem(at: root) }
        chmod(root.appendingPathComponent("content/locked.txt").path, 0)
        let report = build(root)
        #expect(report.diagnostics.contains { $0.file.hasSuffix("locked.txt") && $0.severity == .error })
    }

    @Test func hugeFileIsRefusedWithoutReadingIt() throws {
        let root = try site(["good.txt": Self.good])
        defer { try? FileManager.default.removeItem(at: root) }
        let big = root.appendingPathComponent("content/big.txt").path
        _ = FileManager.default.createFile(atPath: big, contents: nil)
        truncate(big, 50 * 1024 * 1024)  // sparse: 50 MB without writing them
        let report = build(root)
        #expect(report.diagnostics.contains { $0.file.hasSuffix("big.txt") && $0.message.contains("MB") })
    }

    @Test func articleWithManyParagraphsIsHandled() throws {
        let body = String(repeating: "Police said the area was calm.\n\n", count: 100_000)
        let root = try site([
            "long.txt": Data(
                (" date 2023-02-18 \nGunmen attacked a police post in Karachi on Friday, killing three officers.\n\n"
                    + body).utf8)
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = build(root)
        #expect(!report.hasErrors)
        #expect(report.incidentCount == 1)
    }

    @Test func leftoversOfAKilledBuildAreRemovedAndTheSiteKept() throws {
        let root = try site(["good.txt": Self.good])
        defer { try? FileManager.default.removeItem(at: root) }
        let leftover = OutputSiblings(output: root.appendingPathComponent("public")).staging(process: 99999)
        try FileManager.default.createDirectory(atPath: leftover, withIntermediateDirectories: true)
        #expect(build(root).wrote)
        #expect(!FileManager.default.fileExists(atPath: leftover))
    }

    @Test func hostileTextStaysInert() throws {
        let hostile = """
            ---
            title: "<script>alert('t')</script> {{site.title}}"
            url: "javascript:alert(1)"
            source: "<img src=x onerror=alert(2)>"
            ---
            Gunmen attacked a police post in Karachi on Friday, killing three officers. <script>alert(3)</script>

            <iframe src="https://evil.example"></iframe> [click](javascript:alert(4)) <a href="javascript:alert(5)" onclick="alert(6)">x</a> {{#site}}{{title}}{{/site}}
            """
        let root = try site(["2023-02-18-hostile.md": Data(hostile.utf8)])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = build(root)
        #expect(report.wrote)
        let handler = try NSRegularExpression(pattern: "<[^>]*\\son[a-z]+=", options: [.caseInsensitive])
        for (path, data) in TreeDiff.files(in: root.appendingPathComponent("public").path)
        where !path.hasPrefix("assets/") {
            let text = String(decoding: data, as: UTF8.self)
            if path.hasSuffix(".md") {
                // Markdown source: every tag from content has its angle bracket backslash-escaped.
                for tag in ["<script", "<iframe", "<img", "<a href"] {
                    let all = text.components(separatedBy: tag).count - 1
                    let escaped = text.components(separatedBy: "\\" + tag).count - 1
                    #expect(all == escaped, "\(path): \(all - escaped) of \(all) '\(tag)' unescaped")
                }
                continue
            }
            #expect(!text.contains("<script>alert"), "\(path)")
            #expect(!text.contains("<iframe"), "\(path)")
            #expect(!text.contains("<img"), "\(path)")
            #expect(!text.contains("href=\"javascript:"), "\(path)")
            let range = NSRange(text.startIndex..., in: text)
            #expect(handler.firstMatch(in: text, range: range) == nil, "event handler attribute in \(path)")
        }
    }

    @Test func buildsAreDeterministic() throws {
        let root = try site([
            "a.txt": Self.good,
            "2016-03-28-b.txt": Data("A bomb exploded at a park in Lahore on Sunday, killing 70 people.".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        var options = BuildOptions()
        options.content = root.appendingPathComponent("content").path
        options.templates = Paths.templates.path
        options.config = "/nonexistent"
        options.output = root.appendingPathComponent("one").path
        _ = SiteBuilder.build(options)
        options.output = root.appendingPathComponent("two").path
        options.singleThreaded = true  // one thread this time
        _ = SiteBuilder.build(options)
        #expect(
            TreeDiff.differences(
                expected: root.appendingPathComponent("one").path, actual: root.appendingPathComponent("two").path
            ).isEmpty)
    }
}

/// Template problems are errors with the template's path, line and column, found at start-up.
@Suite struct TemplateDiagnosticsTests {
    func templatesCopy() throws -> URL {
        let folder = Paths.temporaryFolder().appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Paths.templates, to: folder)
        return folder
    }

    @Test func syntaxErrorNamesFileLineAndColumn() throws {
        let folder = try templatesCopy()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try Data("<h1>{{title}}</h1>\n<p>{{#items}}unclosed</p>\n".utf8).write(
            to: folder.appendingPathComponent("groups.html.mustache"))
        let (set, diagnostics) = TemplateSet.load(folder: folder.path, displayPrefix: "templates")
        #expect(set == nil)
        #expect(
            diagnostics.contains {
                $0.file == "templates/groups.html.mustache" && $0.line != nil && $0.column != nil
                    && $0.severity == .error
            }, "\(diagnostics)")
    }

    @Test func missingTemplateAndPartialAreErrors() throws {
        let folder = try templatesCopy()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("partials/footer.mustache"))
        let (set, diagnostics) = TemplateSet.load(folder: folder.path, displayPrefix: "templates")
        #expect(set == nil)
        #expect(diagnostics.contains { $0.message.contains("partials/footer") && $0.file == "templates" })
        #expect(
            diagnostics.contains {
                $0.message.contains("partial 'partials/footer'") && $0.file.hasSuffix(".html.mustache")
                    && $0.line != nil
            })
    }
}

/// Inputs the fuzzer once crashed on, kept so they never crash again.
@Suite struct FuzzRegressionTests {
    @Test func savedInputsLoadAndExtract() throws {
        let folder = Paths.repository.appendingPathComponent("Tests/FuzzRegressions")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            for isMarkdown in [false, true] {
                let (article, diagnostics) = ContentLoader.parseArticle(
                    bytes: [UInt8](data), display: name, isMarkdown: isMarkdown)
                // Each input is either an article whose facts serialize to valid JSON naming it,
                // or refused with a reason; never neither.
                if let article {
                    let json = ArticleFacts.extract(article).json().serialized()
                    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
                    #expect(object?["file"] as? String == name, "\(name)")
                } else {
                    #expect(!diagnostics.isEmpty, "\(name) refused without a reason")
                }
            }
        }
    }
}
