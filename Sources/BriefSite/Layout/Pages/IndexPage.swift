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
        .field("incidentCount", \.incidentCount), .field("incidents", \.incidents), .field("countries", \.countries),
        .field("groupNames", \.groupNames), .field("years", \.years), .field("types", \.types),
        .field("nonIncidents", \.nonIncidents), .field("pageNumber", \.pageNumber), .field("pageCount", \.pageCount),
        .field("pages", \.pages), .field("previous", \.previous), .field("next", \.next),
    ]

    /// A link to one page of the index.
    struct PageLink: PageModel {
        var number: String
        var link: String
        var current: Bool

        static let fields: PageFields<Self> = [
            .field("number", \.number), .field("link", \.link), .field("current", \.current),
        ]
    }
}
