import ArgumentParser
import BriefSite
import Foundation

/// Options shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
    @Option(help: "Folder of articles (.txt, .md).")
    var content = "content"

    @Option(help: "Folder of Mustache templates and assets.")
    var templates = "templates"

    @Option(help: "Where the site is written.")
    var output = "public"

    @Option(
        name: .customLong("base-url"), help: "Absolute URL the site is served from; links stay relative without it.")
    var baseURL: String?

    @Option(help: "Site settings file.")
    var config = "sitrep.yml"

    @Flag(
        name: .customLong("keep-going"), help: "Build the rest when some articles have errors (exit code is still 1).")
    var keepGoing = false

    var buildOptions: BuildOptions {
        var options = BuildOptions()
        options.content = content
        options.templates = templates
        options.output = output
        options.baseURL = baseURL
        options.config = config
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

    func run() throws {
        var options = site.buildOptions
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
