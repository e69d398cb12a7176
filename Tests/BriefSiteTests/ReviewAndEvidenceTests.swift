import Foundation
import Testing

@testable import BriefSite
@testable import IncidentFacts

/// Doubtful facts carry a "needs review" mark until an editor settles them; each fact shows the
/// sentences it was read from; the notes for the editor stay out of the public site.
@Suite(.serialized) struct ReviewAndEvidenceTests {
    /// A report that names a group only as suspected: the group is a fact to review.
    static let suspectedGroup = """
         date 2021-03-02 

        A bomb tore through a market in Mogadishu on Monday, killing six people and wounding eleven, police said.

        Police suspect Al-Shabaab militants were behind the blast.
        """

    func build(_ files: [String: String], editorView: Bool = false) throws -> (URL, BuildReport) {
        let project = try TestProject(files: files)
        return (project.root, project.build { $0.editorView = editorView })
    }

    func page(_ root: URL, _ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("public/" + path), encoding: .utf8)
    }

    func briefPage(_ root: URL, _ report: BuildReport) throws -> String {
        let briefs = try FileManager.default.contentsOfDirectory(
            atPath: root.appendingPathComponent("public/briefs").path)
        return try page(root, "briefs/\(try #require(briefs.first))/index.html")
    }

    @Test func aSuspectedGroupIsMarkedOnTheBriefAndTheIndex() throws {
        let (root, report) = try build(["2021-03-02-market.txt": Self.suspectedGroup])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(report.factsToReview.map(\.fact) == ["perpetrators"])
        #expect(report.factsToReview.first?.description.contains("reviewed: [perpetrators]") == true)
        let brief = try briefPage(root, report)
        #expect(brief.contains("<tr class=\"needs-review\"><th scope=\"row\">Responsibility</th>"))
        #expect(brief.contains("Suspected: Al-Shabaab, according to police"))
        #expect(brief.contains("suspected, not confirmed"))
        #expect(try page(root, "index.html").contains("<span class=\"review\">needs review</span>"))
    }

    /// Who is responsible, on whose word: a claim, an accusation by someone named, each with the
    /// sentence that says so; a group's page keeps what it claimed apart from what it is accused
    /// of, and only the first adds to its totals.
    @Test func responsibilityIsAttributed() throws {
        let claimed = """
             date 2019-06-11 

            Gunmen stormed a hotel in Mogadishu on Monday, killing nine guests. Al-Shabaab claimed responsibility for the siege.
            """
        let accused = """
             date 2020-02-04 

            A bomb killed four soldiers at a checkpoint in Baidoa on Sunday. The regional governor blamed Al-Shabaab for the bombing.
            """
        let (root, _) = try build(["2019-06-11-hotel.txt": claimed, "2020-02-04-checkpoint.txt": accused])
        defer { try? FileManager.default.removeItem(at: root) }
        let briefs = try FileManager.default.contentsOfDirectory(
            atPath: root.appendingPathComponent("public/briefs").path
        )
        .map { try page(root, "briefs/\($0)/index.html") }
        let hotel = try #require(briefs.first { $0.contains("hotel") })
        let checkpoint = try #require(briefs.first { $0.contains("checkpoint") })
        #expect(hotel.contains("Claimed by Al-Shabaab"))
        #expect(checkpoint.contains("Blamed on Al-Shabaab by the regional governor"))
        // The sentence behind the accusation sits by it, once in the section and once as evidence.
        #expect(checkpoint.contains("The regional governor blamed <mark>Al-Shabaab</mark> for the bombing."))
        #expect(
            checkpoint.contains(
                "Blamed on Al-Shabaab by the regional governor</strong>: “The regional governor blamed Al-Shabaab"))
        let group = try page(root, "groups/al-shabaab/index.html")
        let claimedPart = try #require(group.range(of: "<h2>Claimed or ascribed</h2>"))
        let accusedPart = try #require(group.range(of: "<h2>Only accused or suspected</h2>"))
        #expect(claimedPart.upperBound < accusedPart.lowerBound)
        #expect(group[claimedPart.upperBound..<accusedPart.lowerBound].contains("9 killed"))
        #expect(group[accusedPart.upperBound...].contains("4 killed"))
        #expect(group.contains("<dt>Killed</dt><dd>9</dd>"))
        #expect(
            try page(root, "groups/index.html").contains("1 claimed or ascribed, 1 only accused or suspected; 9 killed")
        )
    }

    @Test(arguments: ["reviewed: true", "reviewed: [perpetrators]", "perpetrators: [Al-Shabaab]"])
    func anEditorSettlesTheFact(line: String) throws {
        let body = Self.suspectedGroup.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
            .joined(separator: "\n")
        let article = "---\ndate: 2021-03-02\n\(line)\n---\n\(body)"
        let (root, report) = try build(["2021-03-02-market.md": article])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(!report.hasErrors, "\(report.diagnostics)")
        #expect(report.factsToReview.isEmpty)
        #expect(!(try briefPage(root, report)).contains("needs review"))
    }

    @Test func reviewedNamesOnlyKnownFacts() throws {
        let (root, report) = try build(["a.md": "---\ndate: 2021-03-02\nreviewed: [colour]\n---\nText.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(
            report.diagnostics.contains { $0.message.contains("'reviewed' must be true, false or a list of facts") })
    }

    @Test func eachFactShowsItsSentencesAndItsSourcesWithoutFilePaths() throws {
        let (root, report) = try build(["2021-03-02-market.txt": Self.suspectedGroup])
        defer { try? FileManager.default.removeItem(at: root) }
        let brief = try briefPage(root, report)
        let killedRow = try #require(brief.components(separatedBy: "<th scope=\"row\">Killed</th>").last)
            .components(separatedBy: "</tr>")[0]
        #expect(killedRow.contains("<a href=\"#source-1\""))
        #expect(killedRow.contains("<details><summary>Evidence</summary>"))
        #expect(killedRow.contains("killing <mark>six</mark> people"))
        #expect(brief.contains("<li id=\"source-1\">"))
        #expect(!brief.contains("content/"))
        #expect(!(try page(root, "briefs/\(report.factsToReview[0].briefID)/brief.md")).contains("content/"))
    }

    @Test func notesForTheEditorAreOnlyInTheEditorsView() throws {
        // A month-only date header leaves "on Tuesday" unresolved: a note for the editor.
        let article = " date 2021-03 \n\nRaiders burned the depot in Kandahar on Tuesday, killing two guards.\n"
        let (publicRoot, publicReport) = try build(["depot.txt": article])
        defer { try? FileManager.default.removeItem(at: publicRoot) }
        #expect(!(try briefPage(publicRoot, publicReport)).contains("Notes for the editor"))
        let (editorRoot, editorReport) = try build(["depot.txt": article], editorView: true)
        defer { try? FileManager.default.removeItem(at: editorRoot) }
        let brief = try briefPage(editorRoot, editorReport)
        #expect(brief.contains("Notes for the editor"))
        #expect(brief.contains("only the month of publication is known"))
    }

    @Test func anUndatedIncidentSaysSoAndGetsNoEmptyTimeElement() throws {
        let undated = " date 2021-03 \n\nRaiders burned the depot in Kandahar on Tuesday, killing two guards.\n"
        let reportedOnly = " date 2021-03-05 \n\nRaiders burned a depot in Herat, killing two guards, officials said.\n"
        let (root, report) = try build(["depot.txt": undated, "herat.txt": reportedOnly])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let index = try page(root, "index.html")
        #expect(!index.contains("datetime=\"\""))
        #expect(index.contains("<td>date not stated</td>"))
        #expect(index.contains("date not stated, reported</span> <time datetime=\"2021-03-05\">5 March 2021</time>"))
    }

    @Test func aBriefSaysWhenItWasFirstPublishedAndLastUpdated() throws {
        let update = """
             date 2021-03-03 

            The toll from Monday's market bombing in Mogadishu rose to eight, police said on Wednesday.
            """
        let (root, report) = try build(["2021-03-02-market.txt": Self.suspectedGroup, "2021-03-03-toll.txt": update])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(report.incidentCount == 1)
        let brief = try briefPage(root, report)
        #expect(brief.contains("First published 2 March 2021 · last updated 3 March 2021 · from 2 reports"))
        #expect(brief.contains("\"datePublished\":\"2021-03-02\""))
        #expect(brief.contains("\"dateModified\":\"2021-03-03\""))
        let feed = try page(root, "feed.xml")
        #expect(feed.contains("<published>2021-03-02T00:00:00Z</published>"))
        #expect(feed.contains("<updated>2021-03-03T00:00:00Z</updated>"))
    }

    /// A plain-text report is cited by its outlet and link: from `source:` and `url:` header
    /// lines, or else from the agency of its dateline.
    @Test func plainTextReportsAreCitedByOutletAndLink() throws {
        let withHeader = """
            source: Oxa Evening Post
             date 2021-03-02 
            url: https://example.org/oxa/market-blast

            Market blast in Mogadishu

            A bomb tore through a market in Mogadishu on Monday, killing six people, police said.
            """
        let wire = """
             date 2021-03-02 
            Six killed in Mogadishu market bombing

            MOGADISHU, Somalia (Ura Wire) - A bomb exploded at a market in Mogadishu on Monday, killing six people.
            """
        let (root, report) = try build(["a.txt": withHeader, "b.txt": wire])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(report.incidentCount == 1)
        let brief = try briefPage(root, report)
        #expect(
            brief.contains(
                "<a href=\"https://example.org/oxa/market-blast\">Market blast in Mogadishu</a>, Oxa Evening Post, 2 March 2021"
            ))
        #expect(brief.contains("Six killed in Mogadishu market bombing, Ura Wire, 2 March 2021"))
        #expect(!brief.contains("source:") && !brief.contains("url:"))
    }

    /// Briefs take one composed headline; the outlets' headlines stay in the sources list, and
    /// an editor's `headline:` wins.
    @Test func briefsHaveOneHeadlineStyleAndAnEditorsHeadlineWins() throws {
        let (root, report) = try build(["2021-03-02-market.txt": Self.suspectedGroup])
        defer { try? FileManager.default.removeItem(at: root) }
        let brief = try briefPage(root, report)
        #expect(brief.contains("<h1>Mogadishu bombing: 6 killed, 11 injured</h1>"))
        let body = Self.suspectedGroup.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
            .joined(separator: "\n")
        let (edited, editedReport) = try build([
            "2021-03-02-market.md": "---\ndate: 2021-03-02\nheadline: Market bomb in Mogadishu kills six\n---\n\(body)"
        ])
        defer { try? FileManager.default.removeItem(at: edited) }
        #expect(try briefPage(edited, editedReport).contains("<h1>Market bomb in Mogadishu kills six</h1>"))
    }

    @Test func markedWordsAreWholeWordsAndTheRestIsEscaped() {
        #expect(
            HTMLText.marked("Six <died>; sixty-six, not sixty: six", terms: ["six"])
                == "<mark>Six</mark> &lt;died&gt;; sixty-<mark>six</mark>, not sixty: <mark>six</mark>")
    }

    /// Terms given twice or in other capitals mark once; a marked run keeps its escaping;
    /// several terms mark side by side; a term longer than the quote marks nothing.
    @Test func severalTermsMarkTogether() {
        #expect(
            HTMLText.marked("Ten & TEN died in Oxa on Monday", terms: ["ten", "Ten", "monday", "Oxa", "Ura"])
                == "<mark>Ten</mark> &amp; <mark>TEN</mark> died in <mark>Oxa</mark> on <mark>Monday</mark>")
        #expect(HTMLText.marked("A&B", terms: ["a&b"]) == "<mark>A&amp;B</mark>")
        #expect(HTMLText.marked("Oxa", terms: ["Oxa market"]) == "Oxa")
        #expect(HTMLText.marked("Oxa 'market'", terms: []) == "Oxa &#39;market&#39;")
    }
}
