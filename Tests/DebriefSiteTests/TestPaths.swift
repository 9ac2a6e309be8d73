import Foundation

/// Paths relative to the package, found from this file's location.
enum TestPaths {
    /// The package root (the folder holding Package.swift).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// `../shared` beside the checkout, when present.
    static var shared: String? {
        let path = ((packageRoot as NSString).deletingLastPathComponent as NSString).appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    static func inPackage(_ relative: String) -> String {
        (packageRoot as NSString).appendingPathComponent(relative)
    }
}
