/// One entry of the site's route list: the files it makes, and how.
struct Route: Sendable {
    /// The files it makes: one, or a brief's page and its Markdown.
    let paths: [String]
    let content: Content

    enum Content: Sendable {
        /// A page: a template laid over a page model. It is made from nothing else, so a rebuild
        /// fingerprints it by its model.
        case page(template: String, model: @Sendable () -> any PageModel)
        /// Files made in code; `Subject` says what they are made from.
        case files(Subject, make: @Sendable (PartCaches) -> [OutputFile])
    }

    /// What files made in code are made from, as `PageFingerprints` reads it.
    enum Subject: Sendable {
        /// The brief of the incident at this archive position.
        case brief(Int)
        /// A group's or a place's feed: what it says of itself (`details`) and its incidents.
        case feed(details: [String], incidents: [Int])
        /// A site-wide file made of one part per incident, in archive order, each under its key
        /// (see `PartCache`): kept when no key changed.
        case parts(@Sendable (PageFingerprints) -> [ContentHash])
        /// About the whole archive: made on every build.
        case wholeArchive
    }

    /// A page at `path`: `template` over the model `model` makes.
    static func page(_ path: String, _ template: String, _ model: @escaping @Sendable () -> any PageModel) -> Route {
        Route(paths: [path], content: .page(template: template, model: model))
    }

    /// A file made from text.
    static func text(
        _ path: String, _ subject: Subject = .wholeArchive, _ make: @escaping @Sendable () -> String
    ) -> Route {
        Route(paths: [path], content: .files(subject) { _ in [OutputFile(path, text: make())] })
    }

    /// A site-wide file written as it is made (see `StreamedFile`), from one part per incident
    /// under `keys`: parts the last build kept in the cache file `partsFile` are not made again,
    /// and the whole file is not written again when none of them changed.
    static func streamed(
        _ path: String, partsFile: String, keys: @escaping @Sendable (PageFingerprints) -> [ContentHash],
        _ write: @escaping @Sendable (PartCache?, inout StreamedFile) throws -> Void
    ) -> Route {
        Route(
            paths: [path],
            content: .files(.parts(keys)) { caches in
                [OutputFile(path) { try write(caches.named(partsFile, keys: keys), &$0) }]
            })
    }
}

/// Where the site-wide files (API, CSV, search index) find the parts about one incident that
/// the last build made (see `PartCache`); none in a full build.
struct PartCaches: Sendable {
    let folder: String?
    let fingerprints: PageFingerprints?

    /// The parts kept in `file`, under the keys `keys` gives each incident.
    func named(_ file: String, keys: (PageFingerprints) -> [ContentHash]) -> PartCache? {
        guard let folder, let fingerprints else { return nil }
        return PartCache(path: folder + "/" + file, keys: keys(fingerprints))
    }
}
