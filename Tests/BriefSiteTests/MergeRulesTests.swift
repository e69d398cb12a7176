import FoundationEssentials
import Testing

@testable import BriefSite
@testable import IncidentFacts

/// Merging rules, each in both directions (must merge / must stay apart), on made-up reports.
@Suite struct MergeRulesTests {
    func report(
        _ file: String, date: String? = nil, published: String? = nil, city: String? = nil, region: String? = nil,
        country: String? = nil, site: String? = nil, attack: String? = nil, target: String? = nil,
        groups: [String] = [], weapons: [String] = [],
        killed: [Int] = [], attackers: Int? = nil, matter: FrontMatter = FrontMatter()
    ) -> (Article, FactSheet) {
        var f = FactSheet(file: file)
        f.isIncident = true
        f.date = date.flatMap(SimpleDate.init(iso:))
        f.published = published.flatMap(SimpleDate.init(iso:))
        f.location = Location(site: site, city: city, country: country)
        f.location.region = region
        f.attackType = attack
        f.targetType = target
        f.perpetrators = groups.map { Perpetrator(name: $0, aliases: [], role: "named") }
        f.weapons = weapons.map { Weapon(category: $0, words: []) }
        if let best = killed.last { f.killed = Casualties(best: best, stated: killed) }
        f.attackers.count = attackers
        f.title = file
        return (Article(path: file, body: "x", bodyLine: 1, frontMatter: matter), f)
    }

    func files(_ incidents: [Incident]) -> [[String]] {
        incidents.map { $0.sources.map(\.file).sorted() }.sorted { $0[0] < $1[0] }
    }

    @Test func aSuburbAndItsCityAreOnePlace() {
        // A concert hall in a town on the edge of a capital, reported under either name.
        let incidents = IncidentMerger.merge([
            report("a.txt", date: "2024-03-22", city: "Krasnogorsk", country: "Russia", attack: "armed assault"),
            report("b.txt", published: "2024-03-23", city: "Moscow", country: "Russia", attack: "armed assault"),
        ])
        #expect(files(incidents) == [["a.txt", "b.txt"]])
    }

    /// A target the extractor doubted (another came close) does not count against a merge; one
    /// it was sure of does.
    @Test func aDoubtedTargetDoesNotKeepReportsApart() {
        func pair(doubted: Bool) -> [Incident] {
            var dated = report(
                "a.txt", date: "2019-01-15", city: "Nairobi", country: "Kenya", attack: "armed assault",
                target: "education")
            if doubted { dated.1.confidence["target_type"] = FactConfidence(.low, "business is named nearly as often") }
            let undated = report(
                "b.txt", city: "Nairobi", country: "Kenya", attack: "armed assault", target: "business")
            return IncidentMerger.merge([dated, undated])
        }
        #expect(files(pair(doubted: true)) == [["a.txt", "b.txt"]])
        #expect(pair(doubted: false).count == 2)
    }

    /// A town the gazetteer lacks, placed in the region of the city it lies by, is one place
    /// with that city; in another region it is not.
    @Test func anUnlistedTownAndTheCityOfItsRegionAreOnePlace() {
        func pair(townRegion: String) -> [Incident] {
            IncidentMerger.merge([
                report(
                    "a.txt", date: "2009-06-19", city: "Zubieta Txiki", region: townRegion, country: "Spain",
                    attack: "bombing"),
                report(
                    "b.txt", date: "2009-06-19", city: "Bilbao", region: "Basque Country", country: "Spain",
                    attack: "bombing"),
            ])
        }
        #expect(files(pair(townRegion: "Basque Country")) == [["a.txt", "b.txt"]])
        #expect(pair(townRegion: "Andalusia").count == 2)
    }

