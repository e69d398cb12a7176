import ArgumentParser
import BriefSite
import Foundation

/// `sitrep check`: build into a temporary folder and compare with the output folder (for CI).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Exit 1 when the output folder is stale or the content has errors.")

    @OptionGroup var site: SiteOptions

    @Flag(help: "Also fail when a brief has facts marked \"needs review\".")
    var strict = false

    func run() throws {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sitrep-check-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: temp) }
        var options = site.buildOptions
        options.output = temp.appendingPathComponent("public").path
        options.previousOutput = site.output
        let report = SiteBuilder.build(options)
        for diagnostic in report.diagnostics { printError(diagnostic.description) }
        if report.hasErrors || !report.wrote {
            printError("check: the content has errors")
            throw ExitCode(1)
        }
        for item in report.factsToReview { printError("review: " + item.description) }
        if strict && !report.factsToReview.isEmpty {
            printError("check: \(report.factsToReview.count) fact(s) need review (--strict)")
            throw ExitCode(1)
        }
        let differences = TreeDiff.differences(expected: options.output, actual: site.output)
        if differences.isEmpty {
            printError("check: \(site.output) is up to date (\(report.incidentCount) briefs)")
            return
        }
        for line in differences { printOut(line + "\n") }
        printError("check: \(site.output) is stale: \(differences.count) file(s) differ; run `sitrep build`")
        throw ExitCode(1)
    }
}
