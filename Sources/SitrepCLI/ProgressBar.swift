import Foundation
import Synchronization

/// Shows build progress on standard error once a build has run for a second: a bar redrawn in
/// place on a terminal, a plain line every few seconds otherwise.
final class ProgressBar: Sendable {
    private struct Drawn {
        var last = Date.distantPast
        var bar = false
    }

    private let started = Date()
    private let isTerminal = isatty(STDERR_FILENO) != 0
    /// Updates come from every core; one draws at a time.
    private let drawn = Mutex(Drawn())

    func update(done: Int, total: Int) {
        drawn.withLock { drawn in
            let now = Date()
            let elapsed = now.timeIntervalSince(started)
            guard elapsed > 1, now.timeIntervalSince(drawn.last) > (isTerminal ? 0.1 : 5) || done == total else {
                return
            }
            drawn.last = now
            let rate = Double(done) / max(elapsed, 0.001)
            if isTerminal {
                let width = 30
                let filled = total > 0 ? width * done / total : width
                let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
                FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) articles  \(Int(rate))/s ".utf8))
                drawn.bar = true
            } else {
                FileHandle.standardError.write(Data("... \(done)/\(total) articles read (\(Int(rate))/s)\n".utf8))
            }
        }
    }

    /// Ends the bar's line so the next message starts on its own.
    func finish() {
        drawn.withLock { drawn in
            if drawn.bar { FileHandle.standardError.write(Data("\n".utf8)) }
        }
    }
}
