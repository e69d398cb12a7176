import BriefSite
import Dispatch
import Foundation

/// What the preview shows: the built site's folder, its build number, and the last build's errors.
actor PreviewState {
    private(set) var version = 0
    private(set) var errors: [String] = []

    func finished(_ report: BuildReport) {
        version += 1
        errors = report.wrote ? [] : report.diagnostics.filter { $0.severity == .error }.map(\.description)
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
        await rebuild(state)
        let root = output
        let server = LocalHTTPServer(port: port) { path in
            if path == "/__sitrep/version" {
                return .init(
                    status: 200, headers: [("Content-Type", "text/plain")], body: Data(String(await state.version).utf8)
                )
            }
            return await Self.respond(to: path, root: root, state: state)
        }
        try server.start()
        printError("Serving \(options.content) at http://127.0.0.1:\(port)/ (rebuilds on change; Ctrl-C to stop)")
        await watch(state)
    }

    /// Builds into the preview folder and records the outcome.
    func rebuild(_ state: PreviewState) async {
        let report = SiteBuilder.build(options)
        for diagnostic in report.diagnostics { printError(diagnostic.description) }
        printError(report.summaryLine)
        await state.finished(report)
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
                await rebuild(state)
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

    /// A file of the built site, the build's errors as a page, or 404.
    static func respond(to path: String, root: String, state: PreviewState) async -> LocalHTTPServer.Response {
        let errors = await state.errors
        if !errors.isEmpty && (path.hasSuffix("/") || path.hasSuffix(".html")) {
            let items = errors.map { "<li><code>" + escape($0) + "</code></li>" }.joined()
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
            let notFound = FileManager.default.contents(atPath: root + "/404.html") ?? Data("Not found".utf8)
            return .init(status: 404, headers: [("Content-Type", "text/html; charset=utf-8")], body: inject(notFound))
        }
        let type = contentType(file)
        if type.hasPrefix("text/html") { data = inject(data) }
        return .init(status: 200, headers: [("Content-Type", type), ("Cache-Control", "no-store")], body: data)
    }

    static func inject(_ data: Data) -> Data {
        let html = String(decoding: data, as: UTF8.self)
        guard let range = html.range(of: "</body>", options: .backwards) else {
            return Data((html + reloadScript).utf8)
        }
        return Data(html.replacingCharacters(in: range, with: reloadScript + "</body>").utf8)
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

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(
            of: ">", with: "&gt;")
    }
}
