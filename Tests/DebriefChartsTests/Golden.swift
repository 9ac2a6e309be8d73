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
        guard content != expected else { return }
        // Point at the first differing line rather than dumping two whole documents.
        let a = content.split(separator: "\n", omittingEmptySubsequences: false)
        let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        let got = line < a.count ? String(a[line]) : "<end>", want = line < b.count ? String(b[line]) : "<end>"
        let message = "\(name) differs from its golden at line \(line + 1):\n  got:  \(got)\n  want: \(want)\n"
            + "rerun with UPDATE_GOLDENS=1 if the change is intended"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
