import Testing

@testable import BriefSite
@testable import IncidentFacts

@Suite struct MergeAndRankTests {
    func sheet(
        _ file: String, date: String, city: String, country: String = "Pakistan", target: String? = "police",
        groups: [String] = [], killed: Int? = nil, published: String? = nil
    ) -> (Article, FactSheet) {
        var f = FactSheet(file: file)
        f.isIncident = true
        f.date = SimpleDate(iso: date)
        f.published = SimpleDate(iso: published ?? date)
        f.location = Location(city: city, country: country)
        f.targetType = target
        f.perpetrators = groups.map { Perpetrator(name: $0, aliases: [], role: "named") }
        f.killed = killed.map { Casualties(best: $0, stated: [$0]) }
        f.title = file
        return (Article(path: file, body: "x", bodyLine: 1, frontMatter: FrontMatter()), f)
    }

    @Test func reportsOfOneAttackMerge() {
        let incidents = IncidentMerger.merge([
            sheet("a.txt", date: "2023-02-17", city: "Karachi", killed: 2),
            sheet("b.txt", date: "2023-02-17", city: "Karachi", killed: 4, published: "2023-02-18"),
        ])
        #expect(incidents.count == 1)
        #expect(incidents[0].facts.killed?.best == 4)
        #expect(incidents[0].facts.killed?.stated == [2, 4])
    }

    @Test func mergedConfidenceFollowsAgreement() {
        var (a, first) = sheet("a.txt", date: "2023-02-17", city: "Karachi", killed: 2)
        first.confidence["killed"] = FactConfidence(.high, "one total")
        first.confidence["location"] = FactConfidence(.medium, "a town")
        var (b, second) = sheet("b.txt", date: "2023-02-17", city: "Karachi", killed: 4, published: "2023-02-18")
        second.confidence["killed"] = FactConfidence(.high, "one total")
        second.confidence["location"] = FactConfidence(.high, "named most")
        let merged = IncidentMerger.merge([(a, first), (b, second)])[0].facts
        // Reports give 2 and 4 killed: the latest figure, but no longer a sure one.
        #expect(merged.confidence["killed"]?.level == .medium)
        #expect(merged.confidence["killed"]?.basis == "reports differ (2; 4)")
        // Both say Karachi: as sure as the surer report.
        #expect(merged.confidence["location"]?.level == .high)
    }

    @Test func anEditorsFactIsSure() {
        var (_, facts) = sheet("a.txt", date: "2023-02-17", city: "Karachi", killed: 2)
        facts.confidence["killed"] = FactConfidence(.medium, "totals differ")
        var overrides = FactOverrides()
        (overrides.killed, overrides.city) = (4, "Karachi")
        overrides.apply(to: &facts)
        #expect(facts.confidence["killed"] == .editor)
        #expect(facts.confidence["location"] == .editor)
    }

    @Test func differentAttacksStayApart() {
        let incidents = IncidentMerger.merge([
            sheet("a.txt", date: "2014-06-08", city: "Karachi", target: "transport"),
            sheet("b.txt", date: "2014-06-10", city: "Karachi", target: "police"),
            sheet("c.txt", date: "2014-06-08", city: "Lahore", target: "transport"),
        ])
        #expect(incidents.count == 3)
    }

    @Test func idsAreStableWhenArticlesComeAndGo() {
        let a = sheet("a.txt", date: "2023-02-17", city: "Karachi")
        let b = sheet("b.txt", date: "2020-01-01", city: "Quetta")
        let c = sheet("c.txt", date: "2023-02-17", city: "Karachi", published: "2023-02-18")
        let one = IncidentMerger.merge([a, b]).map(\.id).sorted()
        let two = IncidentMerger.merge([a, b, c]).map(\.id).sorted()
        #expect(one == two)
    }

    @Test func relatedRankingIsWeightedAndStable() {
        let incidents = IncidentMerger.merge([
            sheet("a.txt", date: "2023-02-17", city: "Karachi", groups: ["Tehreek-e-Taliban Pakistan"]),
            sheet(
                "b.txt", date: "2014-06-08", city: "Karachi", target: "transport",
                groups: ["Tehreek-e-Taliban Pakistan"]),
            sheet("c.txt", date: "2023-01-30", city: "Peshawar", groups: ["Tehreek-e-Taliban Pakistan"]),
            sheet("d.txt", date: "2016-03-27", city: "Lahore", target: "civilians"),
        ])
        let archive = CrossReferencer.build(incidents, nonIncidents: [])
        let karachi = archive.incidents.first { $0.sources[0].file == "a.txt" }!
        let related = karachi.related.compactMap { id in archive.incident(id)?.sources[0].file }
        // Same group and city (b) outranks same group and country (c); d shares only the country.
        #expect(related == ["b.txt", "c.txt"])
        let again = CrossReferencer.build(incidents, nonIncidents: [])
        #expect(again.incidents.map(\.related) == archive.incidents.map(\.related))
    }

    @Test func recalledAttackLinksToItsIncident() {
        var recalling = sheet("new.txt", date: "2023-02-17", city: "Karachi", groups: ["Tehreek-e-Taliban Pakistan"])
        recalling.1.history = [
            RecalledAttack(
                year: 2011, place: "Karachi", what: "PNS Mehran naval base", perpetrator: "Tehreek-e-Taliban Pakistan",
                killed: 10)
        ]
        var old = sheet(
            "old.txt", date: "2011-05-22", city: "Karachi", target: "military", groups: ["Tehreek-e-Taliban Pakistan"],
            killed: 10)
        old.1.location.site = "PNS Mehran naval base"
        let archive = CrossReferencer.build(IncidentMerger.merge([recalling, old]), nonIncidents: [])
        let newer = archive.incidents.first { $0.sources[0].file == "new.txt" }!
        let older = archive.incidents.first { $0.sources[0].file == "old.txt" }!
        #expect(newer.historyLinks[0] == older.id)
        #expect(older.recalledIn == [newer.id])
        #expect(archive.timeline.flatMap(\.entries).filter { $0.recalled != nil }.isEmpty)
    }

    @Test func slugsCannotEscape() {
        #expect(Slug.make("../../etc/passwd") == "etc-passwd")
        #expect(Slug.make("Kurfürstendamm") == "kurfurstendamm")
        #expect(!SiteWriter.isSafe("../x"))
        #expect(SiteWriter.isSafe("briefs/a/index.html"))
    }
}
