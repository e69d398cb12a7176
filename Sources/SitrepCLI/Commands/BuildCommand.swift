import ArgumentParser
import BriefSite
import Foundation

/// Options shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
    @Option(help: "Folder of articles (.txt, .md).")
    var content = "content"

    @Option(help: "Folder of Mustache templates and assets (default: templates, else the built-in ones).")
    var templates: String?

    @Option(help: "Where the site is written.")
    var output = "public"

    @Option(
        name: .customLong("base-url"), help: "Absolute URL the site is served from; links stay relative without it.")
    var baseURL: String?

    @Option(help: "Site settings file (default: sitrep.yml when there is one).")
    var config: String?

    @Flag(
        name: .customLong("keep-going"), help: "Build the rest when some articles have errors (exit code is still 1).")
    var keepGoing = false

    /// A path given on the command line must exist: a typo must not fall back to defaults.
    func validate() throws {
        var isFolder: ObjCBool = false
        if let templates,
            !FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder) || !isFolder.boolValue
        {
            throw ValidationError("--templates: no folder '\(templates)'")
        }
        if let config, !FileManager.default.fileExists(atPath: config, isDirectory: &isFolder) || isFolder.boolValue {
            throw ValidationError("--config: no file '\(config)'")
        }
        if let baseURL, WebAddress.normalized(baseURL) == nil {
            throw ValidationError(
                "--base-url must be an absolute http:// or https:// address, such as https://example.org/")
        }
    }

    var buildOptions: BuildOptions {
        var options = EnvironmentSettings.buildOptions
        options.content = content
        options.templates = templates ?? options.templates
        options.output = output
        options.baseURL = baseURL.flatMap(WebAddress.normalized)
        options.config = config ?? options.config
        options.keepGoing = keepGoing
        return options
    }
}

/// `sitrep build`: generate the site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site from content/ into public/.")

    @OptionGroup var site: SiteOptions

    @Flag(name: .shortAndLong, help: "Print only diagnostics and errors.")
    var quiet = false

    @Flag(name: .customLong("no-cache"), help: "Extract every article again instead of reusing .sitrep-cache/.")
    var noCache = false

    @Flag(help: "The editor's view: briefs also show the notes for the editor. Not for publishing.")
    var editor = false

    func run() throws {
        var options = site.buildOptions
        options.editorView = editor
        options.warnsWithoutBaseURL = true
        if !noCache { options.cacheFolder = ".sitrep-cache" }
        options.releasesSiteAfterBuild = false  // the command ends with the build
        let bar = ProgressBar()
        if !quiet { options.progress = { done, total in bar.update(done: done, total: total) } }
        let report = SiteBuilder.build(options)
        bar.finish()
        for diagnostic in report.diagnostics { printError(diagnostic.description) }
        if !quiet || !report.wrote { printError(report.summaryLine) }
        if report.hasErrors { throw ExitCode(1) }
    }
}
