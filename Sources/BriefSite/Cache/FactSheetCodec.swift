import IncidentFacts

/// `FactSheet` to bytes and back, for the facts cache. Every field is written in a fixed order,
/// the single-valued facts in the order of `FactField.singleValued`. A cache is read only by the
/// binary that wrote it (`FactsCache.toolIdentity`), so a new fact needs no version change.
enum FactSheetCodec {
    static func encode(_ f: FactSheet) -> [UInt8] {
        var w = ByteWriter()
        w.string(f.file)
        w.optional(f.published) { $0.int($1.dayNumber) }
        w.bool(f.isIncident)
        w.string(f.title)
        w.string(f.summary)
        w.optional(f.date) { $0.int($1.dayNumber) }
        for part in [f.location.site, f.location.city, f.location.region, f.location.country] {
            w.optional(part) { $0.string($1) }
        }
        w.array(f.perpetrators) { w, p in
            w.string(p.name)
            w.array(p.aliases) { $0.string($1) }
            w.string(p.role)
            w.optional(p.attributedBy) { $0.string($1) }
        }
        for casualties in [f.killed, f.injured] {
            w.optional(casualties) { w, c in
                w.optional(c.best) { $0.int($1) }
                w.array(c.stated) { $0.int($1) }
                w.optional(c.qualifier) { $0.string($1) }
                w.optional(c.approx) { $0.string($1) }
            }
        }
        w.optional(f.attackers.count) { $0.int($1) }
        w.optional(f.attackers.killed) { $0.int($1) }
        w.array(f.weapons) { w, weapon in
            w.string(weapon.category)
            w.array(weapon.words) { $0.string($1) }
        }
        for fact in FactField.singleValued { w.optional(fact.value(in: f)) { FactValueCoding.encode($1, into: &$0) } }
        w.array(f.history) { w, h in
            w.optional(h.year) { $0.int($1) }
            w.optional(h.place) { $0.string($1) }
            w.optional(h.what) { $0.string($1) }
            w.optional(h.perpetrator) { $0.string($1) }
            w.optional(h.killed) { $0.int($1) }
            w.optional(h.evidence) { encode($1, into: &$0) }
            w.optional(h.day) { $0.int($1.dayNumber) }
        }
        w.array(f.evidence.keys.sorted()) { w, key in
            w.string(key)
            w.array(f.evidence[key]!) { encode($1, into: &$0) }
        }
        w.array(f.warnings) { $0.string($1) }
        w.array(f.confidence.keys.sorted()) { w, key in
            w.string(key)
            w.string(f.confidence[key]!.level.rawValue)
            w.string(f.confidence[key]!.basis)
        }
        w.array(f.editorFields.sorted()) { $0.string($1) }
        return w.bytes
    }

    private static func encode(_ e: Evidence, into w: inout ByteWriter) {
        w.int(e.paragraph)
        w.string(e.text)
    }

    /// With `deferringEvidence`, the evidence is passed over and read when first asked for
    /// (see `FactSheet.deferEvidence`).
    static func decode(_ r: inout ByteReader, deferringEvidence: Bool = false) throws(ByteReader.Corrupt)
        -> FactSheet
    {
        var f = FactSheet(file: try r.string())
        f.published = try r.optional { r throws(ByteReader.Corrupt) in SimpleDate(dayNumber: try r.int()) }
        f.isIncident = try r.bool()
        f.title = try r.string()
        f.summary = try r.string()
        f.date = try r.optional { r throws(ByteReader.Corrupt) in SimpleDate(dayNumber: try r.int()) }
        f.location.site = try optionalString(&r)
        f.location.city = try optionalString(&r)
        f.location.region = try optionalString(&r)
        f.location.country = try optionalString(&r)
        f.perpetrators = try r.array { r throws(ByteReader.Corrupt) in
            Perpetrator(
                name: try r.string(), aliases: try r.array { r throws(ByteReader.Corrupt) in try r.string() },
                role: try r.string(), attributedBy: try optionalString(&r))
        }
        f.killed = try r.optional(casualties)
        f.injured = try r.optional(casualties)
        f.attackers = Attackers(count: try optionalInt(&r), killed: try optionalInt(&r))
        f.weapons = try r.array { r throws(ByteReader.Corrupt) in
            Weapon(category: try r.string(), words: try r.array { r throws(ByteReader.Corrupt) in try r.string() })
        }
        for fact in FactField.singleValued { fact.set(try FactValueCoding.decode(fact, &r), in: &f) }
        f.history = try r.array { r throws(ByteReader.Corrupt) in
            RecalledAttack(
                year: try optionalInt(&r), place: try optionalString(&r), what: try optionalString(&r),
                perpetrator: try optionalString(&r), killed: try optionalInt(&r), evidence: try r.optional(evidence),
                day: try r.optional { r throws(ByteReader.Corrupt) in SimpleDate(dayNumber: try r.int()) })
        }
        if deferringEvidence {
            let start = r
            try skipEvidence(&r)
            f.deferEvidence {
                var reader = start
                return (try? evidenceByField(&reader)) ?? [:]
            }
        } else {
            f.evidence = try evidenceByField(&r)
        }
        f.warnings = try r.array { r throws(ByteReader.Corrupt) in try r.string() }
        for _ in 0..<(try r.count()) {
            let key = try r.string()
            guard let level = FactConfidence.Level(rawValue: try r.string()) else { throw ByteReader.Corrupt() }
            f.confidence[key] = FactConfidence(level, try r.string())
        }
        f.editorFields = Set(try r.array { r throws(ByteReader.Corrupt) in try r.string() })
        return f
    }

    private static func evidenceByField(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> [String: [Evidence]] {
        var byField: [String: [Evidence]] = [:]
        for _ in 0..<(try r.count()) {
            let key = try r.string()
            byField[key] = try r.array(evidence)
        }
        return byField
    }

    private static func skipEvidence(_ r: inout ByteReader) throws(ByteReader.Corrupt) {
        for _ in 0..<(try r.count()) {
            try r.skipString()
            for _ in 0..<(try r.count()) {
                _ = try r.int()
                try r.skipString()
            }
        }
    }

    private static func casualties(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> Casualties {
        Casualties(
            best: try optionalInt(&r), stated: try r.array { r throws(ByteReader.Corrupt) in try r.int() },
            qualifier: try optionalString(&r), approx: try optionalString(&r))
    }

    private static func evidence(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> Evidence {
        Evidence(paragraph: try r.int(), text: try r.string())
    }

    private static func optionalString(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> String? {
        try r.optional { r throws(ByteReader.Corrupt) in try r.string() }
    }

    private static func optionalInt(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> Int? {
        try r.optional { r throws(ByteReader.Corrupt) in try r.int() }
    }
}
