import IncidentFacts

/// The sitemap and robots.txt.
enum SitemapGenerator {
    /// Every page, with absolute URLs when the base URL is known (relative otherwise).
    static func sitemap(pages: [String], linker: Linker) -> String {
        var xml =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            let folder = page.hasSuffix("index.html") ? String(page.dropLast(10)) : page
            xml += "  <url><loc>\(HTMLText.escape(linker.canonical(folder) ?? page))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robots(linker: Linker) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let sitemap = linker.canonical("sitemap.xml") { text += "Sitemap: \(sitemap)\n" }
        return text
    }
}
