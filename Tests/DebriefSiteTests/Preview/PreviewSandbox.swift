import Foundation
@testable import DebriefSite

/// A served folder with a few pages, beside a secret that must never be served.
struct PreviewSandbox {
    let root: String
    var output: String { root + "/Output" }
    var secret: String { root + "/secret.txt" }

    init() throws {
        root = PathResolver.resolve(NSTemporaryDirectory()) + "/debrief-preview-\(UUID().uuidString)"
        let files = [
            "Output/index.html": "<html><body><h1>Index</h1></body></html>",
            "Output/incidents/a/index.html": "<html><BODY>A</BODY></html>",
            "Output/assets/style.css": "body { color: red } </body>",
            "Output/feed.xml": "<feed></feed>",
            "Output/chart.svg": "<svg></svg>",
            "secret.txt": "TOP SECRET",
            "secret/inner.html": "<p>inner secret</p>",
        ]
        for (path, text) in files { try write(path, text) }
        let fileManager = FileManager.default
        try fileManager.createSymbolicLink(atPath: output + "/leak.txt", withDestinationPath: secret)
        try fileManager.createSymbolicLink(atPath: output + "/leakdir", withDestinationPath: root + "/secret")
        try fileManager.createSymbolicLink(atPath: output + "/inside.css", withDestinationPath: output + "/assets/style.css")
    }

    func write(_ path: String, _ text: String) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}
