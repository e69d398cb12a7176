import CCmarkGFM
import Foundation
import Synchronization

/// Renders GitHub-flavoured Markdown to an HTML fragment through cmark-gfm.
///
/// Safe mode is always on: raw HTML is replaced by a comment and `javascript:`, `vbscript:`,
/// `file:` and `data:` links are dropped. The table, strikethrough, autolink and tagfilter
/// extensions are enabled.
package enum MarkdownRenderer {
    /// The GFM extensions every render attaches.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    /// Registers the GFM extensions with cmark-gfm.
    ///
    /// The installed library keeps its extension registry in a global without a lock, so this
    /// must run once before any concurrent rendering; `renderHTML` calls it too, which is cheap.
    package static func prepare() {
        _ = registration
    }

    private static let registration: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()

    /// Inline parsing (inside `cmark_parser_finish`) adds the extensions' special characters to
    /// a table the library keeps in a global and removes them when it is done, so two documents
    /// parsing inlines at once corrupt each other. That step is one at a time; block parsing and
    /// HTML rendering run on all cores.
    private static let inlineParsing = Mutex(())

    /// Renders `markdown` to an HTML fragment (no `<html>` or `<body>`). Thread-safe.
    package static func renderHTML(_ markdown: String) -> String {
        prepare()
        // CMARK_OPT_DEFAULT is safe in cmark-gfm >= 0.29; CMARK_OPT_SAFE is kept for older builds.
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SAFE | CMARK_OPT_VALIDATE_UTF8
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var source = markdown
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        var finished: OpaquePointer?
        inlineParsing.withLock { _ in finished = cmark_parser_finish(parser) }
        guard let document = finished else { return "" }
        defer { cmark_node_free(document) }
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { cmark_get_default_mem_allocator().pointee.free(html) }
        return String(cString: html)
    }
}
