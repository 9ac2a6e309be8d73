import Foundation
import Testing
@testable import DebriefSite

@Suite("Content folder: nothing outside it is read")
struct ContentScanTests {
    /// A content folder holding one good postmortem, next to a secret outside it.
    func makeContent() throws -> (root: String, content: String) {
        let root = PathResolver.resolve(NSTemporaryDirectory()) + "/debrief-scan-\(UUID().uuidString)"
        let content = root + "/Content"
        try FileManager.default.createDirectory(atPath: content + "/2024", withIntermediateDirectories: true)
        try Data("# Good\n".utf8).write(to: URL(fileURLWithPath: content + "/2024/good.md"))
        try Data("SECRET=1\n".utf8).write(to: URL(fileURLWithPath: root + "/secret.md"))
        return (root, content)
    }

    func link(_ path: String, _ target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    @Test("links out of the folder are skipped with a reason; links inside it are followed")
    func symlinks() throws {
        let (root, content) = try makeContent()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try link(content + "/env.md", "/proc/self/environ")
        try link(content + "/leak.md", "../secret.md")
        try link(content + "/same.md", "2024/good.md")
        try link(content + "/dangling.md", "nowhere.md")
        let scan = ContentScan.markdownFiles(in: content)
        #expect(scan.files == [content + "/2024/good.md", content + "/same.md"])
        #expect(scan.skipped.map { ($0.path as NSString).lastPathComponent } == ["dangling.md", "env.md", "leak.md"])
        let leak = scan.skipped.first { $0.path.hasSuffix("leak.md") }
        #expect(leak?.reason.contains("outside the content folder") == true)
    }

    @Test("a FIFO is listed as skipped and never opened")
    func fifo() throws {
        let (root, content) = try makeContent()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(mkfifo(content + "/pipe.md", 0o600) == 0)
        let scan = ContentScan.markdownFiles(in: content)
        #expect(scan.skipped.map(\.reason) == ["a FIFO (named pipe), not a regular file; not read"])
        // Opening it would block this test for ever; the read refuses first.
        #expect(throws: ReadRefusal.self) { try FileSystem.disk.read(content + "/pipe.md") }
    }

    @Test("devices and /proc files are refused by the reader itself", arguments: ["/proc/self/environ", "/dev/zero", "/dev/null"])
    func specialFiles(path: String) throws {
        #expect(throws: ReadRefusal.self) { try FileSystem.disk.read(path) }
        let loaded = SourceLoader().load(path: path, renderBody: false)
        #expect(loaded.incident.diagnostics.first?.level == .error)
        #expect(loaded.incident.diagnostics.first?.message.contains("not read") == true)
    }
}
