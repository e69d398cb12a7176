import Foundation
import Testing

@testable import BriefSite
@testable import IncidentFacts

/// Figures keep their meaning everywhere: hedges carried into totals and the CSV, "unknown"
/// rather than 0, attackers apart from victims, reports in the order they came out.
@Suite struct FiguresTests {
    @Test func totalsCarryTheirHedges() {
        let exact = Casualties(best: 700, stated: [700])
        let atLeast = Casualties(best: 79, stated: [79], qualifier: "at least")
        let about = Casualties(best: 40, stated: [40], qualifier: "about")
        let vague = Casualties(best: nil, stated: [], approx: "dozens")
        #expect(Formatting.total([exact, exact]) == "1,400")
        #expect(Formatting.total([exact, atLeast]) == "at least 779")
        #expect(Formatting.total([exact, nil]) == "at least 700")
        #expect(Formatting.total([exact, about]) == "about 740")
        #expect(Formatting.total([vague, nil]) == "unknown")
        #expect(Formatting.total([]) == "unknown")
    }

    func incident(_ reports: [(file: String, published: String?, killed: Int?)], attackersKilled: Int? = nil)
        -> Incident
    {
        let sources = reports.map { report -> Source in
            var f = FactSheet(file: report.file)
            f.isIncident = true
            f.published = report.published.flatMap(SimpleDate.init(iso:))
            f.killed = report.killed.map { Casualties(best: $0, stated: [$0]) }
            f.title = report.file
            return Source(
                article: Article(path: report.file, body: "x", bodyLine: 1, frontMatter: FrontMatter()), facts: f)
        }
        var facts = FactMerger.merge(sources.map(\.facts))
        facts.attackers.killed = attackersKilled
        return Incident(id: "x", facts: facts, sources: sources)
    }

    @Test func undatedReportsComeLastAndAreNeverTheFirstReport() {
        let rows = BriefComposer.evolutionRows(
            incident([("undated.txt", nil, 5), ("later.txt", "2021-03-03", 6), ("early.txt", "2021-03-02", 4)]))
        #expect(rows.map { $0.date } == ["2 Mar 2021, first report", "3 Mar 2021", "undated"])
        #expect(rows.map { $0.killed } == ["4", "6", "5"])
        let noFigures = BriefComposer.evolutionRows(incident([("a.txt", nil, nil), ("b.txt", nil, 3)]))
        #expect(noFigures.first?.date == "undated")
        #expect(noFigures.first?.killed == "not stated")
    }

    @Test func theCSVCarriesHedges() throws {
        var f = FactSheet(file: "a.txt")
        f.isIncident = true
        f.date = SimpleDate(iso: "2021-03-02")
        f.killed = Casualties(best: 30, stated: [20, 30], qualifier: "at least")
        f.injured = Casualties(best: nil, stated: [], approx: "dozens")
        let archive = CrossReferencer.build(
            IncidentMerger.merge([(Article(path: "a.txt", body: "x", bodyLine: 1, frontMatter: FrontMatter()), f)]),
            nonIncidents: [])
        var csv: [UInt8] = []
        try CSVGenerator.csv(archive, to: &csv)
        let lines = String(decoding: csv, as: UTF8.self).split(separator: "\r\n")
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false)
        let row = lines[1].split(separator: ",", omittingEmptySubsequences: false)
        func cell(_ column: String) -> String? { header.firstIndex(of: Substring(column)).map { String(row[$0]) } }
        #expect(header.count == row.count)
        #expect(cell("killed_qualifier") == "at least" && cell("killed_min") == "20" && cell("killed_max") == "30")
        #expect(cell("killed_approx") == "" && cell("injured_approx") == "dozens" && cell("injured_min") == "")
    }
}
