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
        .field("site") { $0.site }, .field("root") { $0.root }, .field("home") { $0.home },
        .field("indexFile") { $0.indexFile },
        .field("pageTitle") { $0.pageTitle }, .field("description") { $0.description },
        .field("canonical") { $0.canonical },
        .field("feedAtom") { $0.feedAtom }, .field("feedJSON") { $0.feedJSON }, .field("ogType") { $0.ogType },
        .field("script") { $0.script },
    ]

    /// The site's settings as pages show them.
    struct SiteInfo: PageModel {
        var title: String
        var description: String
        var language: String
        var articleCount: String

        static let fields: PageFields<Self> = [
            .field("title") { $0.title }, .field("description") { $0.description }, .field("language") { $0.language },
            .field("articleCount") { $0.articleCount },
        ]
    }
}

/// A name with the page about it: a group, a place.
struct NamedLink: PageModel {
    var name: String
    var link: String

    static let fields: PageFields<Self> = [.field("name") { $0.name }, .field("link") { $0.link }]
}

/// An article cited: headline, link, outlet and date.
struct Citation: PageModel {
    var title: String
    var url: String?
    var outlet: String?
    var published: String?

    static let fields: PageFields<Self> = [
        .field("title") { $0.title }, .field("url") { $0.url }, .field("outlet") { $0.outlet },
        .field("published") { $0.published },
    ]
}

/// The 404 page: the frame alone.
struct NotFoundPage: FramedPage {
    var frame: PageFrame

    static let fields: PageFields<Self> = []
}