    /// A report with no date that names the town joins the dated report that names only the
    /// town's province; one from another province does not.
    @Test func aTownAndItsProvinceAreOnePlace() {
        func pair(townRegion: String) -> [Incident] {
            IncidentMerger.merge([
                report(
                    "a.txt", city: "Oxa", region: townRegion, country: "Thailand", attack: "bombing",
                    target: "government"),
                report(
                    "b.txt", date: "2013-04-05", region: "Yala Province", country: "Thailand", attack: "bombing",
                    target: "government"),
            ])
        }
        #expect(files(pair(townRegion: "Yala Province")) == [["a.txt", "b.txt"]])
        #expect(pair(townRegion: "Pattani Province").count == 2)
    }

    @Test func twoCitiesOfOneCountryStayApart() {
        let incidents = IncidentMerger.merge([
            report("a.txt", date: "2024-03-22", city: "Moscow", country: "Russia", attack: "bombing"),
            report("b.txt", date: "2024-03-22", city: "Volgograd", country: "Russia", attack: "bombing"),
        ])
        #expect(incidents.count == 2)
    }

    @Test func differentSitesOnDifferentDaysStayApart() {
        // Two attacks in one port city two days apart: an airport, then a training camp.
        let incidents = IncidentMerger.merge([
            report("a.txt", date: "2014-06-08", city: "Karachi", country: "Pakistan", site: "Jinnah airport"),
            report("b.txt", date: "2014-06-10", city: "Karachi", country: "Pakistan", site: "security force camp"),
        ])
        #expect(incidents.count == 2)
        // The same site a day apart (a siege into its second day) is one attack.
        let siege = IncidentMerger.merge([
            report("a.txt", date: "2014-06-08", city: "Karachi", country: "Pakistan", site: "Jinnah airport"),
            report("b.txt", date: "2014-06-09", city: "Karachi", country: "Pakistan", site: "the airport"),
        ])
        #expect(siege.count == 1)
    }

    @Test func anUndatedReportJoinsTheOnlyIncidentItFits() {
        let incidents = IncidentMerger.merge([
            report("dated.txt", date: "2016-01-14", city: "Jakarta", country: "Indonesia", site: "Starbucks cafe"),
            report("undated.txt", city: "Jakarta", country: "Indonesia", site: "a Starbucks"),
        ])
        #expect(files(incidents) == [["dated.txt", "undated.txt"]])
        // The incident is named after its dated report, never the undated one.
        #expect(incidents[0].id.hasPrefix("2016-01-14-jakarta"))
    }

    @Test func anUndatedReportThatFitsTwoIncidentsStaysApart() {
        var diagnostics: [Diagnostic] = []
        let incidents = IncidentMerger.merge(
            [
                report(
                    "first.txt", date: "2013-12-29", city: "Volgograd", country: "Russia", site: "railway station",
                    target: "transport"),
                report(
                    "second.txt", date: "2013-12-30", city: "Volgograd", country: "Russia", site: "trolleybus",
                    target: "transport"),
                report("undated.txt", city: "Volgograd", country: "Russia", target: "transport"),
            ], diagnostics: &diagnostics)
        #expect(incidents.count == 3)
        #expect(incidents.contains { $0.id.hasPrefix("undated-volgograd") })
        #expect(diagnostics.contains { $0.file == "undated.txt" && $0.message.hasPrefix("possible duplicate") })
        // Both incidents it might be carry the doubt, for the editor.
        let undated = incidents.first { $0.id.hasPrefix("undated-") }!
        #expect(undated.possibleDuplicates.count == 2)
        #expect(incidents.filter { $0.possibleDuplicates == [undated.id] }.count == 2)
    }

