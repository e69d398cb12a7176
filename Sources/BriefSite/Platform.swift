// The one file of BriefSite that names the C library, as swift-argument-parser's
// Utilities/Platform.swift does: the other files reach POSIX calls through Foundation (which
// re-exports the C library) and swift-system, and what differs between C libraries is here.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension stat {
    /// When the file's bytes last changed (`st_mtim`; `st_mtimespec` on Darwin).
    var modificationTime: timespec {
        #if canImport(Darwin)
            st_mtimespec
        #else
            st_mtim
        #endif
    }

    /// When the file or what is recorded of it (permissions, links) last changed (`st_ctim`).
    var statusChangeTime: timespec {
        #if canImport(Darwin)
            st_ctimespec
        #else
            st_ctim
        #endif
    }
}
