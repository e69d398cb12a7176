/// One incident as a row of the index or an item of a list (a group's, a place's, a brief's
/// related incidents).
struct IncidentRow: PageModel {
    var id: String
    var link: String
    var headline: String
    var dateText: String
    var dateISO: String
    var hasDate: Bool
    /// No report states the attack's day: the row shows when it was first reported.
    var undated: Bool
    var year: String
    var killedText: String
    var injuredText: String
    var killedSort: String
    var injuredSort: String
    var attackType: String
    /// The groups' names joined by "|", for the index's filter.
    var groupList: String
    var needsReview: Bool
    var country: String?
    var countryLink: String?
    var city: String?
    var cityLink: String?
    var groups: [NamedLink]

    static let fields: PageFields<Self> = [
        .field("id", \.id), .field("link", \.link), .field("headline", \.headline), .field("dateText", \.dateText),
        .field("dateISO", \.dateISO), .field("hasDate", \.hasDate), .field("undated", \.undated),
        .field("year", \.year), .field("killedText", \.killedText), .field("injuredText", \.injuredText),
        .field("killedSort", \.killedSort), .field("injuredSort", \.injuredSort),
        .field("attackType", \.attackType), .field("groupList", \.groupList), .field("needsReview", \.needsReview),
        .field("country", \.country), .field("countryLink", \.countryLink), .field("city", \.city),
        .field("cityLink", \.cityLink), .field("groups", \.groups),
    ]
}
