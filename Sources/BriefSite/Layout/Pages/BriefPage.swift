/// A brief's page: the facts table, the brief's body as HTML, sources and links.
struct BriefPage: FramedPage {
    var frame: PageFrame
    var bodyHTML: String
    var structuredDataHTML: String
    var id: String
    var headline: String
    var summary: String
    var firstPublished: String?
    var lastUpdated: String?
    var reportCount: String
    var facts: [BriefContent.FactItem]
    var sources: [BriefContent.SourceItem]
    var dateText: String
    var year: String?
    var related: [IncidentRow]
    var recalledIn: [IncidentRow]
    var placeLinks: [NamedLink]
    var groupLinks: [NamedLink]

    static let fields: PageFields<Self> = [
        .field("bodyHTML") { $0.bodyHTML }, .field("structuredDataHTML") { $0.structuredDataHTML },
        .field("id") { $0.id },
        .field("headline") { $0.headline }, .field("summary") { $0.summary },
        .field("firstPublished") { $0.firstPublished },
        .field("lastUpdated") { $0.lastUpdated }, .field("reportCount") { $0.reportCount },
        .field("facts") { $0.facts },
        .field("sources") { $0.sources }, .field("dateText") { $0.dateText }, .field("year") { $0.year },
        .field("related") { $0.related }, .field("recalledIn") { $0.recalledIn },
        .field("placeLinks") { $0.placeLinks },
        .field("groupLinks") { $0.groupLinks },
    ]
}
