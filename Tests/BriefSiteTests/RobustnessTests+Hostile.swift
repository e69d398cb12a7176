import Foundation
import MustacheEngine
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

extension RobustnessTests {
    /// `url:` once went raw into the brief's Markdown: a `)` ended the link and let the rest
    /// add images, headings or raw HTML to the published page.
    @Test func urlsAreCheckedAndEncoded() {
        #expect(WebAddress.normalized("https://example.org/a b") == nil)
        #expect(WebAddress.normalized("https://x.org/a\n## Correction") == nil)
        #expect(WebAddress.normalized("javascript:alert(1)") == nil)
        #expect(WebAddress.normalized("https:///no-host") == nil)
        #expect(
            WebAddress.normalized("HTTPS://example.org/story?id=4&x=1#top") == "HTTPS://example.org/story?id=4&x=1#top")
        let hostile = WebAddress.normalized("https://x.org/a)![t](https://evil/t.png)<script>\"é")
        #expect(hostile == "https://x.org/a%29!%5Bt%5D%28https://evil/t.png%29%3Cscript%3E%22%C3%A9")
    }

    @Test func aHostileURLStaysInsideItsLink() throws {
        let matter = "title: Story\ndate: 2021-03-04\nurl: \"https://x.org/a)<script>alert(1)</script>(\""
        let root = try site(["story.md": Self.markdown(matter, "A bomb exploded in Lille, France, killing two people.")]
        )
        defer { try? FileManager.default.removeItem(at: root) }
        let report = build(root)
        #expect(report.wrote)
        let briefs = root.appendingPathComponent("public/briefs")
        let folder = try FileManager.default.contentsOfDirectory(atPath: briefs.path).first { !$0.hasPrefix(".") }!
        let markdown = try String(contentsOf: briefs.appendingPathComponent(folder + "/brief.md"), encoding: .utf8)
        let html = try String(contentsOf: briefs.appendingPathComponent(folder + "/index.html"), encoding: .utf8)
        #expect(!markdown.contains("<script>") && !html.contains("<script>alert"))
        #expect(markdown.contains("](https://x.org/a%29%3Cscript%3Ealert%281%29%3C/script%3E%28)"))
    }

    /// A link in `templates/assets` or `templates/partials` once published `/etc/passwd`.
    @Test func templateLinksOutOfTheFolderAreRefused() throws {
        let root = try site(["good.txt": Self.good])
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Paths.templates, to: templates)
        let secret = root.appendingPathComponent("secret.txt")
        try Data("token=hunter2".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(
            atPath: templates.path + "/assets/leak.txt", withDestinationPath: secret.path)
        let (set, diagnostics) = TemplateSet.load(folder: templates.path, displayPrefix: "templates")
        #expect(
            diagnostics.contains {
                $0.file == "templates/assets/leak.txt" && $0.severity == .error && $0.message.contains("points outside")
            })
        #expect(set?.assets.contains { $0.path == "leak.txt" } != true)
    }
}

extension RobustnessTests {
    /// A group or city named in Arabic or Cyrillic, or in punctuation alone, once failed the
    /// whole build ("refused to write 'groups//index.html'").
    @Test func everyNameGetsAPage() {
        #expect(Slug.page("Москва") == "moskva")
        #expect(Slug.page("حلب") == "hlb")
        #expect(Slug.page("!!!").hasPrefix("x-") && Slug.page("!!!").count == 8)
        #expect(Slug.page("!!!") != Slug.page("???"))
        #expect(Slug.page("Tehreek-e-Taliban Pakistan") == "tehreek-e-taliban-pakistan")
    }

    @Test func namesThatMakeOneSlugGetTwoPages() {
        let slugs = Slug.distinct(["ansar", "Ansar!", "Oxa Front"], slug: Slug.page)
        #expect(Set(slugs.values).count == 3)
        #expect(slugs["Ansar!"] == "ansar" && slugs["ansar"]!.hasPrefix("ansar-"))
        #expect(Slug.distinct(["Ansar!", "ansar"], slug: Slug.page) == slugs.filter { $0.key != "Oxa Front" })
    }

