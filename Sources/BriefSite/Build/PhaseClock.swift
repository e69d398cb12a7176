import Foundation

/// Prints how long each build phase took to standard error when `SITREP_TIMINGS=1`, so a slow
/// phase is found without a profiler.
struct PhaseClock {
    private static let enabled = ProcessInfo.processInfo.environment["SITREP_TIMINGS"] == "1"
    private var last = Date()

    /// Ends the running phase under `name` and starts the next one.
    mutating func lap(_ name: String) {
        guard PhaseClock.enabled else { return }
        let now = Date()
        let seconds = String(format: "%7.3f s", now.timeIntervalSince(last))
        let line = "  " + name.padding(toLength: 18, withPad: " ", startingAt: 0) + seconds + "\n"
        FileHandle.standardError.write(Data(line.utf8))
        last = now
    }
}
