import IncidentFacts

/// One article read from `content/`; a class, so the many lists that hold it share it.
package final class Article: Sendable {
    /// Path as shown in diagnostics and in `sources[].file` (e.g. `content/2023-02-18-karachi.txt`).
    package let path: String
    /// The body text (front matter removed). Empty for an article a rebuild took from
    /// `.sitrep-cache` without reading it, and for every article once its facts are extracted
    /// (`withoutText`): its facts are known, so nothing reads its text.
    package let body: String
    /// 1-based line where the body starts in the file.
    package let bodyLine: Int
    /// Front matter of a `.md` article; empty for `.txt`.
    package let frontMatter: FrontMatter
    /// A fingerprint of the path and the file's bytes: everything the article's facts and its
    /// part of any page are made from, so caches can key on it without hashing facts.
    let sourceHash: ContentHash

    init(path: String, body: String, bodyLine: Int, frontMatter: FrontMatter, sourceHash: ContentHash? = nil) {
        self.path = path
        self.body = body
        self.bodyLine = bodyLine
        self.frontMatter = frontMatter
        self.sourceHash =
            sourceHash
            ?? {
                var hash = ContentHash()
                hash.add(path)
                hash.add(body)
                hash.add(String(describing: frontMatter))
                return hash
            }()
    }

    /// This article as a build keeps it once its facts are extracted: without its text, which
    /// at 100,000 articles is a few hundred MB.
    func withoutText() -> Article {
        Article(path: path, body: "", bodyLine: bodyLine, frontMatter: frontMatter, sourceHash: sourceHash)
    }

    /// The extraction input for this article.
    package var extractionInput: ArticleInput {
        ArticleInput(
            file: path, body: body, title: frontMatter.title, published: frontMatter.date,
            fileNameDate: Article.fileNameDate(path))
    }

    /// `2023-02-18` from `content/2023-02-18-karachi.txt`, as Hugo and Jekyll read dates.
    static func fileNameDate(_ path: String) -> SimpleDate? {
        let start = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path.utf8.index(after: $0) } ?? path.startIndex
        let name = path[start...]
        guard name.utf8.count >= 10 else { return nil }
        return SimpleDate(iso: name.prefix(10))
    }
}
