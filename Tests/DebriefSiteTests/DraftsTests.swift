import DebriefModel
import Foundation
import Testing
@testable import DebriefSite

@Suite("Drafts")
struct DraftsTests {
    static func load(_ files: [String: String]) -> [LoadedIncident] {
        let fileSystem = FileSystem(read: { Data((files[$0] ?? "").utf8) }, list: { _ in files.keys.sorted() }, exists: { files[$0] != nil })
        return SourceLoader(fileSystem: fileSystem).load(paths: files.keys.sorted().map { ($0, $0) }, renderBody: false)
    }

    @Test("draft: true and status: draft stay off the site unless drafts are asked for")
    func leftOut() throws {
        let loaded = Self.load([
            "a.md": "---\ntitle: Published\ndate: 2024-07-15\n---\n",
            "b.md": "---\ntitle: Draft flag\ndate: 2024-07-15\ndraft: true\n---\n",
            "c.md": "---\ntitle: Draft status\ndate: 2024-07-15\nstatus: Draft\n---\n",
            "d.md": "---\ntitle: Not a draft\ndate: 2024-07-15\ndraft: false\n---\n",
        ])
        #expect(Drafts.published(loaded, includeDrafts: false).map(\.incident.title) == ["Published", "Not a draft"])
        #expect(Drafts.published(loaded, includeDrafts: true).count == 4)
        let files = try SiteBuilder(config: SiteConfig(), renderer: TemplateRenderer()).files(for: Drafts.published(loaded, includeDrafts: false))
        #expect(!files.contains { $0.path.hasPrefix("incidents/b/") || $0.path.hasPrefix("incidents/c/") })
        #expect(files.contains { $0.path == "incidents/a/index.html" })
    }
}
