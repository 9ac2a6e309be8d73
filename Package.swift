// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Debrief",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "debrief", targets: ["debrief"]),
        .library(name: "DebriefSite", targets: ["DebriefSite"]),
    ],
    dependencies: [
        // Command-line parsing, help and errors for the `debrief` executable.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Mustache templates (with partials and `{{<layout}}` inheritance) for the site.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // YAML front matter and `debrief.yml`.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // The HTTP server behind `debrief serve` (no dependencies of its own; only the executable links it).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Atomic exchange of two folders (renameat2 / renamex_np), for swapping Output/ in one step.
        .target(name: "CDebriefSwap"),
        .target(name: "DebriefMarkdown", dependencies: ["CCmarkGFM", "Yams"]),
        // Domain values: incidents, milestones, severities, diagnostics, local dates and zones.
        .target(name: "DebriefModel", dependencies: []),
        // Markdown `Document` -> `Incident`: sections, notations, zones, timeline, milestones, facts.
        .target(name: "DebriefReader", dependencies: ["DebriefModel", "DebriefMarkdown"]),
        // Per-incident metrics, statistics, ISO weeks and the digest's facts.
        .target(name: "DebriefMetrics", dependencies: ["DebriefModel"]),
        .target(name: "DebriefCharts", dependencies: []),
        .target(
            name: "DebriefSite",
            dependencies: [
                "DebriefMarkdown", "DebriefModel", "DebriefReader", "DebriefMetrics", "DebriefCharts", "CDebriefSwap", "Yams",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "debrief",
            dependencies: [
                "DebriefSite", "DebriefModel", "DebriefReader", "DebriefMetrics", "DebriefMarkdown",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .testTarget(name: "DebriefMarkdownTests", dependencies: ["DebriefMarkdown"]),
        .testTarget(name: "DebriefReaderTests", dependencies: ["DebriefReader", "DebriefModel", "DebriefMetrics", "DebriefMarkdown"]),
        .testTarget(name: "DebriefMetricsTests", dependencies: ["DebriefMetrics", "DebriefModel"]),
        .testTarget(name: "DebriefChartsTests", dependencies: ["DebriefCharts"], exclude: ["Goldens"]),
        // The command line's exit codes (0 clean, 1 findings, 64 usage), through swift-argument-parser in-process.
        .testTarget(name: "debriefTests", dependencies: ["debrief", "DebriefSite"]),
        .testTarget(name: "DebriefSiteTests", dependencies: ["DebriefSite", "DebriefModel", "DebriefReader", "DebriefMetrics", "DebriefMarkdown"], exclude: ["Goldens"]),
    ]
)
