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
        .field("name") { $0.name }, .field("aliasesText") { $0.aliasesText }, .field("count") { $0.count },
        .field("killed") { $0.killed }, .field("injured") { $0.injured }, .field("first") { $0.first },
        .field("last") { $0.last },
        .field("chartSVG") { $0.chartSVG }, .field("pageFeedAtom") { $0.pageFeedAtom },
        .field("pageFeedJSON") { $0.pageFeedJSON }, .field("incidents") { $0.incidents },
        .field("accused") { $0.accused },
        .field("claimedCount") { $0.claimedCount }, .field("accusedCount") { $0.accusedCount },
    ]

    struct AccusedIncidents: PageModel {
        var incidents: [IncidentRow]

        static let fields: PageFields<Self> = [.field("incidents") { $0.incidents }]
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
        .field("name") { $0.name }, .field("pageFeedAtom") { $0.pageFeedAtom },
        .field("pageFeedJSON") { $0.pageFeedJSON },
        .field("country") { $0.country }, .field("countryLink") { $0.countryLink }, .field("count") { $0.count },
        .field("killed") { $0.killed }, .field("injured") { $0.injured }, .field("incidents") { $0.incidents },
    ]
}

/// Every group, with its count of attacks and deaths.
struct GroupsPage: FramedPage {
    var frame: PageFrame
    var groups: [Item]

    static let fields: PageFields<Self> = [.field("groups") { $0.groups }]

    struct Item: PageModel {
        var name: String
        var link: String
        /// Attacks claimed or ascribed, and their deaths.
        var count: String
        var killed: String
        /// Attacks it is only accused of, when there are any.
        var accused: String?

        static let fields: PageFields<Self> = [
            .field("name") { $0.name }, .field("link") { $0.link }, .field("count") { $0.count },
            .field("killed") { $0.killed },
            .field("accused") { $0.accused },
        ]
    }
}

/// Every country and city, with its count of incidents.
struct PlacesPage: FramedPage {
    var frame: PageFrame
    var countries: [Item]
    var cities: [Item]

    static let fields: PageFields<Self> = [.field("countries") { $0.countries }, .field("cities") { $0.cities }]

    struct Item: PageModel {
        var name: String
        var link: String
        var count: String
        /// One incident (the template says "incident", not "incidents").
        var one: Bool
        var country: String

        static let fields: PageFields<Self> = [
            .field("name") { $0.name }, .field("link") { $0.link }, .field("count") { $0.count },
            .field("one") { $0.one },
            .field("country") { $0.country },
        ]
    }
}
