import Foundation
import IncidentFacts
import Testing

@testable import BriefSite

/// Builds with `.sitrep-cache` (facts cache and output manifest) give the same bytes as builds
/// without it, whatever state the cache is in, and rewrite only what changed.
@Suite(.serialized) struct IncrementalBuildTests {
    let root = Paths.temporaryFolder()
    var content: URL { root.appendingPathComponent("content") }
    var templates: URL { root.appendingPathComponent("templates") }
    var cache: URL { root.appendingPathComponent("cache") }
    var site: URL { root.appendingPathComponent("public") }

    init() throws {
        try FileManager.default.copyItem(at: Paths.fixture.appendingPathComponent("content"), to: content)
        try FileManager.default.copyItem(at: Paths.templates, to: templates)
        // Incidents far from the fixture's Karachi ones, whose pages an edit there must not touch.
        let others = [
            "2004-03-12-madrid.txt":
                " date 2004-03-12 \nBombs exploded on four commuter trains in Madrid on Thursday, killing 191 people and injuring about 1,800.",
            "2013-09-22-nairobi.txt":
                " date 2013-09-22 \nGunmen attacked the Westgate shopping mall in Nairobi on Saturday, killing at least 39 people.",
        ]
        for (name, text) in others {
            try Data(text.utf8).write(to: content.appendingPathComponent(name))
        }
    }

    @discardableResult
    func build(into output: URL, cached: Bool, continuing previous: URL? = nil) -> BuildReport {
        var options = BuildOptions()
        options.previousOutput = previous?.path
        options.content = content.path
        options.templates = templates.path
        options.output = output.path
        options.config = root.appendingPathComponent("sitrep.yml").path
        options.cacheFolder = cached ? cache.path : nil
        let report = SiteBuilder.build(options)
        #expect(report.wrote, "\(report.diagnostics)")
        return report
    }

    /// The site cached builds produced, compared with a build from scratch of the same input
    /// that continues the same published ids (the redirects of briefs renamed on the way).
    func expectSameAsFullBuild(_ comment: Comment) {
        let reference = root.appendingPathComponent("reference-\(UUID().uuidString)")
        build(into: reference, cached: false, continuing: site)
        #expect(TreeDiff.differences(expected: reference.path, actual: site.path) == [], comment)
    }

    func modificationTimes() -> [String: Date] {
        var times: [String: Date] = [:]
        for path in TreeDiff.files(in: site.path).keys {
            let attributes = try? FileManager.default.attributesOfItem(atPath: site.path + "/" + path)
            times[path] = attributes?[.modificationDate] as? Date
        }
        return times
    }

    @Test func everyCacheStateGivesTheFullBuildsSite() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        build(into: site, cached: true)
        expectSameAsFullBuild("cold cache")

        let before = modificationTimes()
        build(into: site, cached: true)
        expectSameAsFullBuild("warm cache, nothing changed")
        #expect(modificationTimes() == before, "an unchanged site is not rewritten")

        // One article edited: its brief and the pages listing it change, other briefs do not.
        let article = try FileManager.default.contentsOfDirectory(atPath: content.path).sorted()
            .first { $0.hasPrefix("2023") }!
        let articleURL = content.appendingPathComponent(article)
        let text = try String(contentsOf: articleURL, encoding: .utf8)
        try (text + "\n\nOfficials later said the attack was carried out by four gunmen.\n").write(
            to: articleURL, atomically: true, encoding: .utf8)
        build(into: site, cached: true)
        expectSameAsFullBuild("one article edited")
        let after = modificationTimes()
        let rewritten = after.keys.filter { before[$0] != after[$0] }.sorted()
        #expect(after.keys.contains { $0.hasPrefix("briefs/2004-") })
        #expect(rewritten.contains { $0.hasPrefix("briefs/2023-") }, "the edited incident's brief is rewritten")
        #expect(!rewritten.contains { $0.hasPrefix("briefs/2004-") || $0.hasPrefix("places/spain") }, "\(rewritten)")

