import Foundation
import Testing

@testable import IncidentFacts

/// Extraction costs the length of the text, not its square: a sentence that names hundreds of
/// groups, places, dates or figures, or an article of thousands of short sentences, is read in
/// about the time of an ordinary article of that size. (`make bench-adversarial` measures the
/// growth; these tests catch a return of the quadratic passes, which took minutes on 500 KB.)
struct LongTextTests {
    static let vocabulary = """
        the Taliban claimed Islamic State al-Qaeda Boko Haram the militant group Oxa Front [ABC] claimed by \
        in Quetta Multan Lyon near Basra outside Herat Pakistan ( Erbil ) town of Oxa \
        killed 12 wounded 3 at least 40 people 2019 three attackers dozens on Monday yesterday "today" May 3 \
        rifles grenades car bomb seized cache in 2009 an attack on Lahore killed 20 and of in 2004
        """.split(separator: " ").map(String.init)

    /// About `bytes` of words drawn in turn from the vocabulary (deterministic).
    static func words(_ bytes: Int) -> [String] {
        var out: [String] = []
        var size = 0
        var i = 0
        while size < bytes {
            let word = vocabulary[(i * 7919) % vocabulary.count]
            out.append(word)
            size += word.utf8.count + 1
            i += 1
        }
        return out
    }

    func seconds(_ body: String) -> Double {
        let start = Date()
        _ = facts(body, published: "2023-02-18")
        return Date().timeIntervalSince(start)
    }

    @Test func oneLongSentenceIsLinear() {
        // 400 KB in one sentence took over a minute before; a generous bound, not a benchmark.
        let body = Self.words(400_000).joined(separator: " ") + "."
        #expect(seconds(body) < 10)
        #expect(seconds(body.uppercased()) < 10)
    }

    @Test func manyShortSentencesAreLinear() {
        func article(_ bytes: Int) -> String {
            let words = Self.words(bytes)
            return stride(from: 0, to: words.count, by: 12).map {
                words[$0..<min($0 + 12, words.count)].joined(separator: " ") + "."
            }.joined(separator: " ")
        }
        // Ten times the text in well under forty times the time (a square would take a hundred
        // times; other suites running alongside make the two timings differ by up to three
        // times), whatever the machine's speed; and never minutes.
        let tenth = seconds(article(100_000))
        let whole = seconds(article(1_000_000))
        #expect(whole < 40 * tenth)
        #expect(whole < 60)
    }

    @Test func evidenceStaysShort() {
        let body = Array(repeating: "A bomb killed 3 people in Quetta on Monday.", count: 500).joined(separator: " ")
        let sheet = facts(body, published: "2023-02-18")
        #expect(sheet.killed?.best == 3)
        #expect((sheet.evidence["killed"] ?? []).count <= 12)
    }
}
