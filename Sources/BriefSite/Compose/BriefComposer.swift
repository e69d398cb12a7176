import IncidentFacts

/// Composes the Markdown brief of an incident from `templates/brief.md.mustache`.
enum BriefComposer {
    /// The brief as Markdown, as `brief.md` holds it.
    static func markdown(for incident: Incident, archive: Archive, templates: TemplateSet, linker: Linker) -> String {
        templates.render("brief.md", content(for: incident, archive: archive, linker: linker))
    }

    /// What `brief.md.mustache` shows of an incident. With `page` set to true the template gives
    /// only the part below the facts table, which the HTML page takes (it lays out the headline,
    /// the facts with their evidence and the sources itself).
    static func content(
        for incident: Incident, archive: Archive, linker: Linker, editorView: Bool = false
    ) -> BriefContent {
        let f = incident.facts
        let editor = f.editorFields
        let weapons = WeaponDetail.detail(f.weapons)
        let rows = FactRows.rows(for: incident, weapons: weapons)
        let labels = incident.sources.map(sourceLabel)
        // Where the facts came from: each sentence quoted once, with the facts it gives. The
        // sentences are hashed once each (they are long), to find their entry by number.
        var quoted: [(text: String, facts: [String], sources: [Int])] = []
        var entryOf: [String: Int] = [:]
        for row in rows {
            for quote in row.quotes {
                let entry = entryOf[quote.text] ?? quoted.count
                if entry == quoted.count {
                    entryOf[quote.text] = entry
                    quoted.append((quote.text, [], []))
                }
                quoted[entry].facts.append(row.label)
                quoted[entry].sources += quote.sources.filter { !quoted[entry].sources.contains($0) }
            }
        }
        let evidence = quoted.map { text, facts, sources in
            BriefContent.EvidenceItem(
                quote: text, facts: facts.joined(separator: ", "),
                where: sources.sorted().map { labels[$0 - 1] }.joined(separator: "; "))
        }

        var happened: [String] = []
        if let type = f.attackType {
            var line = Formatting.sentenceCase(type)
            if let site = f.location.site { line += " on \(site)" }
            if let city = f.location.city { line += " in \(city)" }
            if let date = f.date { line += " on \(date.longText)" }
            happened.append(line + ".")
        }
        if let count = f.attackers.count {
            happened.append(
                "\(count) attacker\(count == 1 ? "" : "s")" + (f.attackers.killed.map { ", \($0) of whom died" } ?? "")
                    + ".")
        }
        if let list = weapons.list { happened.append("Weapons used: \(list).") }
        if f.suicide == true { happened.append("At least one attacker died deliberately as part of the attack.") }
        if let duration = f.duration { happened.append("The attack lasted \(duration).") }
        if happened.isEmpty { happened.append("The reports give few details of the attack itself.") }

        var casualties: [String] = []
        for (label, value) in [("killed", f.killed), ("injured", f.injured)] {
            guard let value else { continue }
            var line = "\(Formatting.casualties(value)) \(label)"
            // Victims only: attackers who died are counted apart.
            if label == "killed", let dead = f.attackers.killed, dead > 0 {
                line += " (+\(dead) attacker\(dead == 1 ? "" : "s"))"
            }
            if value.stated.count > 1 {
                line += "; victim totals stated: \(value.stated.map(SummaryComposer.thousands).joined(separator: ", "))"
            }
            if editor.contains(label) { line += "; an editor's figure" }
            casualties.append(line)
        }
        let evolution = incident.sources.count > 1 ? evolutionRows(incident) : []

        // Who is responsible, each on whose word, with the sentence that says so.
        let responsibility = rows.filter { $0.label == FactRows.responsibility }.map { row in
            BriefContent.Responsibility(
                text: row.value, aliases: row.aliases.isEmpty ? nil : row.aliases.joined(separator: ", "),
                quote: row.quotes.first?.text)
        }

        let history = f.history.enumerated().map { k, h in
            var label = h.what ?? "an attack"
            if let place = h.place, !(h.what ?? "").contains(place) { label += " in \(place)" }
            return BriefContent.RecalledItem(
                label: label, year: h.year.map(String.init), killed: h.killed.map(String.init),
                perpetrator: h.perpetrator, link: incident.historyLinks[k].map { linker.brief($0, from: 2) })
        }

        let sources = sourceItems(incident)
        let laterCoverage = incident.laterCoverage.map(citation)
        var warnings = f.warnings
        for other in incident.possibleDuplicates.sorted() {
            warnings.append(
                "possible duplicate of the incident \(other): merging nearly joined them; "
                    + "set same_incident: or not_same_as: in front matter to decide")
        }
        for source in incident.sources {
            for w in source.facts.warnings where !warnings.contains(w) { warnings.append("\(source.file): \(w)") }
        }
        return BriefContent(
            headline: f.title, summary: f.summary, facts: factItems(rows, labels: labels), evidence: evidence,
            happened: happened, casualties: casualties, evolution: evolution, responsibility: responsibility,
            history: history, sources: sources, laterCoverage: laterCoverage,
            // Notes for the editor are for the editor's view (`build --editor`, `serve`), not readers.
            warnings: editorView ? warnings : [])
    }

