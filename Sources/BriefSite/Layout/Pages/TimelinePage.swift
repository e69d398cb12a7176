/// The timeline: incidents and recalled attacks by year, with deaths per year.
struct TimelinePage: FramedPage {
    var frame: PageFrame
    var years: [Year]
    var incidentCount: String
    var recalledCount: String
    var chartSVG: String

    static let fields: PageFields<Self> = [
        .field("years") { $0.years }, .field("incidentCount") { $0.incidentCount },
        .field("recalledCount") { $0.recalledCount },
        .field("chartSVG") { $0.chartSVG },
    ]

    struct Year: PageModel {
        var year: String
        var entries: [Entry]

        static let fields: PageFields<Self> = [.field("year") { $0.year }, .field("entries") { $0.entries }]
    }

    /// An incident of the archive (with its brief), or an attack only recalled.
    struct Entry: PageModel {
        var label: String
        var link: String?
        var dateText: String?
        /// The toll with its hedge ("at least 26"), or as recalled.
        var killed: String?
        var recalledBy: [Referrer]

        static let fields: PageFields<Self> = [
            .field("label") { $0.label }, .field("link") { $0.link }, .field("dateText") { $0.dateText },
            .field("killed") { $0.killed }, .field("recalledBy") { $0.recalledBy },
        ]
    }

    /// An incident or article that recalls an entry.
    struct Referrer: PageModel {
        var label: String
        var link: String?

        static let fields: PageFields<Self> = [.field("label") { $0.label }, .field("link") { $0.link }]
    }
}
