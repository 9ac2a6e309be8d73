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
        .target(name: "DebriefModel", dependencies: ["DebriefMarkdown"]),
        .target(name: "DebriefCharts", dependencies: []),
        .target(
            name: "DebriefSite",
            dependencies: [
                "DebriefMarkdown", "DebriefModel", "DebriefCharts", "CDebriefSwap", "Yams",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "debrief",
            dependencies: [
                "DebriefSite", "DebriefModel", "DebriefMarkdown",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DebriefMarkdownTests", dependencies: ["DebriefMarkdown"]),
        .testTarget(name: "DebriefModelTests", dependencies: ["DebriefModel", "DebriefMarkdown"]),
        .testTarget(name: "DebriefChartsTests", dependencies: ["DebriefCharts"], exclude: ["Goldens"]),
        .testTarget(name: "DebriefSiteTests", dependencies: ["DebriefSite", "DebriefModel", "DebriefMarkdown"], exclude: ["Goldens"]),
    ]
)
