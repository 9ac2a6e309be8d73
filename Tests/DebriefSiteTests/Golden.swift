import Foundation
import Testing

/// Golden-file comparison for rendered output under `Goldens/<folder>/`;
/// `UPDATE_GOLDENS=1 swift test` rewrites the files instead, for review in the diff.
enum Golden {
    static func check(_ actual: String, folder: String, named name: String, filePath: String = #filePath,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Goldens").appendingPathComponent(folder).appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard actual != expected else { return }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        let got = line < a.count ? String(a[line]) : "<end>", want = line < b.count ? String(b[line]) : "<end>"
        Issue.record(Comment(rawValue: "\(folder)/\(name) differs from its golden at line \(line + 1):\n  got:  \(got)\n  want: \(want)\n"
            + "rerun with UPDATE_GOLDENS=1 if the change is intended"), sourceLocation: sourceLocation)
    }
}
