/// What every page shows around its own content: the site's settings, links to the main
/// sections and feeds, and the page's title, description and address.
struct PageFrame: PageModel {
    var site: SiteInfo
    var root: String
    var home: String
    var indexFile: String
    var pageTitle: String
    var description: String
    /// The page's absolute address, when the site's base URL is known.
    var canonical: String?
    var feedAtom: String
    var feedJSON: String
    /// `website`, or `article` for a brief.
    var ogType = "website"
    /// The page loads `assets/site.js` (the index's search and filters).
    var script = false

    static let fields: PageFields<Self> = [
        .field("site", \.site), .field("root", \.root), .field("home", \.home), .field("indexFile", \.indexFile),
        .field("pageTitle", \.pageTitle), .field("description", \.description), .field("canonical", \.canonical),
        .field("feedAtom", \.feedAtom), .field("feedJSON", \.feedJSON), .field("ogType", \.ogType),
        .field("script", \.script),
    ]

    /// The site's settings as pages show them.
    struct SiteInfo: PageModel {
        var title: String
        var description: String
        var language: String
        var articleCount: String

        static let fields: PageFields<Self> = [
            .field("title", \.title), .field("description", \.description), .field("language", \.language),
            .field("articleCount", \.articleCount),
        ]
    }
}

/// A name with the page about it: a group, a place.
struct NamedLink: PageModel {
    var name: String
    var link: String

    static let fields: PageFields<Self> = [.field("name", \.name), .field("link", \.link)]
}

/// An article cited: headline, link, outlet and date.
struct Citation: PageModel {
    var title: String
    var url: String?
    var outlet: String?
    var published: String?

    static let fields: PageFields<Self> = [
        .field("title", \.title), .field("url", \.url), .field("outlet", \.outlet), .field("published", \.published),
    ]
}

/// The 404 page: the frame alone.
struct NotFoundPage: FramedPage {
    var frame: PageFrame

    static let fields: PageFields<Self> = []
}
