import Foundation
import IncidentFacts
import SystemPackage

/// Reads the articles of a content folder, turning every problem into a diagnostic.
package enum ContentLoader {
    /// Articles larger than this are refused without being read whole (10 MB).
    package static let maximumArticleBytes = 10 * 1024 * 1024

    /// Why a file of `size` bytes is refused (exact where the size is close to the limit).
    package static func tooLarge(_ size: Int) -> String {
        let megabytes = Double(size) / 1_048_576
        let shown = megabytes < 10.05 ? "\(size) bytes" : String(format: "%.1f MB", megabytes)
        return "file is \(shown); articles larger than 10 MB (\(maximumArticleBytes) bytes) are refused"
    }

    /// Loads every `.txt` and `.md` file under `folder`, sorted by path.
    /// `displayPrefix` is how the folder is named in paths shown to the user.
    package static func load(folder: String, displayPrefix: String) -> (articles: [Article], diagnostics: [Diagnostic])
    {
        let loaded = load(folder: folder, displayPrefix: displayPrefix, known: nil)
        return (loaded.articles, loaded.diagnostics)
    }

    /// What earlier builds learnt, for `load(folder:displayPrefix:known:)`.
    struct Known: Sendable {
        let articles: ArticleCache
        /// Read on another thread while the folder is walked and its files looked up, which
        /// need only `articles`.
        let readingFacts: BackgroundValue<FactsCache>
        var facts: FactsCache { readingFacts.value }
    }

    /// The articles of a folder; with `known`, a file unchanged since an earlier build whose
    /// facts are cached is not read: it comes back without its text, with its facts in
    /// `knownFacts` (by article). `learnt` is what to record for the next build. `willRead` is
    /// called, from any thread, as soon as a file is found that must be read.
    static func load(
        folder: String, displayPrefix: String, known: Known?, willRead: (@Sendable () -> Void)? = nil
    ) -> (
        articles: [Article], diagnostics: [Diagnostic], knownFacts: [FactSheet?],
        learnt: [(key: ContentHash, entry: ArticleCache.Entry)]
    ) {
        var diagnostics: [Diagnostic] = []
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return ([], [.error("content folder not found", file: displayPrefix)], [], [])
        }
        let walk = FolderWalk(folder: folder, displayPrefix: displayPrefix) {
            $0.hasSuffix(".txt") || $0.hasSuffix(".md")
        }
        diagnostics += walk.diagnostics
        for other in walk.others where looksLikeArticle(other) {
            diagnostics.append(
                .warning(
                    "not read: articles are files whose names end in '.txt' or '.md'", file: displayPrefix + "/" + other
                ))
        }
        let paths = walk.paths.sorted()
        // Every file is looked up first (a stat each), so that when one must be read `willRead`
        // is called as soon as it is found, before any cached article is decoded.
        let storedKeys = ParallelMap.map(paths) { relative -> ContentHash? in
            let key = known.flatMap {
                storedKey(folder + "/" + relative, display: displayPrefix + "/" + relative, in: $0.articles)
            }
            if key == nil { willRead?() }
            return key
        }
        let results = ParallelMap.map(Array(zip(paths, storedKeys))) { relative, storedKey in
            loadArticle(
                folder + "/" + relative, display: displayPrefix + "/" + relative, known: known, storedKey: storedKey,
                willRead: willRead)
        }
        var articles: [Article] = [], knownFacts: [FactSheet?] = []
        var learnt: [(key: ContentHash, entry: ArticleCache.Entry)] = []
        for result in results {
            if let article = result.article {
                articles.append(article)
                knownFacts.append(result.facts)
                if let key = result.recordKey {
                    learnt.append((key, ArticleCache.Entry(article, diagnostics: result.diagnostics)))
                }
            }
            diagnostics += result.diagnostics
        }
        return (articles, diagnostics, knownFacts, learnt)
    }

    /// The key under which `articles` knows the regular file at `full` as it is now, if it does.
    private static func storedKey(_ full: String, display: String, in articles: ArticleCache) -> ContentHash? {
        guard !articles.isEmpty else { return nil }
        guard let info = try? full.withCString({ try Stat($0) }), info.type == .regular else { return nil }
        let key = ArticleCache.key(display: display, info: info)
        return articles.has(key) ? key : nil
    }

    /// One article: from `known` when its file is unchanged (stored under `storedKey`), else
    /// read. `recordKey` is set when what was learnt may be recorded under the file's stamp.
    private static func loadArticle(
        _ full: String, display: String, known: Known?, storedKey: ContentHash?, willRead: (@Sendable () -> Void)?
    ) -> (
        article: Article?, diagnostics: [Diagnostic], facts: FactSheet?, recordKey: ContentHash?
    ) {
        if let known, let storedKey, let entry = known.articles.entry(for: storedKey),
            let facts = known.facts.facts(for: entry.sourceHash)
        {
            let article = Article(
                path: display, body: "", bodyLine: entry.bodyLine, frontMatter: entry.frontMatter,
                sourceHash: entry.sourceHash)
            return (article, entry.diagnostics, facts, storedKey)
        }
        willRead?()
        let (article, diagnostics, info) = readFile(full, display: display)
        guard known != nil, let info, ArticleCache.isSettled(info) else { return (article, diagnostics, nil, nil) }
        return (article, diagnostics, nil, ArticleCache.key(display: display, info: info))
    }

    /// Reads and checks one article file.
    package static func readArticle(_ full: String, display: String) -> (Article?, [Diagnostic]) {
        let (article, diagnostics, _) = readFile(full, display: display)
        return (article, diagnostics)
    }

    /// `readArticle`, with what the file system said about the file it read.
    private static func readFile(_ full: String, display: String) -> (Article?, [Diagnostic], Stat?) {
        // Calls on one descriptor: FileManager's attribute dictionaries and FileHandle, or
        // looking the path up twice, cost more than the reading itself over thousands of
        // articles. Non-blocking, so a named pipe called `x.txt` cannot hang the build.
        let file: FileDescriptor
        do {
            file = try FileDescriptor.open(atPath: full, .readOnly, options: .nonBlocking)
        } catch {
            let problem =
                error as? Errno == .noSuchFileOrDirectory ? "no such file" : "cannot read file (permission denied?)"
            return (nil, [.error(problem, file: display)], nil)
        }
        defer { try? file.close() }
        guard let info = try? file.stat() else {
            return (nil, [.error("cannot read file (permission denied?)", file: display)], nil)
        }
        switch info.type {
        case .directory: return (nil, [.error("is a folder, not an article file", file: display)], info)
        case .regular: break
        default: return (nil, [.error("is not a regular file", file: display)], info)
        }
        let size = Int(info.size)
        if size > maximumArticleBytes { return (nil, [.error(tooLarge(size), file: display)], info) }
        guard let bytes = try? FileSystem.read(file, expectedSize: size, limit: maximumArticleBytes) else {
            return (nil, [.error("cannot read file (permission denied?)", file: display)], info)
        }
        let (article, diagnostics) = parseArticle(bytes: bytes, display: display, isMarkdown: full.hasSuffix(".md"))
        return (article, diagnostics, info)
    }

    /// Checks and splits the bytes of one article (front matter for Markdown). Never traps,
    /// whatever the bytes: every problem is a diagnostic.
    package static func parseArticle(bytes: [UInt8], display: String, isMarkdown: Bool) -> (Article?, [Diagnostic]) {
        if bytes.isEmpty { return (nil, [.error("file is empty", file: display, line: 1)]) }
        var sourceHash = ContentHash()
        sourceHash.add(display)
        bytes.withUnsafeBytes { sourceHash.add(buffer: $0) }
        if looksUTF16(bytes) {
            return (nil, [.error("file is UTF-16 text; save it as UTF-8", file: display, line: 1)])
        }
        let hasNUL = bytes.withUnsafeBytes { memchr($0.baseAddress!, 0, min($0.count, 8192)) != nil }
        if hasNUL {
            return (nil, [.error("file looks binary (contains NUL bytes), not a text article", file: display, line: 1)])
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            let line = firstInvalidUTF8Line(bytes)
            return (nil, [.error("file is not valid UTF-8", file: display, line: line, column: 1)])
        }
        var text = decoded
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let hasCarriageReturn = bytes.withUnsafeBytes { memchr($0.baseAddress!, 13, $0.count) != nil }
        if hasCarriageReturn {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        var diagnostics: [Diagnostic] = []
        if isMarkdown {
            let (matter, body, bodyLine, problems) = FrontMatterParser.parse(text, path: display)
            diagnostics += problems
            if problems.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
            if isBlank(body) {
                return (
                    nil,
                    diagnostics + [.error("article has no text after the front matter", file: display, line: bodyLine)]
                )
            }
            return (
                Article(path: display, body: body, bodyLine: bodyLine, frontMatter: matter, sourceHash: sourceHash),
                diagnostics
            )
        }
        if isBlank(text) { return (nil, [.error("file has no text", file: display, line: 1)]) }
        let (matter, problem) = plainTextHeader(text, display: display)
        if let problem { return (nil, [problem]) }
        return (
            Article(path: display, body: text, bodyLine: 1, frontMatter: matter, sourceHash: sourceHash),
            diagnostics
        )
    }

    /// What the header lines of a `.txt` article say about it (` date ` is read again by the
    /// extractor, which also reads such files on its own): the outlet from a `source:` line, or
    /// else from the dateline's agency ("(Reuters)"), and the link from a `url:` line.
    static func plainTextHeader(_ text: String, display: String) -> (FrontMatter, Diagnostic?) {
        let (header, body) = ArticleHeader.read(text)
        if let (problem, line) = header.badDate {
            return (FrontMatter(), .error(problem, file: display, line: line, column: 2))
        }
        var matter = FrontMatter()
        matter.source = header.source ?? Dateline.agency(in: body)
        if let url = header.url {
            guard let safe = WebAddress.normalized(url) else {
                let problem = "'url:' must be a web address starting with http:// or https://, without spaces"
                return (FrontMatter(), .error(problem, file: display, line: header.urlLine, column: 1))
            }
            matter.url = safe
        }
        return (matter, nil)
    }

    /// "NOTES.TXT", "story.markdown": an article under another spelling.
    static func looksLikeArticle(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return ["txt", "md", "markdown", "text"].contains(path[path.index(after: dot)...].lowercased())
    }

    /// A UTF-16 byte-order mark, or ASCII text with a zero byte beside every letter.
    static func looksUTF16(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(64)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return true }
        guard head.count >= 8 else { return false }
        let even = stride(from: 0, to: head.count - 1, by: 2).map { head[$0] }
        let odd = stride(from: 1, to: head.count, by: 2).map { head[$0] }
        func text(_ half: [UInt8]) -> Bool {
            half.allSatisfy { $0 == 9 || $0 == 10 || $0 == 13 || (32..<127).contains($0) }
        }
        return (odd.allSatisfy { $0 == 0 } && text(even)) || (even.allSatisfy { $0 == 0 } && text(odd))
    }

    /// True when the text is only whitespace; one plain ASCII letter or digit settles it.
    static func isBlank(_ text: String) -> Bool {
        if text.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return false }
        return text.trimmingSpaces().isEmpty
    }

    /// The line of the first byte sequence that is not UTF-8.
    static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1
        var lineStart = 0
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            if String(bytes: bytes[lineStart..<offset], encoding: .utf8) == nil { return line }
            line += 1
            lineStart = offset + 1
        }
        return line
    }
}
