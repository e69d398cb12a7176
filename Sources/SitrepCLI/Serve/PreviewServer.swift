import BriefSite
import Foundation
import Synchronization

/// What the preview shows: the built site's build number, and the last build's errors, with
/// whether they stopped the site from being written. Written after each build, read by the
/// server's threads.
final class PreviewState: Sendable {
    struct Snapshot {
        var version = 0
        var errors: [String] = []
        var failed = false
    }

    private let current = Mutex(Snapshot())

    /// The state as the last build left it.
    var snapshot: Snapshot { current.withLock { $0 } }

    func finished(_ report: BuildReport) {
        current.withLock {
            $0.version += 1
            $0.errors = report.diagnostics.filter { $0.severity == .error }.map { $0.description }
            $0.failed = !report.wrote
        }
    }
}

/// `sitrep serve`: builds the site into a temporary folder, serves it on 127.0.0.1, rebuilds
/// when content or templates change, and reloads open pages.
struct PreviewServer {
    let options: BuildOptions
    let port: UInt16
    let output: String

    /// Injected before `</body>`: asks for the build number and reloads when it changes.
    static let reloadScript = """
        <script>(function(){var v=null;setInterval(function(){fetch("/__sitrep/version",{cache:"no-store"})\
        .then(function(r){return r.text()}).then(function(t){if(v!==null&&t!==v){location.reload()}v=t})\
        .catch(function(){})},700)})();</script>
        """

    func run() async throws {
        let state = PreviewState()
        rebuild(state)
        let root = output
        let server = LocalHTTPServer(port: port) { path in
            if path == "/__sitrep/version" {
                return .init(
                    status: 200, headers: [("Content-Type", "text/plain")],
                    body: Data(String(state.snapshot.version).utf8))
            }
            return Self.respond(to: path, root: root, state: state.snapshot)
        }
        try server.start()
        printError("Serving \(options.content) at http://127.0.0.1:\(port)/ (rebuilds on change; Ctrl-C to stop)")
        await watch(state)
    }

    /// Builds into the preview folder and records the outcome.
    func rebuild(_ state: PreviewState) {
        let report = SiteBuilder.build(options)
        for diagnostic in report.diagnostics { printError(diagnostic.description) }
        printError(report.summaryLine)
        state.finished(report)
    }

    /// Polls content/ and templates/ twice a second; a change starts a rebuild.
    func watch(_ state: PreviewState) async {
        var last = Self.fingerprint([options.content, options.templates, options.config])
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: 500_000_000)
            let now = Self.fingerprint([options.content, options.templates, options.config])
            if now != last {
                last = now
                printError("Change detected; rebuilding")
                rebuild(state)
            }
        }
    }

    /// Paths, sizes and modification times of every file under the folders.
    static func fingerprint(_ folders: [String]) -> [String] {
        var result: [String] = []
        let fm = FileManager.default
        for folder in folders {
            if let attributes = try? fm.attributesOfItem(atPath: folder),
                attributes[.type] as? FileAttributeType == .typeRegular
            {
                result.append(
                    "\(folder) \(attributes[.size] ?? 0) \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
                )
                continue
            }
            guard let enumerator = fm.enumerator(atPath: folder) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let attributes = enumerator.fileAttributes ?? [:]
                result.append(
                    "\(relative) \(attributes[.size] ?? 0) \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
                )
            }
        }
        return result.sorted()
    }

    /// A file of the built site, the build's errors as a page, or 404. Errors the build went on
    /// past (an article left out for a bad date) head every page, so the editor sees why a
    /// brief is missing or stale rather than a bare "Page not found".
    static func respond(to path: String, root: String, state: PreviewState.Snapshot) -> LocalHTTPServer.Response {
        let errors = state.errors
        if state.failed && !errors.isEmpty && (path.hasSuffix("/") || path.hasSuffix(".html")) {
            let items = errorItems(errors)
            let page =
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head><body>"
                + "<main><h1>The build failed</h1><p>Fix these problems; the page reloads by itself.</p><ul>\(items)</ul></main>"
                + reloadScript + "</body></html>"
            return .init(status: 500, headers: [("Content-Type", "text/html; charset=utf-8")], body: Data(page.utf8))
        }
        let parts = path.split(separator: "/").map(String.init)
        guard !parts.contains(".."), !parts.contains(where: { $0.hasPrefix(".") }) else {
            return .init(status: 404)
        }
        var file = root + "/" + parts.joined(separator: "/")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
            file += "/index.html"
        }
        guard var data = FileManager.default.contents(atPath: file) else {
            // The 404 page's links are relative to the site's root, which the preview serves at "/".
            var notFound = FileManager.default.contents(atPath: root + "/404.html") ?? Data("Not found".utf8)
            if let html = String(data: notFound, encoding: .utf8), let head = html.range(of: "<head>") {
                notFound = Data(html.replacingCharacters(in: head, with: "<head><base href=\"/\">").utf8)
            }
            return .init(
                status: 404, headers: [("Content-Type", "text/html; charset=utf-8")],
                body: inject(notFound, errors: errors))
        }
        let type = contentType(file)
        if type.hasPrefix("text/html") { data = inject(data, errors: errors) }
        return .init(status: 200, headers: [("Content-Type", type), ("Cache-Control", "no-store")], body: data)
    }

    /// The page with the reload script before `</body>` and, when the build had errors, a
    /// banner listing them after `<body>`.
    static func inject(_ data: Data, errors: [String]) -> Data {
        var html = String(decoding: data, as: UTF8.self)
        if let range = html.range(of: "</body>", options: .backwards) {
            html.replaceSubrange(range, with: reloadScript + "</body>")
        } else {
            html += reloadScript
        }
        if !errors.isEmpty {
            let banner = errorBanner(errors)
            if let body = html.range(of: "<body>") {
                html.insert(contentsOf: banner, at: body.upperBound)
            } else {
                html = banner + html
            }
        }
        return Data(html.utf8)
    }

    /// The build's errors as list items, escaped.
    static func errorItems(_ errors: [String]) -> String {
        errors.map { "<li><code>" + HTMLText.escape($0) + "</code></li>" }.joined()
    }

    /// The build's errors, in a box a preview page cannot miss (its own styles: the site's
    /// stylesheet may be the thing that is broken).
    static func errorBanner(_ errors: [String]) -> String {
        let items = errorItems(errors)
        return "<aside class=\"sitrep-errors\" role=\"alert\" style=\"margin:0;padding:.75rem 1.25rem;"
            + "background:#fde8e8;color:#611a15;border-bottom:3px solid #b3261e;font:15px/1.5 system-ui,sans-serif\">"
            + "<strong>The last build had \(errors.count) error\(errors.count == 1 ? "" : "s"): "
            + "the articles named were left out.</strong> Fix them; this page reloads by itself."
            + "<ul style=\"margin:.4rem 0 0;padding-left:1.25rem\">\(items)</ul></aside>"
    }

    static func contentType(_ file: String) -> String {
        switch (file as NSString).pathExtension {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "csv": return "text/csv; charset=utf-8"
        case "md", "txt": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
