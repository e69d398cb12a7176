import Foundation
import Testing

@testable import BriefSite
@testable import IncidentFacts

/// What a site needs to be published as is: a 404 page whose links work where the site is
/// served, a warning when feeds would hold relative links, a favicon, a search that knows a
/// group's other names and the site attacked, and a chart whose two series each have a scale.
@Suite(.serialized) struct PublishingTests {
    static let article = """
         date 2023-02-18 

        KARACHI, Feb 18 (Reuters) - Gunmen stormed the Karachi Police Office on Friday, killing four people, police said.

        The Tehreek-e-Taliban Pakistan claimed responsibility for the attack.
        """

    func build(baseURL: String? = nil, warns: Bool = false, article: String = article) throws -> (URL, BuildReport) {
        let project = try TestProject(files: ["karachi.txt": article])
        return (
            project.root,
            project.build {
                $0.baseURL = baseURL
                $0.warnsWithoutBaseURL = warns
            }
        )
    }

    func page(_ root: URL, _ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("public/" + path), encoding: .utf8)
    }

    @Test func theNotFoundPageFollowsTheLinkRule() throws {
        let (relative, _) = try build()
        defer { try? FileManager.default.removeItem(at: relative) }
        let plain = try page(relative, "404.html")
        #expect(plain.contains("<link rel=\"stylesheet\" href=\"assets/style.css\">"))
        #expect(plain.contains("href=\"history/index.html\""))
        #expect(!plain.contains("href=\"/"))
        let (absolute, _) = try build(baseURL: "https://example.org/news/")
        defer { try? FileManager.default.removeItem(at: absolute) }
        let based = try page(absolute, "404.html")
        #expect(based.contains("<link rel=\"stylesheet\" href=\"https://example.org/news/assets/style.css\">"))
        #expect(based.contains("href=\"https://example.org/news/history/\""))
    }

    @Test func aSiteToPublishWithoutABaseURLIsWarnedAbout() throws {
        let (root, report) = try build(warns: true)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(report.diagnostics.contains { $0.severity == .warning && $0.message.contains("no base_url") })
        #expect(report.wrote)
        let (based, quiet) = try build(baseURL: "https://example.org/", warns: true)
        defer { try? FileManager.default.removeItem(at: based) }
        #expect(!quiet.diagnostics.contains { $0.message.contains("base_url") })
    }

    @Test func everyPageHasAFavicon() throws {
        let (root, _) = try build()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/assets/favicon.svg").path))
        #expect(try page(root, "index.html").contains("<link rel=\"icon\" href=\"assets/favicon.svg\""))
        #expect(try page(root, "groups/index.html").contains("<link rel=\"icon\" href=\"../assets/favicon.svg\""))
    }

    @Test func searchKnowsOtherNamesAndTheSite() throws {
        let (root, _) = try build()
        defer { try? FileManager.default.removeItem(at: root) }
        let index = try page(root, "assets/search-index.js")
        // The gazetteer's abbreviation, though the report never used it, and the site.
        #expect(index.contains("|TTP|") || index.contains("\"TTP|") || index.contains("|TTP\""))
        #expect(index.contains(",\"Karachi Police Office\"]"))
    }

    @Test func theChartGivesDeathsTheirOwnScale() {
        let svg = Chart.yearly(
            [
                2014: Chart.Year(count: 2, tolls: [Casualties(best: 1_250, stated: [1_250]), nil]),
                2016: Chart.Year(count: 5, tolls: [Casualties(best: 30, stated: [30], qualifier: "about")]),
            ], title: "Per year")
        #expect(svg.contains(">incidents</text>"))
        #expect(svg.contains("<text class=\"deaths\" x=\"638\" y=\"10\" text-anchor=\"end\">deaths</text>"))
        #expect(svg.contains(">1,250</text>"))
        #expect(svg.contains(">5</text>"))
        // Each bar's note carries the hedges: a toll unknown makes the year's a lower bound.
        #expect(svg.contains("<title>2014: 2 incidents, at least 1,250 killed</title>"))
        #expect(svg.contains("<title>2016: 5 incidents, about 30 killed</title>"))
    }

    @Test func theTimelineCarriesHedges() throws {
        let hedged = Self.article.replacingOccurrences(of: "killing four people", with: "killing at least four people")
        let (root, _) = try build(article: hedged)
        defer { try? FileManager.default.removeItem(at: root) }
        let timeline = try page(root, "history/index.html")
        #expect(timeline.contains("· at least 4 killed"))
        #expect(timeline.contains("1 incident, at least 4 killed</title>"))
    }

    @Test func theIndexPutsTheHeadlineFirst() throws {
        let (root, _) = try build()
        defer { try? FileManager.default.removeItem(at: root) }
        let index = try page(root, "index.html")
        let row = try #require(index.range(of: "<tr data-incident-id="))
        let firstCell = try #require(index.range(of: "<td", range: row.upperBound..<index.endIndex))
        #expect(index[firstCell.lowerBound...].hasPrefix("<td class=\"headline\"><a href=\"briefs/"))
    }
}
