import BriefSite
import Foundation

/// Settings for scripts and benchmarks, read from the environment rather than offered as
/// options: the only place the command reads the environment, once, into the `BuildOptions`
/// every command starts from (`SiteOptions.buildOptions`; `facts` and `render` run in them).
enum EnvironmentSettings {
    static let buildOptions: BuildOptions = {
        let environment = ProcessInfo.processInfo.environment
        var options = BuildOptions()
        // `SITREP_JOBS=1`: everything on one thread, to check that output does not depend on
        // scheduling.
        options.singleThreaded = environment["SITREP_JOBS"] == "1"
        // `SITREP_TIMINGS=1`: how long each build phase took, on standard error.
        options.printsPhaseTimes = environment["SITREP_TIMINGS"] == "1"
        return options
    }()
}
