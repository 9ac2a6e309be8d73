import Foundation
import Testing
@testable import DebriefSite

/// Images a postmortem shows are copied beside its page — only files inside the content
/// folder, below the postmortem's own folder, never through a symlink out of it.
@Suite("Images beside postmortems")
struct ContentImagesTests {
    @Test("flat files and page bundles carry their images; nothing from outside Content is copied")
    func copied() throws {
        let root = (NSTemporaryDirectory() as NSString).appendingPathComponent("debrief-images-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/Content/images", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: root + "/Content/bundle", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: root + "/secret", withIntermediateDirectories: true)
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: URL(fileURLWithPath: root + "/Content/images/graph.png"))
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: root + "/Content/bundle/shot.png"))
        try "TOKEN".write(toFile: root + "/secret/key.png", atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(atPath: root + "/Content/images/leak.png", withDestinationPath: root + "/secret/key.png")
        try "# Flat\n\n![graph](images/graph.png)\n\n![leak](images/leak.png)\n\n![up](../secret/key.png)\n"
            .write(toFile: root + "/Content/flat.md", atomically: true, encoding: .utf8)
        try "# Bundle\n\n![shot](./shot.png)\n".write(toFile: root + "/Content/bundle/index.md", atomically: true, encoding: .utf8)

        let result = try SitePipeline(request: BuildRequest(site: root)).run()
        let out = root + "/Output/incidents"
        #expect(fm.contents(atPath: out + "/flat/images/graph.png") == Data([0x89, 0x50, 0x4E, 0x47]))
        #expect(fm.contents(atPath: out + "/bundle/shot.png") == Data([1, 2, 3]))
        #expect(!fm.fileExists(atPath: out + "/flat/images/leak.png"))
        let flat = try #require(result.published.first { $0.slug == "flat" })
        #expect(flat.diagnostics.contains { $0.message.contains("leak.png") && $0.level == .warning })
        #expect(flat.diagnostics.contains { $0.message.contains("../secret/key.png") })
        let html = try String(contentsOfFile: out + "/flat/index.html", encoding: .utf8)
        #expect(html.contains("src=\"images/graph.png\""))
    }
}