    /// How the figures evolved, a row per report: its date, source and figures, in the order
    /// the reports came out; undated reports last, and only a dated one is the first report.
    static func evolutionRows(_ incident: Incident) -> [BriefContent.EvolutionRow] {
        let numbered = incident.sources.enumerated().map { (number: $0.offset + 1, source: $0.element) }
        let ordered = numbered.sorted {
            let a = $0.source.facts.published?.dayNumber ?? .max, b = $1.source.facts.published?.dayNumber ?? .max
            return (a, $0.number) < (b, $1.number)
        }
        return ordered.enumerated().map { k, entry in
            let facts = entry.source.facts
            var date = facts.published.map { "\($0.day) \($0.monthName.prefix(3)) \($0.year)" } ?? "undated"
            if k == 0 && facts.published != nil { date += ", first report" }
            var source = entry.source.article.frontMatter.source ?? title(of: entry.source)
            if source.count > 60 { source = String(source.prefix(59)) + "…" }
            return BriefContent.EvolutionRow(
                date: date, source: source, ref: "[\(entry.number)]",
                killed: facts.killed.map(Formatting.casualties) ?? "not stated",
                injured: facts.injured.map(Formatting.casualties) ?? "not stated")
        }
    }

    /// The source list: number, headline, link, outlet, date and what each report said of the toll.
    static func sourceItems(_ incident: Incident) -> [BriefContent.SourceItem] {
        incident.sources.enumerated().map { k, source in
            let parts = [
                source.facts.killed.map { "\(Formatting.casualties($0)) killed" },
                source.facts.injured.map { "\(Formatting.casualties($0)) injured" },
            ].compactMap { $0 }
            return BriefContent.SourceItem(
                citation: citation(source), number: String(k + 1),
                reported: parts.isEmpty ? "no figures" : parts.joined(separator: ", "))
        }
    }

    /// The facts table: each row's report numbers (`refs` for the page, `refText` "[1][3]" for
    /// Markdown), and its quotes with the words that state the fact marked.
    static func factItems(_ rows: [FactRow], labels: [String]) -> [BriefContent.FactItem] {
        rows.map { row in
            let sources = row.sources
            return BriefContent.FactItem(
                label: row.label, value: row.value, refs: sources.map { String($0) },
                refText: sources.map { "[\($0)]" }.joined(),
                quotes: row.quotes.map { quote in
                    BriefContent.FactItem.Quote(
                        html: HTMLText.marked(quote.text, terms: quote.terms),
                        where: quote.sources.map { labels[$0 - 1] }.joined(separator: "; "))
                }, editor: row.editorNote, review: row.review)
        }
    }

    /// How an article is cited: its headline, link, outlet and date.
    static func citation(_ source: Source) -> Citation {
        Citation(
            title: title(of: source), url: source.article.frontMatter.url, outlet: source.article.frontMatter.source,
            published: source.facts.published?.longText)
    }

    /// A report's headline; its file name when it has none.
    static func title(of source: Source) -> String {
        source.facts.title.isEmpty ? source.file : source.facts.title
    }

    /// How a reader sees a report cited: "Firstpost, 18 Feb 2023" (the outlet, else its headline).
    static func sourceLabel(_ source: Source) -> String {
        var name = source.article.frontMatter.source ?? title(of: source)
        if name.count > 60 { name = String(name.prefix(59)) + "…" }
        guard let date = source.facts.published else { return name }
        return "\(name), \(date.day) \(date.monthName.prefix(3)) \(date.year)"
    }
}