        // A figure that rows show, not the headline, changes: the list pages showing it are
        // made again.
        let madrid = content.appendingPathComponent("2004-03-12-madrid.txt")
        let beforeFigure = modificationTimes()
        try (try String(contentsOf: madrid, encoding: .utf8).replacingOccurrences(of: "1,800", with: "2,000")).write(
            to: madrid, atomically: true, encoding: .utf8)
        build(into: site, cached: true)
        expectSameAsFullBuild("a figure in rows edited")
        let rewrittenLists = modificationTimes().filter { beforeFigure[$0.key] != $0.value }.keys
        #expect(rewrittenLists.contains("places/madrid/index.html"), "\(rewrittenLists.sorted())")

        // An article removed: its brief folder goes.
        try FileManager.default.removeItem(at: content.appendingPathComponent(article))
        build(into: site, cached: true)
        expectSameAsFullBuild("one article removed")

        // Someone edits the published site and drops a file into it: the build puts it right.
        try Data("edited by hand".utf8).write(to: site.appendingPathComponent("index.html"))
        try Data("stray".utf8).write(to: site.appendingPathComponent("stray.html"))
        build(into: site, cached: true)
        expectSameAsFullBuild("output edited by hand")

        // A template changes.
        let footer = templates.appendingPathComponent("partials/footer.mustache")
        try (try String(contentsOf: footer, encoding: .utf8) + "<!-- edited -->\n").write(
            to: footer, atomically: true, encoding: .utf8)
        build(into: site, cached: true)
        expectSameAsFullBuild("template edited")

        // Site settings change every page.
        try Data("title: Harbour Desk\nbase_url: https://example.org/desk/\n".utf8).write(
            to: root.appendingPathComponent("sitrep.yml"))
        build(into: site, cached: true)
        expectSameAsFullBuild("settings changed")

        // Damaged cache files are ignored, not trusted.
        for name in try FileManager.default.contentsOfDirectory(atPath: cache.path) {
            try Data("garbage".utf8).write(to: cache.appendingPathComponent(name))
        }
        build(into: site, cached: true)
        expectSameAsFullBuild("damaged cache")

