import ArgumentParser
import BriefSite
import Dispatch
import Foundation

/// `sitrep serve`: a preview server with rebuild on change and live reload.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Build, serve on 127.0.0.1, rebuild on change and reload open pages.")

    @OptionGroup var site: SiteOptions

    @Option(help: "Port to listen on.")
    var port: UInt16 = 8000

    func run() throws {
        var options = site.buildOptions
        // The preview never touches the real output folder.
        let preview = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sitrep-serve-\(ProcessInfo.processInfo.processIdentifier)")
        options.output = preview.appendingPathComponent("public").path
        options.keepGoing = true
        // The preview is the editor's: briefs show the notes for the editor.
        options.editorView = true
        // Facts are shared with `sitrep build`; the preview's own list of written files lives
        // and dies with the preview.
        options.cacheFolder = ".sitrep-cache"
        options.manifestPath = preview.appendingPathComponent("output.manifest").path
        let server = PreviewServer(options: options, port: port, output: options.output)
        // A browser that closes a connection early must not end the preview (EPIPE instead).
        signal(SIGPIPE, SIG_IGN)
        // Ctrl-C, or `kill` from a script or a process manager: remove the preview folder and
        // leave cleanly.
        stopSignals = [SIGINT, SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler {
                try? FileManager.default.removeItem(at: preview)
                printError("\nStopped.")
                Foundation.exit(0)
            }
            source.resume()
            return source
        }
        Task {
            do {
                try await server.run()
            } catch {
                printError("error: cannot serve on 127.0.0.1:\(port): \(error)")
                try? FileManager.default.removeItem(at: preview)
                Foundation.exit(1)
            }
        }
        dispatchMain()
    }
}

/// The signal sources that stop the preview, kept for the life of the process (a local would
/// be released before `dispatchMain`, which never returns, and the signals lost). Set once, on
/// the main thread, before any other thread starts.
nonisolated(unsafe) private var stopSignals: [any DispatchSourceSignal] = []
