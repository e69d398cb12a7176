import IncidentFacts

/// One row of a brief's facts table: the value, whether the editor set it, whether it needs an
/// editor's look before it is trusted, and the quotes it rests on.
struct FactRow {
    let label: String
    let value: String
    /// "set by the editor" or "editor's figure", when the editor set it.
    let editorNote: String?
    /// Why the fact needs review ("suspected, not confirmed"), when it does.
    let review: String?
    /// The sentences the fact was read from, each once, with the reports that hold them.
    let quotes: [Quote]
    /// Other spellings of the group a responsibility row names.
    var aliases: [String] = []

    struct Quote {
        let text: String
        /// 1-based numbers of the reports in the brief's source list.
        let sources: [Int]
        /// Words of the quote that state the fact, to be highlighted.
        let terms: [String]
    }

    /// Report numbers cited by any quote, in order.
    var sources: [Int] { Array(Set(quotes.flatMap { $0.sources })).sorted() }
}

/// Builds the facts table of a brief, the same for its page and its Markdown.
enum FactRows {
    /// Quotes shown per fact: enough to check it, not a wall of text.
    static let quotesPerFact = 3
    /// The label of the rows saying who is responsible, one per group.
    static let responsibility = "Responsibility"

    /// The rows of `incident`'s table; `weapons` is its weapons' detail (`WeaponDetail.detail`).
    static func rows(for incident: Incident, weapons: WeaponDetail.Detail) -> [FactRow] {
        let f = incident.facts
        let editor = f.editorFields
        // Evidence by fact, read once per report (cached facts make it on demand).
        let evidence = incident.sources.map { $0.facts.evidence }
        // A report is cited for a fact only when it gives the value the brief shows.
        func agrees(_ report: Int, _ fact: String) -> Bool {
            guard let shown = f.comparableValue(of: fact) else { return true }
            return incident.sources[report].facts.comparableValue(of: fact) == shown
        }
        var rows: [FactRow] = []
        func row(
            _ label: String, _ value: String?, fields: [String], fact: String? = nil, terms: [String] = [],
            mentioning names: [String] = [], aliases: [String] = []
        ) {
            guard let value, !value.isEmpty else { return }
            let numeric = fields.contains { ["killed", "injured", "attackers"].contains($0) || isCount($0) }
            let editorNote =
                fields.contains(where: editor.contains) ? (numeric ? "editor's figure" : "set by the editor") : nil
            var review: String?
            if let fact, let confidence = f.confidence[fact], confidence.needsReview { review = confidence.basis }
            // A row about one group cites the reports that name it, with the sentences that do.
            let lowerNames = names.map { $0.lowercased() }
            func cites(_ report: Int, _ fact: String) -> Bool {
                lowerNames.isEmpty
                    ? agrees(report, fact)
                    : incident.sources[report].facts.perpetrators.contains { lowerNames.contains($0.name.lowercased()) }
                        || incident.sources[report].facts.claimedBy.map { lowerNames.contains($0.lowercased()) } == true
            }
            func naming(_ sentence: String) -> Bool {
                guard !lowerNames.isEmpty else { return true }
                let lower = sentence.lowercased()
                return lowerNames.contains { lower.contains($0) }
            }
            let found = fact.map { quotes(of: $0, in: evidence, citing: cites, keeping: naming, terms: terms) } ?? []
            rows.append(
                FactRow(
                    label: label, value: value, editorNote: editorNote, review: review, quotes: found,
                    aliases: aliases))
        }
        // The rows of the facts that hold one value, as their table entries place and word them.
        func singleValuedRows(_ place: SingleValuedFact.Row) {
            for fact in FactField.singleValued where fact.row == place {
                guard let value = fact.value(in: f) else { continue }
                let name = fact.field.rawValue
                row(fact.label, shown(value, fact), fields: [name], fact: name, terms: terms(value, fact))
            }
        }
        let place = [f.location.city, f.location.region, f.location.country].compactMap { $0 }
        row(
            "Date", f.date?.longText ?? "Not stated in the reports", fields: ["date"], fact: "date",
            terms: dateWords(f.date))
        row(
            "Place", place.joined(separator: ", "), fields: ["city", "country", "region"], fact: "location",
            terms: place + [f.location.site].compactMap { $0 })
        row("Site", f.location.site, fields: ["site"])
        singleValuedRows(.kind)
        // Who is responsible, a row per group, each saying on whose word: a claim, an
        // accusation by someone named, a suspicion.
        for group in f.perpetrators {
            let claim = group.name == f.claimedBy
            row(
                responsibility, SummaryComposer.responsibility(group, claimed: claim),
                fields: claim ? ["perpetrators", "claimed_by"] : ["perpetrators"],
                fact: claim ? "claimed_by" : "perpetrators", terms: [group.name] + group.aliases,
                mentioning: [group.name] + group.aliases, aliases: group.aliases)
        }
        if let claimant = f.claimedBy, !f.perpetrators.contains(where: { $0.name == claimant }) {
            row(
                responsibility, "Claimed by \(claimant)", fields: ["claimed_by"], fact: "claimed_by",
                terms: [claimant], mentioning: [claimant])
        }
        row(
            "Killed", f.killed.map { Formatting.casualties($0) }, fields: ["killed"], fact: "killed",
            terms: figureWords(f.killed))
        row(
            "Injured", f.injured.map { Formatting.casualties($0) }, fields: ["injured"], fact: "injured",
            terms: figureWords(f.injured))
        if let count = f.attackers.count {
            row(
                "Attackers", "\(count)" + (f.attackers.killed.map { ", \($0) died" } ?? ""), fields: ["attackers"],
                fact: "attackers", terms: numberWords(count) + (f.attackers.killed.map(numberWords) ?? []))
        } else if let died = f.attackers.killed {
            row("Attackers died", "\(died)", fields: ["attackers"], fact: "attackers", terms: numberWords(died))
        }
        row(
            "Weapons",
            // The instruments, then the kinds (the contract's categories) when they add something.
            weapons.sentence.map { detail in
                guard weapons.namesInstruments else { return detail }
                return "\(detail) (\(f.weapons.map { $0.category }.joined(separator: ", ")))"
            },
            fields: [],
            fact: "weapons", terms: f.weapons.flatMap { $0.words })
        singleValuedRows(.details)
        row("Reports", "\(incident.sources.count)", fields: [])
        return rows
    }

