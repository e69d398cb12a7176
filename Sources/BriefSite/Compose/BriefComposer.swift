import IncidentFacts

/// Composes the Markdown brief of an incident from `templates/brief.md.mustache`.
enum BriefComposer {
    static func markdown(for incident: Incident, archive: Archive, templates: TemplateSet, linker: Linker) -> String {
        templates.render("brief.md", context(for: incident, archive: archive, linker: linker))
    }

    static func context(for incident: Incident, archive: Archive, linker: Linker) -> [String: Any] {
        let f = incident.facts
        let editor = f.editorFields
        var table: [[String: Any]] = []
        func row(_ label: String, _ value: String?, _ fields: [String]) {
            guard let value, !value.isEmpty else { return }
            let byEditor = fields.contains { editor.contains($0) }
            let numeric = fields.contains { ["killed", "injured", "attackers"].contains($0) }
            var row: [String: Any] = ["label": label, "value": value]
            if byEditor { row["editor"] = numeric ? "editor's figure" : "set by the editor" }
            table.append(row)
        }
        row("Date", f.date?.longText ?? "Not stated in the reports", ["date"])
        row(
            "Place",
            [f.location.city, f.location.region, f.location.country].compactMap { $0 }.joined(separator: ", "),
            ["city", "country", "region"])
        row("Site", f.location.site, ["site"])
        row("Attack type", f.attackType.map(Formatting.sentenceCase), ["attack_type"])
        row("Target", f.targetType.map(Formatting.sentenceCase), ["target_type"])
        row(
            "Perpetrators",
            f.perpetrators.isEmpty ? nil : f.perpetrators.map { "\($0.name) (\($0.role))" }.joined(separator: "; "),
            ["perpetrators"])
        row("Claimed by", f.claimedBy, ["claimed_by"])
        row("Killed", f.killed.map { Formatting.casualties($0) }, ["killed"])
        row("Injured", f.injured.map { Formatting.casualties($0) }, ["injured"])
        if let count = f.attackers.count {
            row("Attackers", "\(count)" + (f.attackers.killed.map { ", \($0) died" } ?? ""), ["attackers"])
        } else if let died = f.attackers.killed {
            row("Attackers died", "\(died)", ["attackers"])
        }
        row("Weapons", f.weapons.isEmpty ? nil : f.weapons.map(\.category).joined(separator: ", "), [])
        row("Suicide attack", f.suicide.map { $0 ? "Yes" : "No" }, ["suicide"])
        row("Duration", f.duration, ["duration"])
        row("Reports", "\(incident.sources.count)", [])

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
        for weapon in f.weapons {
            // A category seen only in verbs ("opened fire") names no instrument.
            let instruments = weapon.words.isEmpty ? " used" : ": " + weapon.words.joined(separator: ", ")
            happened.append("\(Formatting.sentenceCase(weapon.category))\(instruments).")
        }
        if f.suicide == true { happened.append("At least one attacker died deliberately as part of the attack.") }
        if let duration = f.duration { happened.append("The attack lasted \(duration).") }
        if happened.isEmpty { happened.append("The reports give few details of the attack itself.") }

        var casualties: [String] = []
        for (label, value) in [("killed", f.killed), ("injured", f.injured)] {
            guard let value else { continue }
            var line = "\(Formatting.casualties(value)) \(label)"
            if value.stated.count > 1 {
                line += " (figures stated: \(value.stated.map(String.init).joined(separator: ", ")))"
            }
            if editor.contains(label) { line += ", an editor's figure" }
            casualties.append(line)
        }

        var evolution: [[String: Any]] = []
        if incident.sources.count > 1 {
            for (k, source) in incident.sources.enumerated() {
                let s = source.facts
                var text = s.published?.shortText ?? "undated"
                if k == 0 { text += ", first report" }
                let parts = [
                    s.killed.map { "\(Formatting.casualties($0)) killed" },
                    s.injured.map { "\(Formatting.casualties($0)) injured" },
                ].compactMap { $0 }
                text += ": " + (parts.isEmpty ? "no figures" : parts.joined(separator: ", "))
                evolution.append(["text": text])
            }
            evolution = Formatting.markLast(evolution)
        }

        let perpetrators: [[String: Any]] = f.perpetrators.map { p in
            var item: [String: Any] = ["name": p.name, "role": p.role]
            if !p.aliases.isEmpty { item["aliases"] = p.aliases.joined(separator: ", ") }
            return item
        }

        var history: [[String: Any]] = []
        for (k, h) in f.history.enumerated() {
            var label = h.what ?? "an attack"
            if let place = h.place, !(h.what ?? "").contains(place) { label += " in \(place)" }
            var item: [String: Any] = ["label": label]
            if let year = h.year { item["year"] = String(year) }
            if let killed = h.killed { item["killed"] = String(killed) }
            if let perpetrator = h.perpetrator { item["perpetrator"] = perpetrator }
            if let target = incident.historyLinks[k] { item["link"] = linker.brief(target, from: 2) }
            history.append(item)
        }

        let sources: [[String: Any]] = incident.sources.enumerated().map { k, source in
            var item: [String: Any] = [
                "number": String(k + 1), "title": source.facts.title.isEmpty ? source.file : source.facts.title,
            ]
            if let url = source.article.frontMatter.url { item["url"] = url }
            if let outlet = source.article.frontMatter.source { item["outlet"] = outlet }
            if let published = source.facts.published { item["published"] = published.longText }
            let parts = [
                source.facts.killed.map { "\(Formatting.casualties($0)) killed" },
                source.facts.injured.map { "\(Formatting.casualties($0)) injured" },
            ].compactMap { $0 }
            item["reported"] = parts.isEmpty ? "no figures" : parts.joined(separator: ", ")
            return item
        }
        let laterCoverage: [[String: Any]] = incident.laterCoverage.map { source in
            var item: [String: Any] = ["title": source.facts.title.isEmpty ? source.file : source.facts.title]
            if let url = source.article.frontMatter.url { item["url"] = url }
            if let outlet = source.article.frontMatter.source { item["outlet"] = outlet }
            if let published = source.facts.published { item["published"] = published.longText }
            return item
        }
        var warnings = f.warnings
        for other in incident.possibleDuplicates.sorted() {
            warnings.append(
                "possible duplicate of the incident \(other): merging nearly joined them; "
                    + "set same_incident: or not_same_as: in front matter to decide")
        }
        for source in incident.sources {
            for w in source.facts.warnings where !warnings.contains(w) { warnings.append("\(source.file): \(w)") }
        }
        // Where each fact came from, quoted from the reports, so an editor can check it.
        let labels: [(String, String)] = [
            ("date", "Date"), ("location", "Place"), ("perpetrators", "Perpetrators"), ("claimed_by", "Claim"),
            ("killed", "Killed"), ("injured", "Injured"), ("attackers", "Attackers"), ("weapons", "Weapons"),
            ("suicide", "Suicide"), ("duration", "Duration"),
        ]
        var evidence: [[String: Any]] = []
        for source in incident.sources {
            let byField = source.facts.evidence  // read once: cached facts make it on demand
            for (field, label) in labels {
                for item in byField[field]?.prefix(2) ?? [] {
                    evidence.append([
                        "label": label, "quote": item.text, "where": "\(source.file), paragraph \(item.paragraph)",
                    ])
                }
            }
        }
        var context: [String: Any] = [
            "evidence": evidence,
            "headline": f.title, "summary": f.summary, "table": table, "happened": happened, "casualties": casualties,
            "evolution": evolution, "perpetrators": perpetrators, "history": history, "sources": sources,
            "laterCoverage": laterCoverage,
            "warnings": warnings,
        ]
        if let claimant = f.claimedBy { context["claimedBy"] = claimant }
        return context.withListFlags()
    }
}
