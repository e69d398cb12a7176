/// What `brief.md.mustache` shows of an incident (see `BriefComposer.content`). With `page`
/// set the template gives only the part below the facts table, which the HTML page takes.
struct BriefContent: PageModel {
    var headline: String
    var summary: String
    /// The facts table.
    var facts: [FactItem]
    /// Where the facts came from: each sentence once, with the facts it gives.
    var evidence: [EvidenceItem]
    /// What happened, a sentence each.
    var happened: [String]
    var casualties: [String]
    /// How the figures evolved, a row per report (when there are several).
    var evolution: [EvolutionRow]
    var responsibility: [Responsibility]
    var history: [RecalledItem]
    var sources: [SourceItem]
    var laterCoverage: [Citation]
    /// Notes for the editor, in the editor's view only.
    var warnings: [String]
    var page = false

    static let fields: PageFields<Self> = [
        .field("headline", \.headline), .field("summary", \.summary), .field("facts", \.facts),
        .field("evidence", \.evidence), .field("happened", \.happened), .field("casualties", \.casualties),
        .field("evolution", \.evolution), .field("responsibility", \.responsibility), .field("history", \.history),
        .field("sources", \.sources), .field("laterCoverage", \.laterCoverage), .field("warnings", \.warnings),
        .field("page", \.page),
    ]

    /// A row of the facts table: its value, the reports citing it (`refs` for the page,
    /// `refText` "[1][3]" for Markdown) and its quotes with the stating words marked.
    struct FactItem: PageModel {
        var label: String
        var value: String
        var refs: [String]
        var refText: String
        var quotes: [Quote]
        /// "set by the editor" or "editor's figure".
        var editor: String?
        /// Why the fact needs review.
        var review: String?

        static let fields: PageFields<Self> = [
            .field("label", \.label), .field("value", \.value), .field("refs", \.refs), .field("refText", \.refText),
            .field("quotes", \.quotes), .field("editor", \.editor), .field("review", \.review),
        ]

        struct Quote: PageModel {
            /// The sentence as HTML, the stating words in `<mark>`.
            var html: String
            var `where`: String

            static let fields: PageFields<Self> = [.field("html", \.html), .field("where", \.where)]
        }
    }

    struct EvidenceItem: PageModel {
        var quote: String
        var facts: String
        var `where`: String

        static let fields: PageFields<Self> = [
            .field("quote", \.quote), .field("facts", \.facts), .field("where", \.where),
        ]
    }

    struct EvolutionRow: PageModel {
        var date: String
        var source: String
        var ref: String
        var killed: String
        var injured: String

        static let fields: PageFields<Self> = [
            .field("date", \.date), .field("source", \.source), .field("ref", \.ref), .field("killed", \.killed),
            .field("injured", \.injured),
        ]
    }

    /// Who is responsible, on whose word, with the sentence that says so.
    struct Responsibility: PageModel {
        var text: String
        var aliases: String?
        var quote: String?

        static let fields: PageFields<Self> = [
            .field("text", \.text), .field("aliases", \.aliases), .field("quote", \.quote),
        ]
    }

    /// An earlier attack the reports recall, linked to its brief when the archive has one.
    struct RecalledItem: PageModel {
        var label: String
        var year: String?
        var killed: String?
        var perpetrator: String?
        var link: String?

        static let fields: PageFields<Self> = [
            .field("label", \.label), .field("year", \.year), .field("killed", \.killed),
            .field("perpetrator", \.perpetrator), .field("link", \.link),
        ]
    }

    /// A report in the source list, with what it said of the toll.
    struct SourceItem: PageModel {
        var citation: Citation
        var number: String
        var reported: String

        static let fields: PageFields<Self> = [
            .field("title", \.citation.title), .field("url", \.citation.url), .field("outlet", \.citation.outlet),
            .field("published", \.citation.published), .field("number", \.number), .field("reported", \.reported),
        ]
    }
}
