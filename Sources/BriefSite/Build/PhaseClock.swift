import Foundation

/// Prints how long each build phase took to standard error, for a build whose options ask for
/// it (`BuildOptions.printsPhaseTimes`, `SITREP_TIMINGS=1`), so a slow phase is found without a
/// profiler.
struct PhaseClock {
    /// Set by `SiteBuilder` for the build it runs; task-local, so builds beside one another (in
    /// tests) each keep their own.
    @TaskLocal static var printsTimes = false

    private let enabled = PhaseClock.printsTimes
    private var last = Date()

    /// Ends the running phase under `name` and starts the next one.
    mutating func lap(_ name: String) {
        guard enabled else { return }
        let now = Date()
        let seconds = String(format: "%7.3f s", now.timeIntervalSince(last))
        let line = "  " + name.padding(toLength: 18, withPad: " ", startingAt: 0) + seconds + "\n"
        FileHandle.standardError.write(Data(line.utf8))
        last = now
    }
}
