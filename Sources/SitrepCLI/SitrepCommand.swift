import ArgumentParser
import Foundation

/// The `sitrep` command and its subcommands.
public struct SitrepCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "Build a static site of incident briefs from news articles about attacks.",
        version: "0.1.0",
        subcommands: [
            BuildCommand.self, FactsCommand.self, CheckCommand.self, InitCommand.self, ServeCommand.self,
            RenderCommand.self,
        ],
        defaultSubcommand: BuildCommand.self
    )

    public init() {}

    /// Runs the command line; exit codes: 0 success, 1 content errors or stale output, 2 usage.
    public static func start() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }  // --help and --version
            printError(fullMessage(for: error))
            // Usage errors exit with 2, anything else with 1.
            Foundation.exit(code == .validationFailure ? 2 : 1)
        }
    }
}
