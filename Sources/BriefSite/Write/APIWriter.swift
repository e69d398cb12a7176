import IncidentFacts

/// `api/incidents.json`: the merged facts of every incident (spec/facts.md).
enum APIWriter {
    static func incidentsJSON(_ archive: Archive, linker: Linker) -> String {
        let items = archive.incidents.map { incident -> JSONValue in
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
            return .object(fields)
        }
        return JSONValue.object([("incidents", .array(items))]).pretty() + "\n"
    }
}
