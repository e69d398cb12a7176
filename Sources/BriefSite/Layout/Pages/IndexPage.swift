/// A page of the index: incidents as rows, with the filters' choices over the whole archive.
struct IndexPage: FramedPage {
    var frame: PageFrame
    var incidentCount: String
    var incidents: [IncidentRow]
    var countries: [String]
    var groupNames: [String]
    var years: [String]
    var types: [String]
    /// Articles that are not incident reports, on the first page only.
    var nonIncidents: [Citation]
    /// Page numbers and links, when the index has more than one page.
    var pageNumber: String?
    var pageCount: String?
    var pages: [PageLink]?
    var previous: String?
    var next: String?

    static let fields: PageFields<Self> = [
        .field("incidentCount") { $0.incidentCount }, .field("incidents") { $0.incidents },
        .field("countries") { $0.countries },
        .field("groupNames") { $0.groupNames }, .field("years") { $0.years }, .field("types") { $0.types },
        .field("nonIncidents") { $0.nonIncidents }, .field("pageNumber") { $0.pageNumber },
        .field("pageCount") { $0.pageCount },
        .field("pages") { $0.pages }, .field("previous") { $0.previous }, .field("next") { $0.next },
    ]

    /// A link to one page of the index.
    struct PageLink: PageModel {
        var number: String
        var link: String
        var current: Bool

        static let fields: PageFields<Self> = [
            .field("number") { $0.number }, .field("link") { $0.link }, .field("current") { $0.current },
        ]
    }
}
