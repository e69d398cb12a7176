import ArgumentParser
import BriefSite
import Foundation
import MarkdownHTML

/// `sitrep render FILE|FOLDER...`: Markdown to HTML exactly as briefs are rendered.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render Markdown files to HTML the way briefs are rendered (cmark-gfm, GFM extensions, safe mode)."
    )

    @Argument(help: "Markdown files, or folders of .md files; their HTML is printed in order.")
    var files: [String] = []

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one Markdown file") }
    }

    /// No build, but the environment's settings (`SITREP_JOBS`) hold for this work too.
    func run() throws {
        try EnvironmentSettings.buildOptions.inEffect { try renderFiles() }
    }

    private func renderFiles() throws {
        MarkdownRenderer.prepare()
        let paths = expandFileArguments(files, extensions: [".md"])
        let pages = ParallelMap.map(paths) { path -> Result<String, any Error> in
            Result {
                // The same limit as `build`: cmark-gfm is slow on some very large inputs.
                let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
                if size > ContentLoader.maximumArticleBytes { throw RenderError(ContentLoader.tooLarge(size)) }
                return MarkdownRenderer.renderHTML(try String(contentsOfFile: path, encoding: .utf8))
            }
        }
        var out = ""
        var failed = false
        for (path, page) in zip(paths, pages) {
            switch page {
            case .success(let html): out += html
            case .failure(let error as RenderError):
                printError("\(Diagnostic.printable(path)): error: \(error.message)")
                failed = true
            case .failure(let error):
                printError("\(Diagnostic.printable(path)): error: \(error.localizedDescription)")
                failed = true
            }
        }
        printOut(out)
        if failed { throw ExitCode(1) }
    }
}

/// Why a file was not rendered.
struct RenderError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
