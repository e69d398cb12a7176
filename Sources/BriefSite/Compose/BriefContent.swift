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
        .field("headline") { $0.headline }, .field("summary") { $0.summary }, .field("facts") { $0.facts },
        .field("evidence") { $0.evidence }, .field("happened") { $0.happened }, .field("casualties") { $0.casualties },
        .field("evolution") { $0.evolution }, .field("responsibility") { $0.responsibility },
        .field("history") { $0.history },
        .field("sources") { $0.sources }, .field("laterCoverage") { $0.laterCoverage },
        .field("warnings") { $0.warnings },
        .field("page") { $0.page },
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
            .field("label") { $0.label }, .field("value") { $0.value }, .field("refs") { $0.refs },
            .field("refText") { $0.refText },
            .field("quotes") { $0.quotes }, .field("editor") { $0.editor }, .field("review") { $0.review },
        ]

        struct Quote: PageModel {
            /// The sentence as HTML, the stating words in `<mark>`.
            var html: String
            var `where`: String

            static let fields: PageFields<Self> = [.field("html") { $0.html }, .field("where") { $0.where }]
        }
    }

    struct EvidenceItem: PageModel {
        var quote: String
        var facts: String
        var `where`: String

        static let fields: PageFields<Self> = [
            .field("quote") { $0.quote }, .field("facts") { $0.facts }, .field("where") { $0.where },
        ]
    }

    struct EvolutionRow: PageModel {
        var date: String
        var source: String
        var ref: String
        var killed: String
        var injured: String

        static let fields: PageFields<Self> = [
            .field("date") { $0.date }, .field("source") { $0.source }, .field("ref") { $0.ref },
            .field("killed") { $0.killed },
            .field("injured") { $0.injured },
        ]
    }

    /// Who is responsible, on whose word, with the sentence that says so.
    struct Responsibility: PageModel {
        var text: String
        var aliases: String?
        var quote: String?

        static let fields: PageFields<Self> = [
            .field("text") { $0.text }, .field("aliases") { $0.aliases }, .field("quote") { $0.quote },
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
            .field("label") { $0.label }, .field("year") { $0.year }, .field("killed") { $0.killed },
            .field("perpetrator") { $0.perpetrator }, .field("link") { $0.link },
        ]
    }

    /// A report in the source list, with what it said of the toll.
    struct SourceItem: PageModel {
        var citation: Citation
        var number: String
        var reported: String

        static let fields: PageFields<Self> = [
            .field("title") { $0.citation.title }, .field("url") { $0.citation.url },
            .field("outlet") { $0.citation.outlet },
            .field("published") { $0.citation.published }, .field("number") { $0.number },
            .field("reported") { $0.reported },
        ]
    }
}
