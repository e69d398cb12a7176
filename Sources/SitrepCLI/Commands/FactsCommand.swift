import ArgumentParser
import BriefSite
import Foundation
import IncidentFacts

/// `sitrep facts [--json] FILE|FOLDER...`: the facts of each article, without merging.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Print the facts extracted from each article (JSON Lines with --json)."
    )

    @Flag(name: .long, help: "Print one JSON object per line, as in spec/facts.md.")
    var json = false

    @Argument(help: "Article files (.txt or .md), or folders of them.")
    var files: [String] = []

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one article file") }
    }

    func run() throws {
        var failed = false
        let results = ParallelMap.map(expandFileArguments(files, extensions: [".txt", ".md"])) {
            path -> (FactSheet?, [Diagnostic]) in
            let (article, diagnostics) = ContentLoader.readArticle(path, display: path)
            guard let article else { return (nil, diagnostics) }
            return (ArticleFacts.extract(article), diagnostics)
        }
        var out = ""
        for (facts, diagnostics) in results {
            for diagnostic in diagnostics { printError(diagnostic.description) }
            if diagnostics.contains(where: { $0.severity == .error }) { failed = true }
            guard let facts else { continue }
            out += json ? facts.json().serialized() + "\n" : FactsText.describe(facts) + "\n"
        }
        printOut(out)
        if failed { throw ExitCode(1) }
    }
}