        // The cache knows nothing of this output folder.
        try FileManager.default.removeItem(at: site)
        build(into: site, cached: true)
        expectSameAsFullBuild("output deleted")
    }

    /// Folders the previous build left alone are not listed again, but anything put into them
    /// since changes their stamp and is found.
    @Test func filesDroppedIntoSettledFoldersAreRemoved() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        build(into: site, cached: true)
        Thread.sleep(forTimeInterval: 0.3)
        build(into: site, cached: true)  // records the stamps of folders now settled
        var options = BuildOptions()
        options.output = site.path
        options.cacheFolder = cache.path
        let manifestPath = try #require(options.resolvedManifestPath)
        let manifest = try #require(OutputManifest.load(manifestPath))
        let brief = try #require(manifest.entries.keys.first { $0.hasPrefix("briefs/") && $0.hasSuffix("/index.html") })
        let briefFolder = String(brief.dropLast("/index.html".count))
        #expect(manifest.folders[briefFolder] != nil, "a settled folder's stamp is kept")

        let fm = FileManager.default
        try Data("stray".utf8).write(to: site.appendingPathComponent(briefFolder + "/stray.txt"))
        try fm.createDirectory(at: site.appendingPathComponent("places/extra"), withIntermediateDirectories: true)
        try Data("stray".utf8).write(to: site.appendingPathComponent("places/extra/index.html"))
        try fm.createDirectory(at: site.appendingPathComponent("groups/empty"), withIntermediateDirectories: true)
        build(into: site, cached: true)
        expectSameAsFullBuild("strays in settled folders")
        #expect(!fm.fileExists(atPath: site.appendingPathComponent("places/extra").path))
        #expect(!fm.fileExists(atPath: site.appendingPathComponent("groups/empty").path))
    }

    /// Articles unchanged since a build are not read again: they come from the cache with
    /// their front matter and warnings, and an edit that keeps the size is still seen.
    @Test func settledArticlesComeFromTheCacheAndEditsAreSeen() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let markdown = content.appendingPathComponent("2024-05-01-quetta.md")
        try Data(
            "---\ntitle: Blast at a Quetta market\nkilled: 9\nkiled: 9\n---\nA bomb exploded at a market in Quetta on Wednesday, killing nine people.\n"
                .utf8
        ).write(to: markdown)
        let first = build(into: site, cached: true)
        Thread.sleep(forTimeInterval: 0.3)
        build(into: site, cached: true)  // records the articles, settled now
        let reused = build(into: site, cached: true)
        #expect(reused.diagnostics == first.diagnostics, "warnings are replayed for articles not read again")
        #expect(reused.diagnostics.contains { $0.file.hasSuffix("quetta.md") && $0.message.contains("kiled") })
        expectSameAsFullBuild("articles from the cache")

        // Same size, other text: a different day and toll.
        let text = try String(contentsOf: markdown, encoding: .utf8)
        try text.replacingOccurrences(of: "nine", with: "four").replacingOccurrences(of: "killed: 9", with: "killed: 4")
            .write(to: markdown, atomically: false, encoding: .utf8)
        build(into: site, cached: true)
        expectSameAsFullBuild("an article edited in place, same size")
        let json = try String(contentsOf: site.appendingPathComponent("api/incidents.json"), encoding: .utf8)
        #expect(json.contains("\"best\": 4"))
    }

    /// Stored properties of `value` that are nil or empty.
    static func unsetFields(of value: Any) -> [String] {
        Mirror(reflecting: value).children.compactMap { child in
            let text = String(describing: child.value)
            return text == "nil" || text == "[]" || text == "[:]" ? child.label : nil
        }
    }

    @Test func articleEntriesSurviveTheCodec() throws {
        var matter = FrontMatter()
        (matter.title, matter.source, matter.url, matter.id) = ("Blast", "Dawn", "https://example.org/a", "quetta")
        matter.headline = "Quetta market blast"
        (matter.date, matter.idLine) = (SimpleDate(year: 2024, month: 5, day: 1), 6)
        (matter.sameIncident, matter.notSameAs, matter.mergeLine) = ("2024-04-30-quetta", ["other"], 9)
        var o = FactOverrides()
        (o.isIncident, o.incidentDate) = (true, SimpleDate(year: 2024, month: 4, day: 30))
        (o.site, o.city, o.region, o.country) = ("market", "Quetta", "Balochistan", "Pakistan")
        (o.killed, o.injured, o.attackersCount, o.attackersKilled) = (9, 20, 2, 1)
        o.values = [
            .suicide: .flag(false), .attackType: .text("bombing"), .targetType: .text("civilians"),
            .claimedBy: .text("a group"), .duration: .text("an hour"),
        ]
        (o.summary, o.perpetrators) = ("A summary.", ["A", "B"])
        o.reviewed = ["killed"]
        matter.overrides = o
        // Every field is set, so a field the codec leaves out makes the round trip fail.
        #expect(Self.unsetFields(of: matter).isEmpty && Self.unsetFields(of: o).isEmpty)
        let entry = ArticleCache.Entry(
            sourceHash: ContentHash(low: 7, high: 9), bodyLine: 8, frontMatter: matter,
            diagnostics: [.warning("unknown key", file: "content/a.md", line: 4, column: 1), .error("x", file: "b")])
        let bytes = ArticleCache.encode(entry)
        var reader = ByteReader(bytes, range: 0..<bytes.count)
        let decoded = try ArticleCache.decode(&reader)
        #expect(decoded.sourceHash == entry.sourceHash && decoded.bodyLine == 8)
        #expect(decoded.frontMatter == matter)
        #expect(decoded.diagnostics == entry.diagnostics)
        var truncated = ByteReader(bytes, range: 0..<(bytes.count - 3))
        #expect(throws: ByteReader.Corrupt.self) { try ArticleCache.decode(&truncated) }
        // A plain-text article has no front matter: stored as one flag.
        let plain = ArticleCache.Entry(
            sourceHash: ContentHash(low: 1, high: 2), bodyLine: 1, frontMatter: FrontMatter(), diagnostics: [])
        let plainBytes = ArticleCache.encode(plain)
        var plainReader = ByteReader(plainBytes, range: 0..<plainBytes.count)
        #expect(try ArticleCache.decode(&plainReader).frontMatter == FrontMatter())
        #expect(plainReader.offset == plainBytes.count && plainBytes.count < bytes.count / 4)
    }

    @Test func factSheetsSurviveTheCodec() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let (articles, _) = ContentLoader.load(folder: content.path, displayPrefix: "content")
        #expect(!articles.isEmpty)
        #expect(articles.contains { !ArticleFacts.extract($0).evidence.isEmpty }, "some evidence to defer")
        for article in articles {
            let facts = ArticleFacts.extract(article)
            let bytes = FactSheetCodec.encode(facts)
            var reader = ByteReader(bytes, range: 0..<bytes.count)
            #expect(try FactSheetCodec.decode(&reader) == facts)
            // Evidence passed over is made, the same, when asked for; the rest is read at once.
            var deferring = ByteReader(bytes, range: 0..<bytes.count)
            let deferred = try FactSheetCodec.decode(&deferring, deferringEvidence: true)
            #expect(deferring.offset == bytes.count)
            #expect(deferred.evidence == facts.evidence && deferred == facts)
            var truncated = ByteReader(bytes, range: 0..<(bytes.count / 2))
            #expect(throws: ByteReader.Corrupt.self) { try FactSheetCodec.decode(&truncated) }
        }
        // A recalled attack's day, which merging reads, is kept too.
        var recalling = FactSheet(file: "recall.txt")
        recalling.history = [
            RecalledAttack(
                year: 2013, place: "Volgograd", what: nil, perpetrator: nil, killed: 16,
                day: SimpleDate(iso: "2013-12-29"))
        ]
        let bytes = FactSheetCodec.encode(recalling)
        var reader = ByteReader(bytes, range: 0..<bytes.count)
        #expect(try FactSheetCodec.decode(&reader).history.first?.day?.iso == "2013-12-29")
    }
}

