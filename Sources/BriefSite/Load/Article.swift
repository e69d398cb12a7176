import IncidentFacts

/// One article read from `content/`.
public struct Article: Sendable {
    /// Path as shown in diagnostics and in `sources[].file` (e.g. `content/2023-02-18-karachi.txt`).
    public let path: String
    /// The body text (front matter removed).
    public let body: String
    /// 1-based line where the body starts in the file.
    public let bodyLine: Int
    /// Front matter of a `.md` article; empty for `.txt`.
    public let frontMatter: FrontMatter

    /// The extraction input for this article.
    public var extractionInput: ArticleInput {
        ArticleInput(
            file: path, body: body, title: frontMatter.title, published: frontMatter.date,
            fileNameDate: Article.fileNameDate(path))
    }

    /// `2023-02-18` from `content/2023-02-18-karachi.txt`, as Hugo and Jekyll read dates.
    static func fileNameDate(_ path: String) -> SimpleDate? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name.count >= 10 else { return nil }
        return SimpleDate(iso: name.prefix(10))
    }
}
