/// One entry of the site's route list: the files it makes, what they show (by which a rebuild
/// tells that they would come out the same), and how to make them.
struct Route: Sendable {
    /// The files it makes: one, or a brief's page and its Markdown.
    let paths: [String]
    let subject: Subject
    let make: @Sendable (PartCaches) -> [OutputFile]

    /// What a route's files are made from, as `PageFingerprints` reads it.
    enum Subject: Sendable {
        /// The brief of the incident at this archive position.
        case brief(Int)
        /// Index page `number` (1 is the home page).
        case indexPage(Int)
        case timeline
        /// A group's or a place's page or feed: what it says of itself (`details`), and the
        /// incidents it lists as rows, or as feed entries.
        case list(kind: String, details: [String?], incidents: [Int], isFeed: Bool)
        /// About the whole archive: made on every build.
        case wholeArchive
    }

    /// A route making one file from text.
    init(_ path: String, _ subject: Subject = .wholeArchive, text: @escaping @Sendable () -> String) {
        paths = [path]
        self.subject = subject
        make = { _ in [OutputFile(path, text: text())] }
    }

    /// A route making one file from bytes, perhaps from parts kept by the last build.
    init(_ path: String, bytes: @escaping @Sendable (PartCaches) -> [UInt8]) {
        paths = [path]
        subject = .wholeArchive
        make = { [OutputFile(path, bytes: bytes($0))] }
    }

    init(paths: [String], subject: Subject, make: @escaping @Sendable (PartCaches) -> [OutputFile]) {
        self.paths = paths
        self.subject = subject
        self.make = make
    }
}

/// Where the site-wide files (API, CSV, search index) find the parts about one incident that
/// the last build made (see `PartCache`); none in a full build.
struct PartCaches: Sendable {
    let folder: String?
    let fingerprints: PageFingerprints?

    static let none = PartCaches(folder: nil, fingerprints: nil)

    /// The parts kept in `file`, under the keys `keys` gives each incident.
    func named(_ file: String, keys: (PageFingerprints) -> [ContentHash]) -> PartCache? {
        guard let folder, let fingerprints else { return nil }
        return PartCache(path: folder + "/" + file, keys: keys(fingerprints))
    }
}