/// The cache files on their own: foreign caches are ignored, journals are finished.
@Suite struct CacheFileTests {
    @Test func factsWrittenByAnotherBinaryAreIgnored() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var facts = FactSheet(file: "content/a.txt")
        facts.title = "A bomb in Kabul"
        let article = Article(path: "content/a.txt", body: "A bomb in Kabul.", bodyLine: 1, frontMatter: FrontMatter())
        let key = FactsCache.key(for: article)
        FactsCache.load(folder: folder.path).save([(key, facts)])
        #expect(FactsCache.load(folder: folder.path).facts(for: key) == facts)

        // The same entries stamped with another binary's identity.
        let path = folder.appendingPathComponent(FactsCache.fileName).path
        var bytes = [UInt8](FileManager.default.contents(atPath: path)!)
        var writer = ByteWriter()
        writer.int(FactsCache.formatVersion)
        writer.hash(ContentHash(low: 1, high: 2))
        let header = writer.bytes.count
        var original = ByteWriter()
        original.int(FactsCache.formatVersion)
        original.hash(FactsCache.toolIdentity)
        bytes.replaceSubrange(0..<original.bytes.count, with: writer.bytes[0..<header])
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(FactsCache.load(folder: folder.path).facts(for: key) == nil)
    }

    /// New entries are appended; a torn entry left by a killed build costs only itself; stale
    /// entries are dropped once they outnumber the live ones.
    @Test func factsAreAppendedAndATornTailIsDropped() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(FactsCache.fileName).path
        func entry(_ n: Int) -> (key: ContentHash, facts: FactSheet) {
            var facts = FactSheet(file: "content/\(n).txt")
            facts.title = "Report \(n)"
            let body = "A bomb in Kabul, report \(n)."
            let article = Article(path: facts.file, body: body, bodyLine: 1, frontMatter: FrontMatter())
            return (FactsCache.key(for: article), facts)
        }
        let size = { (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        FactsCache.load(folder: folder.path).save([entry(1), entry(2)])
        let first = size()
        FactsCache.load(folder: folder.path).save([entry(1), entry(2), entry(3)])
        #expect(size() > first)
        let grown = size()
        #expect(
            [1, 2, 3].allSatisfy { FactsCache.load(folder: folder.path).facts(for: entry($0).key) == entry($0).facts })

        // A killed build left half an entry: it is ignored, and the next append replaces it.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data([0x04, 0x09, 0x7F, 0x01]))
        try handle.close()
        #expect(FactsCache.load(folder: folder.path).facts(for: entry(3).key) == entry(3).facts)
        FactsCache.load(folder: folder.path).save([entry(1), entry(2), entry(3), entry(4)])
        let cache = FactsCache.load(folder: folder.path)
        #expect([1, 2, 3, 4].allSatisfy { cache.facts(for: entry($0).key) == entry($0).facts })
        #expect(size() > grown)

        // Many edits later, stale entries have been dropped.
        for n in 5..<80 { FactsCache.load(folder: folder.path).save([entry(n)]) }
        #expect(FactsCache.load(folder: folder.path).facts(for: entry(79).key) == entry(79).facts)
        #expect(FactsCache.load(folder: folder.path).facts(for: entry(1).key) == nil)
    }

    @Test func aJournalLeftByAKilledBuildIsFinishedByTheNextOne() throws {
        let root = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public").path
        let siblings = OutputSiblings(output: root.appendingPathComponent("public"))
        let staging = siblings.staging(process: 1)
        try FileSystem.makeFolder(output + "/briefs/old")
        try FileSystem.write(output + "/index.html", Array("old index".utf8))
        try FileSystem.write(output + "/briefs/old/index.html", Array("gone".utf8))
        try FileSystem.makeFolder(staging + "/briefs/new")
        try FileSystem.write(staging + "/index.html", Array("new index".utf8))
        try FileSystem.write(staging + "/briefs/new/index.html", Array("new brief".utf8))
        var journal = CommitJournal()
        journal.staging = staging
        journal.output = output
        journal.moves = [
            (staging + "/index.html", output + "/index.html"),
            (staging + "/briefs/new/index.html", output + "/briefs/new/index.html"),
        ]
        journal.removals = [output + "/briefs/old/index.html"]
        try journal.save(siblings.journal)

        _ = try SiteWriter(output: output)
        #expect(
            TreeDiff.files(in: output) == [
                "index.html": Data("new index".utf8), "briefs/new/index.html": Data("new brief".utf8),
            ])
        #expect(!FileManager.default.fileExists(atPath: output + "/briefs/old"))
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".public.") }
        #expect(left.isEmpty, "\(left)")
    }

    /// Two builds into one output never interleave: the second is refused while the first
    /// writes, and the lock leaves no file behind once released.
    @Test func aSecondWriterOfTheSameOutputIsRefusedUntilTheFirstIsDone() throws {
        let root = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public").path
        let first = try SiteWriter(output: output)
        #expect(FileManager.default.fileExists(atPath: OutputSiblings(output: URL(fileURLWithPath: output)).lock))
        let refused = #expect(throws: BuildFailure.self) { try SiteWriter(output: output) }
        #expect(refused?.diagnostics.first?.message.contains("another build is writing this folder") == true)
        first.discard()
        try SiteWriter(output: output).discard()
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(left.isEmpty, "\(left)")
    }
}
