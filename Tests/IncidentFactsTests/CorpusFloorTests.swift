import Foundation
import Testing

@testable import IncidentFacts

/// Accuracy on the shared real-news corpus (read at test time, never copied) may only go up.
@Suite struct CorpusFloorTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/news")

    /// Floors a little below the accuracy measured on the 220 articles (this test's own exact
    /// comparison, a little stricter than score_facts.py's); raised as extraction improves.
    static let floors: [String: Double] = [
        // Country went from 0.980 to 0.975 when a report's only place, taken from a recalled
        // attack's paragraph, was rightly left out (see the notes of 2026-12-07, second session).
        "date": 0.915, "country": 0.97, "city": 0.88, "killed": 0.895, "injured": 0.895,
        // Target and attackers measured 0.876 and 0.866 (2026-12-07, seventh session).
        "target": 0.87, "attackers": 0.86,
    ]

    /// The corpus lies beside the checkout, not in it: without it the test shows as skipped.
    static let corpusIsThere = FileManager.default.fileExists(atPath: corpus.path)

    /// The seed article of issue 14 (the Karachi police office siege, 2023), exactly: 4 killed
    /// (5 also stated), 19 injured (14 also stated), three attackers all killed, the TTP, and the
    /// two earlier Karachi attacks it recalls with their year, site, group and dead.
    @Test(.enabled(if: corpusIsThere, "the shared corpus is not beside the checkout"))
    func seedArticleComesOutExactly() throws {
        let name = "2023-02-18-news18-karachi-police-office-siege.txt"
        let text = try String(contentsOf: Self.corpus.appendingPathComponent(name), encoding: .utf8)
        let f = FactExtractor.extract(ArticleInput(file: name, body: text, fileNameDate: SimpleDate(iso: "2023-02-18")))
        #expect(f.killed?.best == 4)
        #expect(f.killed?.stated == [4, 5])
        #expect(f.injured?.best == 19)
        #expect(f.injured?.stated == [19, 14])
        #expect(f.attackers.count == 3)
        #expect(f.attackers.killed == 3)
        #expect(f.perpetrators.map(\.name) == ["Tehreek-e-Taliban Pakistan"])
        #expect(f.history.map(\.year) == [2011, 2014])
        #expect(f.history.map(\.place) == ["Karachi", "Karachi"])
        #expect(f.history.map(\.what) == ["PNS Mehran", "Jinnah International Airport"])
        #expect(f.history.map(\.perpetrator) == ["Tehreek-e-Taliban Pakistan", "Tehreek-e-Taliban Pakistan"])
        #expect(f.history.map(\.killed) == [10, 14])
    }

    @Test(.enabled(if: corpusIsThere, "the shared corpus is not beside the checkout"))
    func fieldAccuracyStaysAboveFloors() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
        var right: [String: Int] = [:], total: [String: Int] = [:]
        for name in names.sorted() where name.hasSuffix(".gold.json") {
            let gold =
                try JSONSerialization.jsonObject(with: Data(contentsOf: Self.corpus.appendingPathComponent(name)))
                as! [String: Any]
            guard gold["incident"] is String else { continue }
            let articleName = gold["file"] as! String
            let text = try String(contentsOf: Self.corpus.appendingPathComponent(articleName), encoding: .utf8)
            let date = SimpleDate(iso: articleName.prefix(10))
            let f = FactExtractor.extract(ArticleInput(file: articleName, body: text, fileNameDate: date))
            func score(_ field: String, _ expected: Any?, _ actual: String?) {
                guard let expected = expected, !(expected is NSNull) else { return }
                total[field, default: 0] += 1
                if "\(expected)" == actual { right[field, default: 0] += 1 }
            }
            score("date", gold["date"], f.date?.iso)
            score("country", gold["country"], f.location.country)
            score("city", gold["city"], f.location.city)
            score("killed", (gold["killed"] as? [String: Any])?["best"], f.killed?.best.map(String.init))
            score("injured", (gold["injured"] as? [String: Any])?["best"], f.injured?.best.map(String.init))
            score("target", gold["target_type"], f.targetType)
            score("attackers", (gold["attackers"] as? [String: Any])?["count"], f.attackers.count.map(String.init))
        }
        for (field, floor) in Self.floors {
            let accuracy = Double(right[field] ?? 0) / Double(max(1, total[field] ?? 0))
            print("corpus \(field): \(accuracy)")
            #expect(accuracy >= floor, "\(field): \(accuracy) is below the floor \(floor)")
        }
    }
}
