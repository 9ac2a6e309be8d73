import DebriefModel
import DebriefReader
import Foundation
import Testing
@testable import DebriefSite

/// Links between postmortems become links between their pages; links and images
/// that point at nothing inside the content folder are warnings on their lines.
@Suite struct ContentLinksTests {
    static let files: [String: String] = [
        "/site/Content/2026-01-02-db.md": """
        # Database failover

        See [the cache incident](cache/index.md#impact), [the queue one](../Content/queue.md) and
        [the renamed one](renamed.md), [a typo](2026-01-03-dbb.md), [the site](https://example.com/x.md),
        [a section](#timeline), [mail](mailto:a@example.com) and [up](../../etc/passwd).

        ![graph](images/graph.png) ![missing](images/nope.png)
        """,
        "/site/Content/cache/index.md": "# Cache\n",
        "/site/Content/queue.md": "# Queue\n",
        "/site/Content/renamed.md": "---\ntitle: Renamed\nslug: Queue Backlog\n---\n# Renamed\n",
        "/site/Content/images/graph.png": "PNG",
    ]

    static let fileSystem = SourceLoaderTests.memory(files.mapValues { Data($0.utf8) })
    static let postmortems = files.keys.filter { $0.hasSuffix(".md") }.sorted()

    static func load() -> LoadedIncident {
        let links = ContentLinks(root: "/site/Content", postmortems: postmortems, fileSystem: fileSystem)
        return SourceLoader(fileSystem: fileSystem, links: links).load(path: "/site/Content/2026-01-02-db.md", displayPath: "Content/2026-01-02-db.md")
    }

    @Test func linksToPostmortemsBecomeTheirPagesWithFragmentsKept() {
        let html = Self.load().bodyHTML
        #expect(html.contains(#"<a href="../cache/index.html#impact">the cache incident</a>"#))
        #expect(html.contains(#"<a href="../queue/index.html">the queue one</a>"#))
        #expect(html.contains(#"<a href="../queue-backlog/index.html">the renamed one</a>"#), "front matter slug wins")
        #expect(html.contains(#"<a href="https://example.com/x.md">"#))
        #expect(html.contains(##"<a href="#timeline">"##) && html.contains(#"<a href="mailto:a@example.com">"#))
        #expect(html.contains(#"src="images/graph.png""#), "images stay as written until the writer copies them")
    }

    @Test func linksAndImagesToNothingAreWarningsOnTheirLines() {
        let warnings = Self.load().incident.diagnostics.filter { $0.level == .warning && $0.message.contains("point") }
        let messages = warnings.map { "\($0.line): \($0.message)" }
        #expect(messages.contains("4: link '2026-01-03-dbb.md' points at nothing: no file Content/2026-01-03-dbb.md in the content folder"), "\(messages)")
        #expect(messages.contains("5: link '../../etc/passwd' points outside the content folder, so the site cannot carry it"), "\(messages)")
        #expect(messages.contains("7: image 'images/nope.png' points at nothing: no file Content/images/nope.png in the content folder"), "\(messages)")
        #expect(warnings.count == 3, "\(messages)")
    }

    @Test(arguments: [
        ("https://x.example/a.md", ContentLinks.Target.elsewhere), ("//cdn.example/a.png", .elsewhere), ("#top", .elsewhere),
        ("/abs/path.md", .elsewhere), ("", .elsewhere), ("queue.md?x=1#y", .postmortem(slug: "queue", fragment: "#y")),
        ("cache/", .postmortem(slug: "cache", fragment: "")), ("images/graph%2Epng", .file),
    ])
    func targets(url: String, expected: ContentLinks.Target) {
        let links = ContentLinks(root: "/site/Content", postmortems: Self.postmortems, fileSystem: Self.fileSystem)
        #expect(links.target(url, from: "/site/Content/2026-01-02-db.md") == expected)
    }

    /// Without the option nothing changes: links stay as written and nothing is checked.
    @Test func withoutContentLinksTheBodyIsAsBefore() {
        let loaded = SourceLoader(fileSystem: Self.fileSystem).load(path: "/site/Content/2026-01-02-db.md")
        #expect(loaded.bodyHTML.contains(#"<a href="cache/index.md#impact">"#))
        #expect(!loaded.incident.diagnostics.contains { $0.message.contains("points at nothing") })
    }

    @Test("only a file that opens with front matter naming a slug is decoded for it; the answer is the same")
    func slugPrecheck() {
        let cases: [(String, String?)] = [
            ("---\nslug: db-failover\n---\n# Title\n", "db-failover"),
            ("\u{FEFF}---\r\nSlug: Db-Failover\r\n---\r\n# Title\r\n", "Db-Failover"),
            ("---\ntitle: slsslug\n---\n", nil),
            ("# Title\n\n---\nslug: not-front-matter\n---\n", nil),
            ("---\ntitle: no key\n---\n", nil),
        ]
        for (text, slug) in cases {
            let data = Data(text.utf8)
            let fileSystem = FileSystem(read: { _ in data }, list: { _ in ["/c/a.md"] }, exists: { _ in true })
            #expect(ContentLinks.statedSlug("/c/a.md", fileSystem: fileSystem) == slug, "\(text)")
            if slug != nil { #expect(ContentLinks.mayStateSlug(data)) }
        }
        #expect(!ContentLinks.mayStateSlug(Data("# Title\nslug: x\n".utf8)))
    }
}

