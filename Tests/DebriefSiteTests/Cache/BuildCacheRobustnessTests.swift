import Foundation
import Testing
@testable import DebriefSite

/// What the cache must survive: corrupt and foreign entries, a touched output, files
/// it depends on that are not postmortems; and it only ever deletes its own folder.
@Suite("Build cache robustness")
struct BuildCacheRobustnessTests {
    /// The summary names each entry by its checksum: a damaged one is found when its page is rendered (the manifest
    /// is garbage, so every page is), and its postmortem read again — but for the draft's, which no page shows.
    @Test("truncated, garbage and foreign entries and a garbage manifest are rebuilt, one by one")
    func corruptEntries() throws {
        let site = try CacheSite()
        defer { site.remove() }
        try site.build()
        let folder = site.root + "/.debrief-cache/entries/"
        let names = site.entries
        let first = try #require(FileManager.default.contents(atPath: folder + names[0]))
        try first.prefix(first.count / 2).write(to: URL(fileURLWithPath: folder + names[0]))
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: folder + names[1]))
        var flipped = try #require(FileManager.default.contents(atPath: folder + names[2]))
        flipped[flipped.count - 3] ^= 0x20  // one byte of the body HTML: the checksum catches it
        try flipped.write(to: URL(fileURLWithPath: folder + names[2]))
        var foreign = try #require(FileManager.default.contents(atPath: folder + names[3]))
        foreign[8] = 99  // another cache format
        try foreign.write(to: URL(fileURLWithPath: folder + names[3]))
        for name in try FileManager.default.contentsOfDirectory(atPath: site.root + "/.debrief-cache") where name.hasSuffix(".manifest") {
            try Data(repeating: 7, count: 100).write(to: URL(fileURLWithPath: site.root + "/.debrief-cache/" + name))
        }
        let result = try site.expectCachedEqualsUncached()
        let draft = BuildCache.entryName(for: site.root + "/Content/draft.md")
        #expect(result.readCount == (names.prefix(4).contains(draft) ? 3 : 4))
        #expect(result.renderedIncidentPages == 5)
        #expect(try site.expectCachedEqualsUncached().readCount == 0)
    }

    @Test("a page changed in the live output is rendered again, never kept")
    func touchedOutput() throws {
        let site = try CacheSite()
        defer { site.remove() }
        try site.build()
        let path = site.root + "/Output/incidents/a/index.html"
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        handle.write(Data("<!-- edited -->".utf8))
        try handle.close()
        try Data("stale".utf8).write(to: URL(fileURLWithPath: site.root + "/Output/index.html"))
        let result = try site.expectCachedEqualsUncached()
        #expect(result.readCount == 0 && result.renderedIncidentPages == 1)
        #expect(!site.page("a").contains("<!-- edited -->"))
    }

    @Test("an image's new bytes, and an undated file's new modification day, are seen without the Markdown changing")
    func dependenciesOutsideTheMarkdown() throws {
        let site = try CacheSite()
        defer { site.remove() }
        try site.build()
        try Data([9, 9, 9]).write(to: URL(fileURLWithPath: site.root + "/Content/images/graph.png"))
        try site.setModified("undated.md", to: "2024-07-25T12:00:00Z")
        let result = try site.expectCachedEqualsUncached()
        #expect(result.readCount == 1)
        #expect(site.snapshot()["incidents/a/images/graph.png"] == Data([9, 9, 9]))
        #expect(result.published.first { $0.slug == "undated" }?.date?.description == "2024-07-25")
    }

    @Test("--no-cache neither reads nor writes the cache")
    func noCache() throws {
        let site = try CacheSite()
        defer { site.remove() }
        let result = try site.build(useCache: false)
        #expect(result.readCount == 6)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/.debrief-cache"))
    }

    @Test("clean removes only a folder Debrief made; a foreign folder of that name is neither used nor removed")
    func cleanOnlyOurs() throws {
        let site = try CacheSite()
        defer { site.remove() }
        try site.build()
        let cache = BuildCache(site: site.root)
        #expect(try cache.remove())
        #expect(!FileManager.default.fileExists(atPath: cache.folder))
        #expect(try !cache.remove())
        try FileManager.default.createDirectory(atPath: cache.folder, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: cache.folder + "/notes.txt"))
        #expect(throws: BuildCache.Refusal.self) { try cache.remove() }
        let reported = Lines()
        let result = try SitePipeline(request: BuildRequest(site: site.root), report: { reported.append($0) }).run()
        #expect(result.readCount == 6)
        #expect(reported.all.contains { $0.contains("not made by Debrief") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.folder) == ["notes.txt"])
    }
}