    /// Of two attacks in one city, an undated report joins the one whose death toll it states,
    /// when the other's tolls differ; a small toll (many attacks share it) decides nothing.
    @Test func anUndatedReportJoinsTheAttackWhoseTollItStates() {
        func merge(undatedToll: Int) -> [Incident] {
            IncidentMerger.merge([
                report(
                    "old.txt", date: "2003-11-15", city: "Istanbul", country: "Turkey", attack: "bombing",
                    killed: [20, 25]),
                report(
                    "new.txt", date: "2022-11-13", city: "Istanbul", country: "Turkey", attack: "bombing", killed: [6]),
                report("undated.txt", city: "Istanbul", country: "Turkey", attack: "bombing", killed: [undatedToll]),
            ])
        }
        #expect(files(merge(undatedToll: 6)) == [["new.txt", "undated.txt"], ["old.txt"]])
        #expect(merge(undatedToll: 9).count == 3)
        // Three dead in a city is too common to tell two attacks apart by.
        let small = IncidentMerger.merge([
            report(
                "old.txt", date: "2014-10-01", city: "Kabul", country: "Afghanistan", attack: "bombing", killed: [3]),
            report(
                "new.txt", date: "2018-07-26", city: "Kabul", country: "Afghanistan", attack: "bombing", killed: [11]),
            report("undated.txt", city: "Kabul", country: "Afghanistan", attack: "bombing", killed: [3]),
        ])
        #expect(small.count == 3)
    }

    /// Of two attacks at two sites of one city two days apart, an undated report joins the one whose band of
    /// attackers it counts alike; two attackers (most attacks) decide nothing.
    @Test func anUndatedReportJoinsTheAttackWhoseAttackersItCounts() {
        func merge(undatedAttackers: Int) -> [Incident] {
            IncidentMerger.merge([
                report(
                    "first.txt", date: "2014-06-08", city: "Karachi", country: "Pakistan",
                    site: "Jinnah International Airport", attack: "armed assault", attackers: 10),
                report(
                    "second.txt", date: "2014-06-10", city: "Karachi", country: "Pakistan",
                    site: "Police Training Academy", attack: "armed assault"),
                report(
                    "undated.txt", city: "Karachi", country: "Pakistan", attack: "armed assault",
                    attackers: undatedAttackers),
            ])
        }
        #expect(files(merge(undatedAttackers: 10)) == [["first.txt", "undated.txt"], ["second.txt"]])
        #expect(merge(undatedAttackers: 2).count == 3)
    }

    @Test func aBombingAndAShootingInOneCityAreNotJoinedWithoutADate() {
        let incidents = IncidentMerger.merge([
            report("club.txt", date: "2017-01-01", city: "Istanbul", country: "Turkey", attack: "armed assault"),
            report("undated.txt", city: "Istanbul", country: "Turkey", attack: "bombing"),
        ])
        #expect(incidents.count == 2)
        // Gunmen who also set off bombs: one report calls it an assault, another a bombing.
        func merge(undatedWeapons: [String]) -> [Incident] {
            IncidentMerger.merge([
                report(
                    "compound.txt", date: "2003-05-12", city: "Riyadh", country: "Saudi Arabia",
                    attack: "suicide bombing", groups: ["Al-Qaeda"], weapons: ["explosives"]),
                report(
                    "undated.txt", city: "Riyadh", country: "Saudi Arabia", attack: "armed assault",
                    groups: ["Al-Qaeda"], weapons: undatedWeapons),
            ])
        }
        #expect(merge(undatedWeapons: ["firearms", "explosives"]).count == 1)
        #expect(merge(undatedWeapons: ["firearms"]).count == 2)
        // Rockets are neither: an undated rocket attack stays apart from a gun-and-bomb attack
        // in the same city, group and all.
        let rockets = IncidentMerger.merge([
            report(
                "airport.txt", date: "2021-08-26", city: "Kabul", country: "Afghanistan", site: "Kabul airport",
                attack: "suicide bombing", groups: ["Islamic State"], weapons: ["firearms", "explosives"]),
            report(
                "rockets.txt", city: "Kabul", country: "Afghanistan", site: "Kabul airport", attack: "rocket/mortar",
                groups: ["Islamic State"], weapons: ["explosives"]),
        ])
        #expect(rockets.count == 2)
        // A general target does not contradict a specific one: tourists are civilians.
        let same = IncidentMerger.merge([
            report(
                "a.txt", date: "2022-11-13", city: "Istanbul", country: "Turkey", attack: "bombing", target: "tourists"),
            report("b.txt", city: "Istanbul", country: "Turkey", attack: "bombing", target: "civilians"),
        ])
        #expect(same.count == 1)
    }

