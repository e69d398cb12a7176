import Foundation

/// Settings for scripts and benchmarks, read from the environment rather than offered as
/// options: the only place the library's knobs come from the environment. Builds get them in
/// `BuildOptions`.
enum EnvironmentSettings {
    /// `SITREP_JOBS=1`: everything on one thread, to check that output does not depend on
    /// scheduling.
    static var singleThreaded: Bool { ProcessInfo.processInfo.environment["SITREP_JOBS"] == "1" }

    /// `SITREP_TIMINGS=1`: how long each build phase took, on standard error.
    static var printsPhaseTimes: Bool { ProcessInfo.processInfo.environment["SITREP_TIMINGS"] == "1" }
}
