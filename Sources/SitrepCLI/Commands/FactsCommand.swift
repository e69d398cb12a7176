import ArgumentParser
import BriefSite
import Foundation
import IncidentFacts

/// `sitrep facts [--json | --explain-merge] FILE|FOLDER...`: the facts of each article, without
/// merging; or how the articles merge into incidents, and why.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Print the facts extracted from each article (JSON Lines with --json)."
    )

    @Flag(name: .long, help: "Print one JSON object per line, as in docs/facts-spec.md.")
    var json = false

    @Flag(
        name: .customLong("explain-merge"),
        help: "Instead of the facts, tell which incident each article joins and why (scores against each report).")
    var explainMerge = false

    @Argument(help: "Article files (.txt or .md), or folders of them.")
    var files: [String] = []

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one article file") }
        if json && explainMerge { throw ValidationError("--json and --explain-merge cannot be combined") }
    }

    /// No build, but the environment's settings (`SITREP_JOBS`) hold for this work too.
    func run() throws {
        try EnvironmentSettings.buildOptions.inEffect { try printFacts() }
    }

    private func printFacts() throws {
        var failed = false
        let results = ParallelMap.map(expandFileArguments(files, extensions: [".txt", ".md"])) {
            path -> (Article?, FactSheet?, [Diagnostic]) in
            let (article, diagnostics) = ContentLoader.readArticle(path, display: path)
            guard let article else { return (nil, nil, diagnostics) }
            return (article, ArticleFacts.extract(article), diagnostics)
        }
        var out = ""
        for (_, facts, diagnostics) in results {
            for diagnostic in diagnostics { printError(diagnostic.description) }
            if diagnostics.contains(where: { $0.severity == .error }) { failed = true }
            guard let facts, !explainMerge else { continue }
            out += json ? facts.json().serialized() + "\n" : FactsText.describe(facts) + "\n"
        }
        if explainMerge {
            out = mergeExplanation(
                results.compactMap { article, facts, _ in article.flatMap { a in facts.map { (a, $0) } } })
        }
        printOut(out)
        if failed { throw ExitCode(1) }
    }

    /// Each report's merging decision, in the order the merger takes them, then the incidents.
    private func mergeExplanation(_ reports: [(Article, FactSheet)]) -> String {
        var out = ""
        var diagnostics: [Diagnostic] = []
        let incidents = IncidentMerger.merge(reports, diagnostics: &diagnostics) { file, decision in
            out += "\(file): \(decision)\n"
        }
        for diagnostic in diagnostics { printError(diagnostic.description) }
        let skipped = reports.filter { !$0.1.isIncident }.map(\.0.path)
        if !skipped.isEmpty { out += "\nNot incident reports (no brief): " + skipped.joined(separator: ", ") + "\n" }
        out += "\n\(incidents.count) incident(s):\n"
        for incident in incidents.sorted(by: { $0.id < $1.id }) {
            out += "  \(incident.id): " + incident.sources.map { $0.file }.joined(separator: ", ") + "\n"
        }
        return out
    }
}
