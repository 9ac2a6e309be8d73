// swift-tools-version:6.0
// The libFuzzer target, a package of its own so `swift build` and `swift test` at the
// root never see it: it only links with `-sanitize=fuzzer` (libFuzzer's driver), and is
// built on its own scratch path by `make fuzz`. It sits two folders down so its package
// identity ("debrieffuzz") never equals the root's, which SwiftPM takes from a folder name.
import PackageDescription

let package = Package(
    name: "DebriefFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Debrief", path: "../.."),
    ],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "DebriefFuzz",
            dependencies: ["CFuzzerDriver", .product(name: "DebriefSite", package: "Debrief")]
        ),
    ]
)
