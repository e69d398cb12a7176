import IncidentFacts

/// `api/incidents.json`: the merged facts of every incident (docs/facts-spec.md).
enum APIGenerator {
    /// Writes the document to `out` an incident at a time. With `cache`, an incident whose item
    /// is kept there is not written again.
    static func incidentsJSON(
        _ archive: Archive, linker: Linker, cache: PartCache? = nil, to out: inout some ByteSink
    ) throws {
        // Each incident is written on its own core, then the parts are joined exactly as
        // `pretty()` of the whole document would lay them out.
        var first = true
        try PartCache.forEachPart(cache, count: archive.incidents.count, make: { object(for: archive.incidents[$0]) }) {
            try out.write(first ? "{\n  \"incidents\": [\n    ".utf8 : ",\n    ".utf8)
            try out.write($0)
            first = false
        }
        if first {
            try out.write((JSONValue.object([("incidents", .array([]))]).pretty() + "\n").utf8)
        } else {
            try out.write("\n  ]\n}\n".utf8)
        }
    }

    /// One incident's object, laid out two levels deep.
    private static func object(for incident: Incident) -> [UInt8] {
        var fields: [(String, JSONValue)] = [
            ("id", .string(incident.id)),
            ("url", .string("briefs/\(incident.id)/")),
            (
                "sources",
                .array(
                    incident.sources.map { source in
                        .object([
                            ("file", .string(source.file)), ("published", .optional(source.facts.published?.iso)),
                        ])
                    })
            ),
        ]
        for (key, value) in incident.facts.factFields() where key != "history" {
            fields.append((key, value))
        }
        fields.append(("confidence", incident.facts.confidenceJSON()))
        fields.append(("warnings", .array(incident.facts.warnings.map(JSONValue.string))))
        fields.append(("related", .array(incident.related.map(JSONValue.string))))
        fields.append(
            (
                "history",
                .array(
                    incident.facts.history.enumerated().map { k, h in
                        h.json(incident: incident.historyLinks[k])
                    })
            ))
        fields.append(("recalled_in", .array(incident.recalledIn.map(JSONValue.string))))
        var bytes: [UInt8] = []
        JSONValue.object(fields).write(into: &bytes, indented: true, level: 2)
        return bytes
    }
}
