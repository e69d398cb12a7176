import IncidentFacts

/// `api/incidents.csv`, the archive for spreadsheets.
enum CSVGenerator {
    /// `api/incidents.csv`: one row per incident (RFC 4180). Cells that a spreadsheet would run
    /// as a formula (starting with =, +, -, @, TAB or CR, blanks before them included) get a
    /// leading apostrophe.
    /// Written to `out` a row at a time. With `cache`, an incident whose row is kept there is not
    /// written again.
    static func csv(_ archive: Archive, cache: PartCache? = nil, to out: inout some ByteSink) throws {
        let header =
            [
                "id", "date", "site", "city", "region", "country", "perpetrators", "claimed_by", "killed", "injured",
                "attack_type", "target_type", "suicide", "sources", "url",
                // The hedges on the figures, after the columns that came first, so readers of those keep working.
                "killed_qualifier", "killed_min", "killed_max", "killed_approx", "injured_qualifier", "injured_min",
                "injured_max", "injured_approx",
            ] + csvAppendedFacts.map { $0.field.rawValue }
        try out.write((header.joined(separator: ",") + "\r\n").utf8)
        try PartCache.forEachPart(cache, count: archive.incidents.count, make: { csvRow(archive.incidents[$0]) }) {
            try out.write($0)
        }
    }

    /// Single-valued facts after the columns above, in table order: each new fact gets a column
    /// at the end, so readers of the earlier columns keep working.
    private static let csvAppendedFacts = FactField.singleValued.filter {
        ![.attackType, .targetType, .suicide, .claimedBy].contains($0.field)
    }

    /// One incident's row, line end included.
    private static func csvRow(_ incident: Incident) -> [UInt8] {
        var out: [UInt8] = []
        func add(_ value: String?, last: Bool = false) {
            var text = cell(value ?? "")
            text.withUTF8 { out.append(contentsOf: $0) }
            if last { out.append(contentsOf: [13, 10]) } else { out.append(UInt8(ascii: ",")) }
        }
        let f = incident.facts
        add(incident.id)
        add(f.date?.iso)
        add(f.location.site)
        add(f.location.city)
        add(f.location.region)
        add(f.location.country)
        add(f.perpetrators.map { $0.name }.joined(separator: "; "))
        add(f.claimedBy)
        add(f.killed?.best.map(String.init))
        add(f.injured?.best.map(String.init))
        add(f.attackType)
        add(f.targetType)
        add(f.suicide.map { $0 ? "true" : "false" })
        add(incident.sources.map { $0.file }.joined(separator: "; "))
        add("briefs/\(incident.id)/")
        // Hedges: "at least" 4, every figure stated from 2 to 4; "dozens" when no number is given.
        for (k, figure) in [f.killed, f.injured].enumerated() {
            add(figure?.qualifier)
            add(figure?.min.map(String.init))
            add(figure?.max.map(String.init))
            add(figure?.approx, last: k == 1 && csvAppendedFacts.isEmpty)
        }
        for (k, fact) in csvAppendedFacts.enumerated() {
            add(fact.value(in: f)?.plain, last: k == csvAppendedFacts.count - 1)
        }
        return out
    }

    static func cell(_ value: String) -> String {
        // Checked on the bytes first: most cells need nothing done.
        var copy = value
        let (hasBreaks, needsQuotes) = copy.withUTF8 { bytes in
            (
                bytes.contains { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") },
                bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }
            )
        }
        var v = hasBreaks ? value.replacingNewlines() : value
        // A spreadsheet reads a formula after leading blanks too, and TAB or CR first is a
        // known way to slip one in.
        let lead = value.utf8.first
        let start = value.utf8.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A }
        var formula = false
        if lead == 0x09 || lead == 0x0D || (start.map { "=+-@".utf8.contains($0) } ?? false) && Int(v) == nil {
            v = "'" + v
            formula = true
        }
        if needsQuotes || formula { return "\"" + v.replacingQuotes() + "\"" }
        return v
    }
}

private extension String {
    func replacingNewlines() -> String { String(map { $0 == "\n" || $0 == "\r" ? " " : $0 }) }
    func replacingQuotes() -> String {
        var out = ""
        for ch in self { out.append(ch); if ch == "\"" { out.append("\"") } }
        return out
    }
}
