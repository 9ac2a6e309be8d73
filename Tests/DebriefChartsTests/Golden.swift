import Foundation
import Testing

/// Golden-file comparison. With `UPDATE_GOLDENS=1` the golden is (re)written
/// instead, so intended output changes are one command and a reviewable diff.
enum Golden {
    static func check(_ actual: String, named name: String, filePath: String = #filePath,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Goldens").appendingPathComponent(name)
        let content = actual + "\n"
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(content == expected, "\(name) differs from its golden; rerun with UPDATE_GOLDENS=1 if intended",
                sourceLocation: sourceLocation)
    }
}
