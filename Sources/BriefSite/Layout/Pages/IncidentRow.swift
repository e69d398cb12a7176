import IncidentFacts

/// One incident as a row of the index or an item of a list (a group's, a place's, a brief's
/// related incidents).
///
/// Its fields live in one shared box: rows are listed on many pages, and a row passed to the
/// template engine as a value of one word is not copied field by field each time.
@dynamicMemberLookup
struct IncidentRow: PageModel {
    private var storage: CopyOnWrite<Fields>

    init(_ fields: Fields) {
        storage = CopyOnWrite(fields)
    }

    subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.value[keyPath: field] }
        _modify { yield &storage.value[keyPath: field] }
    }

    struct Fields: Sendable {
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
    }

    static let fields: PageFields<Self> = [
        .field("id") { $0.id }, .field("link") { $0.link }, .field("headline") { $0.headline },
        .field("dateText") { $0.dateText },
        .field("dateISO") { $0.dateISO }, .field("hasDate") { $0.hasDate }, .field("undated") { $0.undated },
        .field("year") { $0.year }, .field("killedText") { $0.killedText }, .field("injuredText") { $0.injuredText },
        .field("killedSort") { $0.killedSort }, .field("injuredSort") { $0.injuredSort },
        .field("attackType") { $0.attackType }, .field("groupList") { $0.groupList },
        .field("needsReview") { $0.needsReview },
        .field("country") { $0.country }, .field("countryLink") { $0.countryLink }, .field("city") { $0.city },
        .field("cityLink") { $0.cityLink }, .field("groups") { $0.groups },
    ]
}
