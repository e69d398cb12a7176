import ArgumentParser
import BriefSite

/// `sitrep init DIR`: start a new site.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site: sitrep.yml, content/ with a sample, and the default templates/.")

    @Argument(help: "Folder for the new site (created; must be empty).")
    var folder: String

    func run() throws {
        do {
            let written = try SiteInitializer.create(at: folder)
            printError("Created \(written.count) files in \(folder). Next: cd \(folder) && sitrep build")
        } catch let failure as BuildFailure {
            for d in failure.diagnostics { printError(d.description) }
            throw ExitCode(1)
        }
    }
}
