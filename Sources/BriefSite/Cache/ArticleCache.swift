import Foundation
import IncidentFacts
import SystemPackage

/// What loading learnt about each article file (its fingerprint, front matter and warnings),
/// so a rebuild neither reads nor parses a file that has not changed since. Entries are keyed
/// by the file's path and what the file system says about it: size, modification and change
/// times, inode. Any write changes the change time, which no tool can set back; a stamp is
/// recorded only once it is old enough that a later write cannot share its clock tick.
struct ArticleCache: Sendable {
    static let formatVersion = 5  // 5: same_incident and not_same_as kept; single-valued facts by table
    static let fileName = "articles.bin"

    /// An article as the loader left it, without its text.
    struct Entry: Sendable {
        let sourceHash: ContentHash
        let bodyLine: Int
        let frontMatter: FrontMatter
        let diagnostics: [Diagnostic]

        init(sourceHash: ContentHash, bodyLine: Int, frontMatter: FrontMatter, diagnostics: [Diagnostic]) {
            self.sourceHash = sourceHash
            self.bodyLine = bodyLine
            self.frontMatter = frontMatter
            self.diagnostics = diagnostics
        }

        init(_ article: Article, diagnostics: [Diagnostic]) {
            self.init(
                sourceHash: article.sourceHash, bodyLine: article.bodyLine, frontMatter: article.frontMatter,
                diagnostics: diagnostics)
        }
    }

    private let log: CacheLog

    static func load(folder: String) -> ArticleCache {
        ArticleCache(
            log: CacheLog(path: folder + "/" + fileName, version: formatVersion, identity: FactsCache.toolIdentity))
    }

    /// The key of the file at `path` as `info` describes it.
    static func key(display: String, info: Stat) -> ContentHash {
        var hash = ContentHash()
        hash.add(display)
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        for number in [
            Int(info.size), Int(modified.tv_sec), Int(modified.tv_nsec), Int(changed.tv_sec), Int(changed.tv_nsec),
            Int(info.inode.rawValue), Int(info.deviceID.rawValue),
        ] {
            hash.add(number)
        }
        return hash
    }

    /// True when the file was last written or changed long enough ago to be recorded.
    static func isSettled(_ info: Stat) -> Bool {
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        return FileStamp.isSettled(seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec))
            && FileStamp.isSettled(seconds: Int(changed.tv_sec), nanoseconds: Int(changed.tv_nsec))
    }

    /// True when no article is known (then looking files up first would only cost time).
    var isEmpty: Bool { log.isEmpty }

    /// True when an entry is stored under `key` (without reading it).
    func has(_ key: ContentHash) -> Bool { log.has(key) }

    func entry(for key: ContentHash) -> Entry? {
        guard var reader = log.reader(for: key) else { return nil }
        return try? Self.decode(&reader)
    }

    /// Records this build's articles (see `CacheLog.save`).
    func save(_ entries: [(key: ContentHash, entry: Entry)]) {
        log.save(entries.map { ($0.key, $0.entry) }, encode: Self.encode)
    }

    // Front-matter fields in the order they are stored, so encoding and decoding share it.
    private static var matterTexts: [WritableKeyPath<FrontMatter, String?>] {
        [\.title, \.headline, \.source, \.url, \.id, \.sameIncident]
    }
    private static var placeTexts: [WritableKeyPath<FactOverrides, String?>] { [\.site, \.city, \.region, \.country] }
    private static var figures: [WritableKeyPath<FactOverrides, Int?>] {
        [\.killed, \.injured, \.attackersCount, \.attackersKilled]
    }

    static func encode(_ entry: Entry) -> [UInt8] {
        var w = ByteWriter()
        w.hash(entry.sourceHash)
        w.int(entry.bodyLine)
        let m = entry.frontMatter, o = m.overrides
        // Most articles (plain text) have none: one byte says so.
        let isPlain = m == FrontMatter()
        w.bool(isPlain)
        if !isPlain { encode(m, o, into: &w) }
        w.array(entry.diagnostics) { w, d in
            w.bool(d.severity == .error)
            w.string(d.message)
            w.string(d.file)
            w.optional(d.line) { $0.int($1) }
            w.optional(d.column) { $0.int($1) }
        }
        return w.bytes
    }

    private static func encode(_ m: FrontMatter, _ o: FactOverrides, into w: inout ByteWriter) {
        for path in matterTexts { w.optional(m[keyPath: path]) { $0.string($1) } }
        w.optional(m.date) { $0.int($1.dayNumber) }
        w.optional(m.idLine) { $0.int($1) }
        w.array(m.notSameAs) { $0.string($1) }
        w.optional(m.mergeLine) { $0.int($1) }
        w.optional(o.isIncident) { $0.bool($1) }
        w.optional(o.incidentDate) { $0.int($1.dayNumber) }
        for path in placeTexts { w.optional(o[keyPath: path]) { $0.string($1) } }
        w.optional(o.perpetrators) { w, names in w.array(names) { $0.string($1) } }
        for path in figures { w.optional(o[keyPath: path]) { $0.int($1) } }
        for fact in FactField.singleValued {
            w.optional(o.values[fact.field]) { FactValueCoding.encode($1, into: &$0) }
        }
        w.optional(o.summary) { $0.string($1) }
        w.optional(o.reviewed) { w, names in w.array(names.sorted()) { $0.string($1) } }
    }

    static func decode(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> Entry {
        let sourceHash = try r.hash()
        let bodyLine = try r.int()
        let frontMatter = try r.bool() ? FrontMatter() : try decodeFrontMatter(&r)
        let diagnostics = try r.array { r throws(ByteReader.Corrupt) -> Diagnostic in
            let severity: Diagnostic.Severity = try r.bool() ? .error : .warning
            let message = try r.string()
            let file = try r.string()
            return Diagnostic(severity, message, file: file, line: try number(&r), column: try number(&r))
        }
        return Entry(sourceHash: sourceHash, bodyLine: bodyLine, frontMatter: frontMatter, diagnostics: diagnostics)
    }

    private static func decodeFrontMatter(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> FrontMatter {
        var m = FrontMatter()
        for path in matterTexts { m[keyPath: path] = try text(&r) }
        m.date = try number(&r).map { SimpleDate(dayNumber: $0) }
        m.idLine = try number(&r)
        m.notSameAs = try r.array { r throws(ByteReader.Corrupt) in try r.string() }
        m.mergeLine = try number(&r)
        var o = FactOverrides()
        o.isIncident = try flag(&r)
        o.incidentDate = try number(&r).map { SimpleDate(dayNumber: $0) }
        for path in placeTexts { o[keyPath: path] = try text(&r) }
        o.perpetrators = try r.optional { r throws(ByteReader.Corrupt) in
            try r.array { r throws(ByteReader.Corrupt) in try r.string() }
        }
        for path in figures { o[keyPath: path] = try number(&r) }
        for fact in FactField.singleValued { o.values[fact.field] = try FactValueCoding.decode(fact, &r) }
        o.summary = try text(&r)
        o.reviewed = try r.optional { r throws(ByteReader.Corrupt) in
            Set(try r.array { r throws(ByteReader.Corrupt) in try r.string() })
        }
        m.overrides = o
        return m
    }

    private static func text(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> String? {
        try r.optional { r throws(ByteReader.Corrupt) in try r.string() }
    }

    private static func number(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> Int? {
        try r.optional { r throws(ByteReader.Corrupt) in try r.int() }
    }

    private static func flag(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> Bool? {
        try r.optional { r throws(ByteReader.Corrupt) in try r.bool() }
    }
}
