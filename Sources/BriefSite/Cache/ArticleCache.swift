import Foundation
import IncidentFacts

#if canImport(Glibc)
    import Glibc
#endif

/// What loading learnt about each article file (its fingerprint, front matter and warnings),
/// so a rebuild neither reads nor parses a file that has not changed since. Entries are keyed
/// by the file's path and what the file system says about it: size, modification and change
/// times, inode. Any write changes the change time, which no tool can set back; a stamp is
/// recorded only once it is old enough that a later write cannot share its clock tick.
struct ArticleCache: Sendable {
    static let formatVersion = 1
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
    static func key(display: String, info: stat) -> ContentHash {
        var hash = ContentHash()
        hash.add(display)
        for number in [
            Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_ctim.tv_sec),
            Int(info.st_ctim.tv_nsec), Int(info.st_ino), Int(info.st_dev),
        ] {
            hash.add(number)
        }
        return hash
    }

    /// True when the file was last written or changed long enough ago to be recorded.
    static func isSettled(_ info: stat) -> Bool {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let changed = max(
            Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9,
            Double(info.st_ctim.tv_sec) + Double(info.st_ctim.tv_nsec) / 1e9)
        let coarse = info.st_mtim.tv_nsec == 0 && info.st_ctim.tv_nsec == 0
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9 - changed > (coarse ? 2.0 : 0.1)
    }

    func entry(for key: ContentHash) -> Entry? {
        guard var reader = log.reader(for: key) else { return nil }
        return try? Self.decode(&reader)
    }

    /// Records this build's articles (see `CacheLog.save`).
    func save(_ entries: [(key: ContentHash, entry: Entry)]) {
        var byKey: [ContentHash: Entry] = [:]
        var live: [ContentHash] = []
        for (key, entry) in entries where byKey[key] == nil {
            byKey[key] = entry
            live.append(key)
        }
        log.save(live: live) { Self.encode(byKey[$0]!) }
    }

    static func encode(_ entry: Entry) -> [UInt8] {
        var w = ByteWriter()
        w.hash(entry.sourceHash)
        w.int(entry.bodyLine)
        let m = entry.frontMatter
        for text in [m.title, m.source, m.url, m.id] { w.optional(text) { $0.string($1) } }
        w.optional(m.date) { $0.int($1.dayNumber) }
        w.optional(m.idLine) { $0.int($1) }
        let o = m.overrides
        w.optional(o.isIncident) { $0.bool($1) }
        w.optional(o.incidentDate) { $0.int($1.dayNumber) }
        for text in [o.site, o.city, o.region, o.country] { w.optional(text) { $0.string($1) } }
        w.optional(o.perpetrators) { w, names in w.array(names) { $0.string($1) } }
        for number in [o.killed, o.injured, o.attackersCount, o.attackersKilled] { w.optional(number) { $0.int($1) } }
        for text in [o.attackType, o.targetType] { w.optional(text) { $0.string($1) } }
        w.optional(o.suicide) { $0.bool($1) }
        for text in [o.claimedBy, o.duration, o.summary] { w.optional(text) { $0.string($1) } }
        w.array(entry.diagnostics) { w, d in
            w.bool(d.severity == .error)
            w.string(d.message)
            w.string(d.file)
            w.optional(d.line) { $0.int($1) }
            w.optional(d.column) { $0.int($1) }
        }
        return w.bytes
    }

    static func decode(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> Entry {
        let sourceHash = try r.hash()
        let bodyLine = try r.int()
        var m = FrontMatter()
        func text(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> String? {
            try r.optional { r throws(ByteReader.Corrupt) in try r.string() }
        }
        func number(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> Int? {
            try r.optional { r throws(ByteReader.Corrupt) in try r.int() }
        }
        func day(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> SimpleDate? {
            try number(&r).map { SimpleDate(dayNumber: $0) }
        }
        func flag(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> Bool? {
            try r.optional { r throws(ByteReader.Corrupt) in try r.bool() }
        }
        m.title = try text(&r)
        m.source = try text(&r)
        m.url = try text(&r)
        m.id = try text(&r)
        m.date = try day(&r)
        m.idLine = try number(&r)
        m.overrides.isIncident = try flag(&r)
        m.overrides.incidentDate = try day(&r)
        m.overrides.site = try text(&r)
        m.overrides.city = try text(&r)
        m.overrides.region = try text(&r)
        m.overrides.country = try text(&r)
        m.overrides.perpetrators = try r.optional { r throws(ByteReader.Corrupt) in
            try r.array { r throws(ByteReader.Corrupt) in try r.string() }
        }
        m.overrides.killed = try number(&r)
        m.overrides.injured = try number(&r)
        m.overrides.attackersCount = try number(&r)
        m.overrides.attackersKilled = try number(&r)
        m.overrides.attackType = try text(&r)
        m.overrides.targetType = try text(&r)
        m.overrides.suicide = try flag(&r)
        m.overrides.claimedBy = try text(&r)
        m.overrides.duration = try text(&r)
        m.overrides.summary = try text(&r)
        let diagnostics = try r.array { r throws(ByteReader.Corrupt) -> Diagnostic in
            let severity: Diagnostic.Severity = try r.bool() ? .error : .warning
            let message = try r.string()
            let file = try r.string()
            return Diagnostic(severity, message, file: file, line: try number(&r), column: try number(&r))
        }
        return Entry(sourceHash: sourceHash, bodyLine: bodyLine, frontMatter: m, diagnostics: diagnostics)
    }
}
