import Testing

@testable import BriefSite
@testable import IncidentFacts

/// The recall index compares a recalled attack with a few incidents instead of every one of
/// its year and place; it must find what comparing with every one finds.
@Suite struct RecallIndexTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct Numbers {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func rangeMinimumGivesTheTwoSmallest() {
        var numbers = Numbers(state: 7)
        let values = (0..<200).map { _ in numbers.next(5) == 0 ? Int32.max : Int32(numbers.next(1000)) }
        let tree = RangeMinimum(values)
        for _ in 0..<500 {
            let a = numbers.next(201), b = numbers.next(201)
            let range = min(a, b)..<max(a, b)
            let expected = Array(Set(values[range].filter { $0 != .max }).sorted().prefix(2))
            #expect(tree.twoSmallest(in: range) == expected)
        }
    }

    @Test func agreeingTollsAreExactlyThoseThatAgree() {
        var numbers = Numbers(state: 11)
        let tolls = (0..<300).map { _ in numbers.next(400) }.sorted()
        for killed in 0...420 {
            let stretch = RecallIndex.agreeingTolls(killed, in: tolls)
            let expected = tolls.indices.filter { RecallIndex.tollsAgree(killed, tolls[$0]) }
            #expect(Array(stretch) == expected, "killed \(killed)")
        }
    }

    /// A sparse archive (a few incidents per city and year) and a dense one.
    @Test(arguments: [60, 400])
    func theIndexFindsWhatComparingWithEveryIncidentFinds(size: Int) {
        var numbers = Numbers(state: UInt64(size))
        let cities = [("Oxa", "Uralia"), ("Ura", "Uralia"), ("Pell", "Dorne")]
        let groups = ["Oxa Front", "Ura Brigade", "Pell Army", "Dorne Cells", "Uralia Guard", "Pell Brothers"]
        let sites = ["central market", "police station", "bus depot", nil]
        var reports: [(Article, FactSheet)] = []
        for n in 0..<size {
            let (city, country) = cities[numbers.next(cities.count)]
            var facts = FactSheet(file: "a\(n).txt")
            facts.isIncident = true
            facts.date = SimpleDate(
                year: 2010 + numbers.next(6), month: 1 + numbers.next(12), day: 1 + numbers.next(28))
            facts.published = facts.date
            facts.location = Location(site: sites[numbers.next(sites.count)], city: city, country: country)
            if numbers.next(3) > 0 {
                facts.perpetrators = [Perpetrator(name: groups[numbers.next(groups.count)], aliases: [], role: "named")]
            }
            if numbers.next(4) > 0 { facts.killed = Casualties(best: numbers.next(60), stated: []) }
            facts.title = "attack \(n)"
            reports.append((Article(path: facts.file, body: "x", bodyLine: 1, frontMatter: FrontMatter()), facts))
        }
        let incidents = IncidentMerger.merge(reports)
        let index = RecallIndex(incidents)
        let places: [String?] = ["Oxa", "Ura", "Pell", "Uralia", "Dorne", nil]
        var matched = 0
        for _ in 0..<1000 {
            let recalled = RecalledAttack(
                year: 2010 + numbers.next(6), place: places[numbers.next(places.count)],
                what: numbers.next(2) == 0 ? sites[numbers.next(3)] : nil,
                perpetrator: numbers.next(2) == 0 ? groups[numbers.next(groups.count)] : nil,
                killed: numbers.next(2) == 0 ? numbers.next(60) : nil)
            let excluding = numbers.next(2) == 0 ? numbers.next(incidents.count) : nil
            let whatWords = recalled.what.map(MergeJudge.siteWords)
            var expected: (position: Int, score: Int)?
            for position in incidents.indices where position != excluding {
                guard
                    let score = CrossReferencer.score(
                        recalled, whatWords: whatWords, incidents[position], siteWords: index.siteWords[position])
                else { continue }
                if expected == nil || score > expected!.score
                    || score == expected!.score && incidents[position].id < incidents[expected!.position].id
                {
                    expected = (position, score)
                }
            }
            let found = CrossReferencer.match(recalled, in: incidents, index: index, excluding: excluding)
            #expect(found == expected?.position, "\(recalled)")
            if found != nil { matched += 1 }
        }
        // Enough recalled attacks find an incident for the comparison to mean something.
        #expect(matched > 100, "\(matched)")
    }
}