    /// Each distinct sentence behind `fact` that `keep` accepts in the reports that agree with the
    /// brief, in report order, with every report that holds it.
    private static func quotes(
        of fact: String, in evidence: [[String: [Evidence]]], citing agrees: (Int, String) -> Bool,
        keeping keep: (String) -> Bool, terms: [String]
    ) -> [FactRow.Quote] {
        // Each sentence once, with its reports; found again by number (a sentence is long to hash).
        var found: [(text: String, sources: [Int])] = []
        var entryOf: [String: Int] = [:]
        for (k, byFact) in evidence.enumerated() where agrees(k, fact) {
            for item in (byFact[fact] ?? []).filter({ keep($0.text) }).prefix(2) {
                let entry = entryOf[item.text] ?? found.count
                if entry == found.count {
                    entryOf[item.text] = entry
                    found.append((item.text, []))
                }
                if found[entry].sources.last != k + 1 { found[entry].sources.append(k + 1) }
            }
        }
        return found.prefix(quotesPerFact).map { FactRow.Quote(text: $0.text, sources: $0.sources, terms: terms) }
    }

    /// A single value as the brief writes it: "Armed assault", "Yes", "1,200".
    private static func shown(_ value: FactValue, _ fact: SingleValuedFact) -> String {
        switch value {
        case .text(let text): fact.shown == .sentenceCase ? Formatting.sentenceCase(text) : text
        case .flag(let flag): flag ? "Yes" : "No"
        case .count(let count): SummaryComposer.thousands(count)
        }
    }

    /// Words of a quote that state a single value: the words themselves when the article's own
    /// wording is shown, the fact's name for a yes ("suicide"), the figure as reporters write it.
    private static func terms(_ value: FactValue, _ fact: SingleValuedFact) -> [String] {
        switch value {
        case .text(let text): fact.shown == .asWritten ? [text] : []
        case .flag: fact.field.rawValue.split(separator: "_").map(String.init)
        case .count(let count): numberWords(count)
        }
    }

    private static func isCount(_ name: String) -> Bool {
        if case .count = FactField.singleValued(named: name)?.path { return true }
        return false
    }

    private static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// Words that name a day: its month, its weekday, and the relative words reporters use.
    private static func dateWords(_ date: SimpleDate?) -> [String] {
        guard let date else { return [] }
        return [
            date.monthName, String(date.monthName.prefix(3)), weekdays[date.weekday], "yesterday", "today", "tonight",
        ]
    }

    private static func figureWords(_ c: Casualties?) -> [String] {
        guard let c else { return [] }
        return c.stated.flatMap(numberWords) + [c.approx].compactMap { $0 }
    }

    /// A figure as reporters write it: "14", "1,200", "fourteen".
    private static func numberWords(_ n: Int) -> [String] {
        var words = [String(n), SummaryComposer.thousands(n)]
        if let spelled = spelledNumbers[n] { words.append(spelled) }
        return words
    }

    private static let spelledNumbers: [Int: String] = [
        1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
        11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen",
        18: "eighteen", 19: "nineteen", 20: "twenty",
    ]
}
