extension FactSheet {
    /// The per-article object of the facts contract (`sitrep facts --json`).
    public func json() -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("file", .string(self.file)),
            ("published", .optional(self.published?.iso)),
        ]
        fields += factFields()
        let evidence = self.evidence  // read once: it may be made on demand
        fields.append(
            (
                "evidence",
                .object(
                    evidence.keys.sorted().map { key in
                        (
                            key,
                            .array(
                                evidence[key]!.map {
                                    .object([("paragraph", .int($0.paragraph)), ("text", .string($0.text))])
                                })
                        )
                    })
            ))
        fields.append(("confidence", confidenceJSON()))
        fields.append(("warnings", .array(self.warnings.map(JSONValue.string))))
        return .object(fields)
    }

    /// `{"date": {"level": "high", "basis": "..."}, ...}`, fields in name order.
    public func confidenceJSON() -> JSONValue {
        .object(self.confidence.keys.sorted().map { ($0, self.confidence[$0]!.json()) })
    }

    /// The fact fields shared by the per-article and the merged objects, in contract order.
    public func factFields() -> [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = [
            ("is_incident", .bool(self.isIncident)),
            ("title", .string(self.title)),
            ("summary", .string(self.summary)),
            ("date", .optional(self.date?.iso)),
            (
                "location",
                .object([
                    ("site", .optional(self.location.site)), ("city", .optional(self.location.city)),
                    ("region", .optional(self.location.region)), ("country", .optional(self.location.country)),
                ])
            ),
            (
                "perpetrators",
                .array(
                    self.perpetrators.map {
                        .object(
                            [
                                ("name", .string($0.name)), ("aliases", .array($0.aliases.map(JSONValue.string))),
                                ("role", .string($0.role)),
                            ] + ($0.attributedBy.map { [("attributed_by", .string($0))] } ?? []))
                    })
            ),
            ("killed", self.killed.map { $0.json() } ?? .null),
            ("injured", self.injured.map { $0.json() } ?? .null),
            (
                "attackers",
                .object([("count", .optional(self.attackers.count)), ("killed", .optional(self.attackers.killed))])
            ),
            (
                "weapons",
                .array(
                    self.weapons.map {
                        .object([("category", .string($0.category)), ("words", .array($0.words.map(JSONValue.string)))])
                    })
            ),
        ]
        fields += FactField.singleValued.map { ($0.field.rawValue, $0.value(in: self)?.json ?? .null) }
        fields.append(("history", .array(self.history.map { $0.json() })))
        if !self.editorFields.isEmpty {
            fields.append(("editor_fields", .array(self.editorFields.sorted().map(JSONValue.string))))
        }
        return fields
    }
}

extension Casualties {
    /// `{"best": 4, "min": 4, "max": 5, "stated": [4, 5]}` plus qualifier or approx when set.
    public func json() -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("best", .optional(best)), ("min", .optional(min)), ("max", .optional(max)),
            ("stated", .array(stated.map(JSONValue.int))),
        ]
        if let qualifier { fields.append(("qualifier", .string(qualifier))) }
        if let approx { fields.append(("approx", .string(approx))) }
        return .object(fields)
    }
}

extension RecalledAttack {
    /// `{"year": 2011, "place": "Karachi", "what": ..., "perpetrator": ..., "killed": 10}`.
    public func json(incident: String? = nil) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("year", .optional(year)), ("place", .optional(place)), ("what", .optional(what)),
            ("perpetrator", .optional(perpetrator)), ("killed", .optional(killed)),
        ]
        if let incident { fields.append(("incident", .string(incident))) }
        return .object(fields)
    }
}