    /// A report that recalls the other report's attack day as an earlier attack ("the death
    /// toll from Sunday's attack has jumped", in a report of Monday's) tells another attack.
    @Test func aReportRecallingTheOthersDayTellsAnotherAttack() {
        func merge(recalling: Bool) -> [Incident] {
            var monday = report(
                "monday.txt", date: "2013-12-30", city: "Volgograd", country: "Russia", attack: "suicide bombing",
                target: "transport")
            if recalling {
                monday.1.history = [
                    RecalledAttack(
                        year: 2013, place: nil, what: nil, perpetrator: nil, killed: 16,
                        day: SimpleDate(iso: "2013-12-29"))
                ]
            }
            return IncidentMerger.merge([
                report(
                    "sunday.txt", date: "2013-12-29", city: "Volgograd", country: "Russia",
                    attack: "suicide bombing", target: "transport"),
                monday,
            ])
        }
        #expect(merge(recalling: true).count == 2)
        #expect(merge(recalling: false).count == 1)
    }

    /// A branch and the group it belongs to are one group for merging ("ISIS-K" in one report,
    /// "Islamic State" in another); two unrelated groups count against a merge.
    @Test func aBranchAndItsParentAreOneGroup() {
        func merge(_ second: String) -> [Incident] {
            IncidentMerger.merge([
                report(
                    "a.txt", city: "Muatide", region: "Cabo Delgado", country: "Mozambique", attack: "armed assault",
                    groups: ["Islamic State Mozambique Province"], killed: [50]),
                report(
                    "b.txt", city: "Ura", region: "Cabo Delgado", country: "Mozambique", attack: "armed assault",
                    groups: [second], killed: [50]),
            ])
        }
        #expect(merge("Islamic State").count == 1)
        #expect(merge("Al-Qaeda").count == 2)
    }

    @Test func theExplanationSaysWhy() {
        var diagnostics: [Diagnostic] = []
        var decisions: [String: String] = [:]
        _ = IncidentMerger.merge(
            [
                report("a.txt", date: "2024-03-22", city: "Krasnogorsk", country: "Russia"),
                report("b.txt", date: "2024-03-22", city: "Moscow", country: "Russia"),
                report("c.txt", date: "2024-03-22", city: "Volgograd", country: "Russia"),
            ], diagnostics: &diagnostics, explain: { decisions[$0] = $1 })
        #expect(decisions["b.txt"]?.hasPrefix("joins the incident of a.txt") == true)
        #expect(decisions["b.txt"]?.contains("Moscow is 20 km from Krasnogorsk") == true)
        #expect(decisions["c.txt"]?.hasPrefix("starts an incident of its own") == true)
    }

    @Test func anEditorJoinsAReportToAnIncident() {
        var matter = FrontMatter()
        matter.sameIncident = "2019-01-15-nairobi-armed-assault"
        var diagnostics: [Diagnostic] = []
        let incidents = IncidentMerger.merge(
            [
                report("dated.txt", date: "2019-01-15", city: "Nairobi", country: "Kenya", attack: "armed assault"),
                // Undated, a hotel: alone it would fall short of joining.
                report(
                    "hotel.md", city: "Nairobi", country: "Kenya", site: "hotel complex", target: "business",
                    matter: matter),
            ], diagnostics: &diagnostics)
        #expect(files(incidents) == [["dated.txt", "hotel.md"]])
        #expect(incidents[0].id == "2019-01-15-nairobi-armed-assault")
        // An id that does not exist is a warning, and merging goes on as usual.
        matter.sameIncident = "2019-01-16-nairobi"
        let unknown = IncidentMerger.merge(
            [
                report("dated.txt", date: "2019-01-15", city: "Nairobi", country: "Kenya"),
                report(
                    "hotel.md", city: "Nairobi", country: "Kenya", site: "hotel", target: "business", matter: matter),
            ], diagnostics: &diagnostics)
        #expect(unknown.count == 2)
        #expect(diagnostics.contains { $0.file == "hotel.md" && $0.message.contains("no incident has the id") })
    }

