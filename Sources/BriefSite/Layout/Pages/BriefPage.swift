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
        .field("bodyHTML", \.bodyHTML), .field("structuredDataHTML", \.structuredDataHTML), .field("id", \.id),
        .field("headline", \.headline), .field("summary", \.summary), .field("firstPublished", \.firstPublished),
        .field("lastUpdated", \.lastUpdated), .field("reportCount", \.reportCount), .field("facts", \.facts),
        .field("sources", \.sources), .field("dateText", \.dateText), .field("year", \.year),
        .field("related", \.related), .field("recalledIn", \.recalledIn), .field("placeLinks", \.placeLinks),
        .field("groupLinks", \.groupLinks),
    ]
}
