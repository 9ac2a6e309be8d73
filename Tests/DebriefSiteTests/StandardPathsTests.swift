import Foundation
import Testing
@testable import DebriefSite

/// ``StandardPaths`` gives what `NSString.standardizingPath` gives, for paths of real and
/// symlinked folders and files, missing ones, `..` and `.` parts, relative paths and `~`.
@Suite("Standard paths")
struct StandardPathsTests {
    @Test("each path standardizes as NSString does")
    func agreesWithFoundation() throws {
        let fm = FileManager.default
        let root = (NSTemporaryDirectory() as NSString).appendingPathComponent("debrief-paths-\(UUID().uuidString)")
        defer { try? fm.removeItem(atPath: root) }
        try fm.createDirectory(atPath: root + "/real/sub", withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: root + "/real/a.md"))
        try Data().write(to: URL(fileURLWithPath: root + "/real/sub/b.md"))
        try fm.createSymbolicLink(atPath: root + "/linked", withDestinationPath: root + "/real")
        try fm.createSymbolicLink(atPath: root + "/real/alias.md", withDestinationPath: root + "/real/sub/b.md")
        let paths = [
            root + "/real/a.md", root + "/linked/a.md", root + "/linked/sub/b.md", root + "/real/alias.md", root + "/linked/alias.md",
            root + "/real/sub/../a.md", root + "/real/./a.md", root + "/real//a.md", root + "/real/missing.md", root + "/gone/x.md",
            root + "/real/sub/..", root + "/real/.", root + "/real/", "relative/a.md", "~/a.md", "/", "a.md",
        ]
        let standard = StandardPaths()
        for _ in 0..<2 {  // the second round answers from the folders it learned
            for path in paths {
                let expected = (path as NSString).standardizingPath
                #expect(standard.standard(path) == expected, "\(path)")
                // Display paths standardize an absolute result once, not twice: it must come back unchanged.
                if expected.hasPrefix("/") { #expect((expected as NSString).standardizingPath == expected, "\(path)") }
            }
        }
    }

    @Test("display paths are relative to the base as before, for many paths at once")
    func displayPaths() {
        let paths = ["/site/Content/a.md", "/site/Content/sub/b.md", "/elsewhere/c.md"]
        #expect(DisplayPath.relative(paths, to: "/site") == ["Content/a.md", "Content/sub/b.md", "/elsewhere/c.md"])
        #expect(DisplayPath.relative("/site/Content/a.md", to: "/site/") == "Content/a.md")
    }
}