    @Test func anEditorKeepsTwoAttacksApart() {
        // One city, one day, one group: merging joins them unless the editor says otherwise.
        let first = report("a.txt", date: "2013-12-29", city: "Volgograd", country: "Russia", target: "transport")
        let second = report("b.txt", date: "2013-12-29", city: "Volgograd", country: "Russia", target: "transport")
        #expect(IncidentMerger.merge([first, second]).count == 1)
        var matter = FrontMatter()
        matter.notSameAs = ["2013-12-29-volgograd"]
        let apart = report(
            "b.md", date: "2013-12-29", city: "Volgograd", country: "Russia", target: "transport", matter: matter)
        let incidents = IncidentMerger.merge([first, apart])
        #expect(incidents.count == 2)
        // The same whichever report comes first.
        #expect(IncidentMerger.merge([apart, first]).map(\.id).sorted() == incidents.map(\.id).sorted())
    }

    @Test func mergeKeysAreReadFromFrontMatter() {
        let text = "---\nsame_incident: 2019-01-15-Nairobi\nnot_same_as: [2019-01-14-nairobi, x]\n---\nBody."
        let (matter, _, _, problems) = FrontMatterParser.parse(text, path: "a.md")
        #expect(problems.isEmpty)
        #expect(matter.sameIncident == "2019-01-15-nairobi")
        #expect(matter.notSameAs == ["2019-01-14-nairobi", "x"])
        #expect(matter.mergeLine == 2)
        let (_, _, _, bad) = FrontMatterParser.parse("---\nnot_same_as: {a: b}\n---\nBody.", path: "b.md")
        #expect(bad.contains { $0.message.contains("'not_same_as' must be an incident id") })
    }

    @Test func aTrialStoryIsLaterCoverageOfTheAttackItRecalls() throws {
        let attack = report(
            "attack.txt", date: "2019-01-15", city: "Nairobi", country: "Kenya", site: "hotel complex",
            groups: ["Al-Shabaab"])
        var trial = report("trial.txt", published: "2021-06-01", city: nil, country: nil)
        trial.1.isIncident = false
        trial.1.title = "Two men jailed over hotel siege"
        trial.1.history = [
            RecalledAttack(year: 2019, place: "Nairobi", what: "hotel complex", perpetrator: nil, killed: nil)
        ]
        let incidents = IncidentMerger.merge([attack, trial])
        #expect(incidents.count == 1)
        let archive = CrossReferencer.build(
            incidents, nonIncidents: [Source(article: trial.0, facts: trial.1)])
        #expect(archive.incidents[0].laterCoverage.map(\.file) == ["trial.txt"])
        let (templates, _) = TemplateSet.load(folder: Paths.templates.path, displayPrefix: "templates")
        let brief = BriefComposer.markdown(
            for: archive.incidents[0], archive: archive, templates: try #require(templates),
            linker: Linker(baseURL: nil))
        #expect(brief.contains("## Later coverage"))
        #expect(brief.contains("- Two men jailed over hotel siege, 1 June 2021"))
    }

    @Test func anUndatedIncidentSaysItsDateIsNotStated() throws {
        let incidents = IncidentMerger.merge([report("a.txt", city: "Ankara", country: "Turkey", attack: "bombing")])
        let archive = CrossReferencer.build(incidents, nonIncidents: [])
        let (templates, _) = TemplateSet.load(folder: Paths.templates.path, displayPrefix: "templates")
        let brief = BriefComposer.markdown(
            for: archive.incidents[0], archive: archive, templates: try #require(templates),
            linker: Linker(baseURL: nil))
        #expect(archive.incidents[0].id.hasPrefix("undated-ankara"))
        #expect(brief.contains("| Date | Not stated in the reports |"))
    }
}
