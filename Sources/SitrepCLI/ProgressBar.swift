import Foundation

/// Shows build progress on standard error once a build has run for a second: a bar redrawn in
/// place on a terminal, a plain line every few seconds otherwise.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var drewBar = false
    private let isTerminal = isatty(STDERR_FILENO) != 0

    func update(done: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let elapsed = now.timeIntervalSince(started)
        guard elapsed > 1, now.timeIntervalSince(lastDraw) > (isTerminal ? 0.1 : 5) || done == total else { return }
        lastDraw = now
        let rate = Double(done) / max(elapsed, 0.001)
        if isTerminal {
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) articles  \(Int(rate))/s ".utf8))
            drewBar = true
        } else {
            FileHandle.standardError.write(Data("... \(done)/\(total) articles read (\(Int(rate))/s)\n".utf8))
        }
    }

    /// Ends the bar's line so the next message starts on its own.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drewBar { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
