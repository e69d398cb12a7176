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
        FileHandle.standardError.write(
            Data(
                "  " + name.padding(toLength: 18, withPad: " ", startingAt: 0)
                    + String(format: "%7.3f s\n", now.timeIntervalSince(last)).utf8))
        last = now
    }
}
