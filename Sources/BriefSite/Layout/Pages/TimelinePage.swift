/// The timeline: incidents and recalled attacks by year, with deaths per year.
struct TimelinePage: FramedPage {
    var frame: PageFrame
    var years: [Year]
    var incidentCount: String
    var recalledCount: String
    var chartSVG: String

    static let fields: PageFields<Self> = [
        .field("years", \.years), .field("incidentCount", \.incidentCount), .field("recalledCount", \.recalledCount),
        .field("chartSVG", \.chartSVG),
    ]

    struct Year: PageModel {
        var year: String
        var entries: [Entry]

        static let fields: PageFields<Self> = [.field("year", \.year), .field("entries", \.entries)]
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
            .field("label", \.label), .field("link", \.link), .field("dateText", \.dateText),
            .field("killed", \.killed), .field("recalledBy", \.recalledBy),
        ]
    }

    /// An incident or article that recalls an entry.
    struct Referrer: PageModel {
        var label: String
        var link: String?

        static let fields: PageFields<Self> = [.field("label", \.label), .field("link", \.link)]
    }
}
