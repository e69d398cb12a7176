// The one file of SitrepCLI that names the C library, as swift-argument-parser's
// Utilities/Platform.swift does: the other files reach POSIX calls through Foundation (which
// re-exports the C library) and swift-system, and what differs between C libraries is here.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

enum Platform {
    /// `SOCK_STREAM` as `socket()` takes it: Glibc imports it as an enum case, the others as a
    /// number.
    static var streamSocket: Int32 {
        #if canImport(Glibc)
            Int32(SOCK_STREAM.rawValue)
        #else
            SOCK_STREAM
        #endif
    }
}
