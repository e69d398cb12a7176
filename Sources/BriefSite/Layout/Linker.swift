/// Builds links between pages: relative (works from disk and from any folder) or, with a base
/// URL, absolute.
struct Linker: Sendable {
    /// Normalised base URL ending in "/", or nil for relative links.
    let baseURL: String?

    init(baseURL: String?) {
        if let url = baseURL, !url.isEmpty {
            self.baseURL = url.hasSuffix("/") ? url : url + "/"
        } else {
            self.baseURL = nil
        }
    }

    /// The site root as seen from a page `depth` folders down.
    func root(depth: Int) -> String { baseURL ?? String(repeating: "../", count: depth) }

    /// "index.html" for relative links (file:// does not open folder indexes), "" with a base URL.
    var indexFile: String { baseURL == nil ? "index.html" : "" }

    /// Link to the folder page `path` (e.g. "briefs/ID/") from a page `depth` folders down.
    func page(_ path: String, from depth: Int) -> String { root(depth: depth) + path + indexFile }

    func brief(_ id: String, from depth: Int) -> String { page("briefs/\(id)/", from: depth) }
    func group(_ slug: String, from depth: Int) -> String { page("groups/\(slug)/", from: depth) }
    func place(_ slug: String, from depth: Int) -> String { page("places/\(slug)/", from: depth) }

    /// Absolute URL of a page, when a base URL is set.
    func canonical(_ path: String) -> String? { baseURL.map { $0 + path } }
}
