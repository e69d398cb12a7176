/// The page of one group: its attacks, totals and chart.
struct GroupPage: FramedPage {
    var frame: PageFrame
    var name: String
    var aliasesText: String?
    /// Incidents, and the deaths and injuries of those claimed or ascribed, with their hedges.
    var count: String
    var killed: String
    var injured: String
    var first: String
    var last: String
    var chartSVG: String
    var pageFeedAtom = "feed.xml"
    var pageFeedJSON = "feed.json"
    /// Attacks it claimed or a report ascribes to it.
    var incidents: [IncidentRow]
    /// Attacks it is only accused or suspected of, when there are any.
    var accused: AccusedIncidents?
    var claimedCount: String
    var accusedCount: String

    static let fields: PageFields<Self> = [
        .field("name", \.name), .field("aliasesText", \.aliasesText), .field("count", \.count),
        .field("killed", \.killed), .field("injured", \.injured), .field("first", \.first), .field("last", \.last),
        .field("chartSVG", \.chartSVG), .field("pageFeedAtom", \.pageFeedAtom),
        .field("pageFeedJSON", \.pageFeedJSON), .field("incidents", \.incidents), .field("accused", \.accused),
        .field("claimedCount", \.claimedCount), .field("accusedCount", \.accusedCount),
    ]

    struct AccusedIncidents: PageModel {
        var incidents: [IncidentRow]

        static let fields: PageFields<Self> = [.field("incidents", \.incidents)]
    }
}

/// The page of one country or city.
struct PlacePage: FramedPage {
    var frame: PageFrame
    var name: String
    var pageFeedAtom = "feed.xml"
    var pageFeedJSON = "feed.json"
    /// The country of a city, with its page.
    var country: String?
    var countryLink: String?
    var count: String
    var killed: String
    var injured: String
    var incidents: [IncidentRow]

    static let fields: PageFields<Self> = [
        .field("name", \.name), .field("pageFeedAtom", \.pageFeedAtom), .field("pageFeedJSON", \.pageFeedJSON),
        .field("country", \.country), .field("countryLink", \.countryLink), .field("count", \.count),
        .field("killed", \.killed), .field("injured", \.injured), .field("incidents", \.incidents),
    ]
}

/// Every group, with its count of attacks and deaths.
struct GroupsPage: FramedPage {
    var frame: PageFrame
    var groups: [Item]

    static let fields: PageFields<Self> = [.field("groups", \.groups)]

    struct Item: PageModel {
        var name: String
        var link: String
        /// Attacks claimed or ascribed, and their deaths.
        var count: String
        var killed: String
        /// Attacks it is only accused of, when there are any.
        var accused: String?

        static let fields: PageFields<Self> = [
            .field("name", \.name), .field("link", \.link), .field("count", \.count), .field("killed", \.killed),
            .field("accused", \.accused),
        ]
    }
}

/// Every country and city, with its count of incidents.
struct PlacesPage: FramedPage {
    var frame: PageFrame
    var countries: [Item]
    var cities: [Item]

    static let fields: PageFields<Self> = [.field("countries", \.countries), .field("cities", \.cities)]

    struct Item: PageModel {
        var name: String
        var link: String
        var count: String
        /// One incident (the template says "incident", not "incidents").
        var one: Bool
        var country: String

        static let fields: PageFields<Self> = [
            .field("name", \.name), .field("link", \.link), .field("count", \.count), .field("one", \.one),
            .field("country", \.country),
        ]
    }
}
