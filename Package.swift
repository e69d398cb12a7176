// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Sitrep",
    products: [
        .executable(name: "sitrep", targets: ["sitrep"]),
        .library(name: "IncidentFacts", targets: ["IncidentFacts"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "MarkdownHTML", dependencies: ["CCmarkGFM"]),
        .target(name: "IncidentFacts"),
        // The site's own Mustache engine (faster than swift-mustache on the site's page models).
        .target(name: "MustacheEngine"),
        .target(
            name: "BriefSite",
            dependencies: [
                "IncidentFacts", "MarkdownHTML", "MustacheEngine",
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "SitrepCLI",
            dependencies: [
                "BriefSite", "IncidentFacts", "MarkdownHTML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // mimalloc (Debian libmimalloc-dev) replaces glibc's malloc in the command: builds
        // allocate millions of small strings and arrays from both cores, and it makes a
        // 10,000-article build about 5% faster (measured with make bench).
        .executableTarget(
            name: "sitrep", dependencies: ["SitrepCLI"], linkerSettings: [.linkedLibrary("mimalloc")]),
        // libFuzzer target over loading and extraction: `make fuzz SECONDS=N`. Built normally it
        // replays inputs given as files, which is how crashes become regression tests.
        .executableTarget(
            name: "sitrep-fuzz", dependencies: ["BriefSite", "IncidentFacts"], path: "Sources/SitrepFuzz"),
        .testTarget(name: "MarkdownHTMLTests", dependencies: ["MarkdownHTML"]),
        .testTarget(name: "IncidentFactsTests", dependencies: ["IncidentFacts"]),
        // swift-mustache is the reference the engine is checked against, beside the Mustache
        // spec's own cases (Spec/, read from the source folder by path).
        .testTarget(
            name: "MustacheEngineTests",
            dependencies: ["MustacheEngine", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Spec"]),
        .testTarget(
            name: "BriefSiteTests", dependencies: ["BriefSite", "IncidentFacts", "MustacheEngine"],
            exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

// Every Swift target: existentials spelled `any`, and a file sees only the members of the
// modules it imports itself.
for target in package.targets where target.type != .system {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("MemberImportVisibility"),
        ]
}