    @Test func nonLatinNamesBuildASite() throws {
        let root = try site([
            "a.md": Self.markdown(
                "title: A\ndate: 2021-04-04\nperpetrators: [جبهة النصرة, \"!!!\"]\ncountry: Syria\ncity: حلب\nis_incident: true"
            ),
            "b.md": Self.markdown("title: B\ndate: 2021-05-05\nperpetrators: [\"Ansar!\", ansar]\nis_incident: true"),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = build(root, keepGoing: false)
        #expect(report.wrote, "\(report.diagnostics)")
        let groups = try FileManager.default.contentsOfDirectory(atPath: root.path + "/public/groups")
        #expect(Set(groups).isSuperset(of: ["jbht-alnsrt", "ansar", "index.html"]))
        #expect(groups.count == 5, "\(groups)")  // index, the Arabic name, "!!!", and both Ansars
    }

    /// A city page's slug does not depend on which incident came first; a city named like a
    /// country, or like a city of another country, carries its country.
    @Test func placeSlugsAreOrderIndependent() {
        func incident(_ id: String, city: String, country: String) -> Incident {
            var facts = FactSheet(file: id + ".txt")
            facts.location.city = city
            facts.location.country = country
            return Incident(id: id, facts: facts, sources: [])
        }
        let list = [
            incident("a", city: "Hyderabad", country: "India"), incident("b", city: "Hyderabad", country: "Pakistan"),
            incident("c", city: "Kuwait", country: "Kuwait"),
        ]
        let forward = CrossReferencer.places(list).map(\.slug)
        let backward = CrossReferencer.places(list.reversed()).map(\.slug)
        #expect(forward == backward)
        #expect(
            Set(forward) == ["hyderabad-india", "hyderabad-pakistan", "india", "pakistan", "kuwait", "kuwait-kuwait"])
    }
}

extension RobustnessTests {
    /// An editor's `id` equal to another incident's generated id is kept as written; the
    /// generated one moves aside (it once went the other way round, changing the editor's URL).
    @Test func anEditorsIdWinsOverAGeneratedOne() throws {
        let lyon = "incident_date: 2021-03-04\ncity: Lyon\ncountry: France\nattack_type: bombing\nis_incident: true"
        let root = try site([
            "a.md": Self.markdown("title: Chosen\nid: 2021-03-04-lyon-bombing\ncity: Paris\nis_incident: true"),
            "b.md": Self.markdown("title: Generated\n" + lyon),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = build(root)
        #expect(report.wrote && !report.hasErrors, "\(report.diagnostics)")
        let briefs = root.path + "/public/briefs/"
        let chosen = try String(contentsOfFile: briefs + "2021-03-04-lyon-bombing/brief.md", encoding: .utf8)
        #expect(chosen.contains("Chosen"))
        let others = try FileManager.default.contentsOfDirectory(atPath: briefs).filter {
            $0.hasPrefix("2021-03-04-lyon-bombing-")
        }
        #expect(others.count == 1)
    }
}

extension RobustnessTests {
    /// Wrongly typed settings and a hostile `base_url` (a newline once added lines to
    /// robots.txt) are errors with their line, not silently ignored.
    @Test func siteSettingsAreChecked() throws {
        let file = Paths.temporaryFolder().appendingPathComponent("sitrep.yml")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        try Data(
            "title: [1, 2]\nbase_url: \"https://example.org/a\\nDisallow: /\"\nlanguage: \"en us\"\ndescription: Fine\n"
                .utf8
        ).write(to: file)
        let (config, diagnostics) = SiteConfig.load(path: file.path)
        let lines = diagnostics.filter { $0.severity == .error }.map(\.line)
        #expect(lines == [1, 2, 3], "\(diagnostics)")
        #expect(config.baseURL == nil && config.description == "Fine")
        try Data("base_url: javascript:alert(1)\n".utf8).write(to: file)
        #expect(SiteConfig.load(path: file.path).1.contains { $0.message.contains("http") })
        try Data("base_url: https://example.org/briefs/\nlanguage: pt-BR\n".utf8).write(to: file)
        let good = SiteConfig.load(path: file.path)
        #expect(good.1.isEmpty && good.0.baseURL == "https://example.org/briefs/" && good.0.language == "pt-BR")
    }
}

extension TemplateDiagnosticsTests {
    /// A partial including itself, or two including each other, once crashed the build.
    @Test func includeLoopsAreErrorsWithTheirChain() throws {
        let folder = try templatesCopy()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let footer = folder.appendingPathComponent("partials/footer.mustache")
        try (String(contentsOf: footer, encoding: .utf8) + "{{> partials/footer}}\n").write(
            to: footer, atomically: true, encoding: .utf8)
        try Data("<b>{{> partials/pong}}</b>\n".utf8).write(to: folder.appendingPathComponent("partials/ping.mustache"))
        try Data("<i>{{> partials/ping}}</i>\n".utf8).write(to: folder.appendingPathComponent("partials/pong.mustache"))
        let (set, diagnostics) = TemplateSet.load(folder: folder.path, displayPrefix: "templates")
        #expect(set == nil)
        #expect(
            diagnostics.contains {
                $0.file == "templates/partials/footer.mustache" && $0.line != nil
                    && $0.message.contains("partials/footer → partials/footer")
            }, "\(diagnostics)")
        #expect(diagnostics.contains { $0.message.contains("partials/ping → partials/pong → partials/ping") })
    }

    /// Recursion through a section ends with the data, as the Mustache spec has it (the engine's
    /// tests render it): a partial that includes itself inside a section is no include loop.
    @Test func recursionThroughASectionIsNoLoop() throws {
        let node = try PageTemplate("<{{name}}>{{#kids}}{{> node}}{{/kids}}</{{name}}>")
        #expect(TemplateSet.includeCycles(["node": node]).isEmpty)
    }
}

extension RobustnessTests {
    /// A file name with a newline once added a `::error` line to a GitHub Actions log, and one
    /// with an escape code could clear the terminal.
    @Test func diagnosticsStayOnOneLine() {
        let d = Diagnostic.error("file is empty", file: "content/x\n::error file=a::pwned\u{1B}[2J.txt")
        #expect(!d.description.contains("\n") && !d.description.contains("\u{1B}"))
        #expect(d.description.hasPrefix("content/x\\n::error file=a::pwned\\u{1B}[2J.txt:1:1: error:"))
        #expect(Diagnostic.printable("Zürich\tnow\u{85}") == "Zürich\\tnow\\u{85}")
    }

    /// Cells a spreadsheet would run as a formula, however they start.
    @Test func csvCellsCannotBeFormulas() {
        for hostile in ["=1+1", "\t=1+1", "\r=1+1", "  @SUM(A1)", "+cmd", "\u{09}cmd"] {
            let cell = CSVGenerator.cell(hostile)
            #expect(cell.hasPrefix("\"'") || cell.hasPrefix("'"), "\(hostile.debugDescription) → \(cell)")
        }
        #expect(CSVGenerator.cell("-5") == "-5")
        #expect(CSVGenerator.cell("Karachi") == "Karachi")
    }
}
