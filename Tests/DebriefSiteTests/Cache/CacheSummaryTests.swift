import DebriefModel
import Foundation
import Testing
@testable import DebriefSite

/// The cache's summary: one file in place of an entry per postmortem. A build takes the
/// postmortems from it; their entries are read only for the pages rendered, and one that is
/// gone or not the summary's is read again from the postmortem. A summary that is damaged,
/// cut short or of another version is not used.
@Suite("Cache summary")
struct CacheSummaryTests {
    var summaryPath: (CacheSite) -> String = { $0.root + "/.debrief-cache/summary" }

    @Test("with every entry gone, a no-change build still reads nothing; pages rendered again read their postmortems")
    func entriesReadOnlyForPages() throws {
        let site = try CacheSite()
        defer { site.remove() }
        try site.build()
        #expect(FileManager.default.fileExists(atPath: summaryPath(site)))
        for name in site.entries { try FileManager.default.removeItem(atPath: site.root + "/.debrief-cache/entries/" + name) }
        let warm = try site.expectCachedEqualsUncached()
        #expect(warm.readCount == 0 && warm.renderedIncidentPages == 0)
        // A template change renders every incident page: each is read again, its entry stored and named in the summary.
        try FileManager.default.createDirectory(atPath: site.root + "/Templates", withIntermediateDirectories: true)
        let template = try #require(BuiltinTemplates.all["incident"]).replacingOccurrences(of: "<article class=\"incident\">", with: "<!-- o --><article class=\"incident\">")
        try template.write(toFile: site.root + "/Templates/incident.mustache", atomically: true, encoding: .utf8)
        let changed = try site.expectCachedEqualsUncached()
        #expect(changed.readCount == 5 && changed.renderedIncidentPages == 5)
        #expect(site.page("a").contains("<!-- o -->"))
        try FileManager.default.removeItem(atPath: site.root + "/Templates/incident.mustache")
        let back = try site.expectCachedEqualsUncached()
        #expect(back.readCount == 0 && back.renderedIncidentPages == 5)
    }

    @Test("a truncated, flipped, garbage or foreign summary is not used: the entries are, and the summary is made again",
          arguments: ["truncated", "flipped", "garbage", "foreign"])
    func damagedSummary(damage: String) throws {
        let site = try CacheSite()
        defer { site.remove() }
        try site.build()
        var data = try #require(FileManager.default.contents(atPath: summaryPath(site)))
        switch damage {
        case "truncated": data = data.prefix(data.count - 9)
        case "flipped": data[data.count / 2] ^= 0x10
        case "garbage": data = Data("not a summary".utf8)
        default: data[8] = 99  // another cache format
        }
        try data.write(to: URL(fileURLWithPath: summaryPath(site)))
        #expect(BuildCache(site: site.root).summary() == nil)
        let result = try site.expectCachedEqualsUncached()
        #expect(result.readCount == 0)
        #expect(BuildCache(site: site.root).summary()?.items.count == 6)
    }

    @Test("a summary made under another version or settings is not used")
    func otherSalt() throws {
        let site = try CacheSite()
        defer { site.remove() }
        try site.build(version: "1.0.0")
        let first = try #require(BuildCache(site: site.root).summary())
        #expect(try site.expectCachedEqualsUncached(version: "2.0.0").readCount == 6)
        let second = try #require(BuildCache(site: site.root).summary())
        #expect(first.salt != second.salt && second.items.count == 6)
    }

    @Test("an entry that is not the one the summary names is never a page's source")
    func staleEntry() throws {
        let site = try CacheSite()
        defer { site.remove() }
        try site.build()
        let cache = BuildCache(site: site.root), path = site.root + "/Content/b.md"
        var entry = try #require(cache.entry(for: path))
        entry.loaded.bodyHTML = "<p>stale</p>"
        entry.loaded.incident.title = "Stale title"
        cache.store(entry)
        try FileManager.default.removeItem(atPath: site.root + "/.debrief-cache/" + (try #require(
            try FileManager.default.contentsOfDirectory(atPath: site.root + "/.debrief-cache").first { $0.hasSuffix(".manifest") })))
        let result = try site.expectCachedEqualsUncached()
        #expect(result.readCount == 1)
        #expect(!site.page("b").contains("stale") && !site.page("b").contains("Stale title"))
        #expect(try site.expectCachedEqualsUncached().readCount == 0)
    }

    @Test("a postmortem read again that is not what the summary says stops the build and drops the summary")
    func changedUnderTheSummary() throws {
        let site = try CacheSite()
        defer { site.remove() }
        try site.build()
        let cache = BuildCache(site: site.root)
        let reads = EntryReads(cache: cache)
        reads.setReader { _, _ in (LoadedIncident(incident: Incident(source: "x", slug: "x", title: "changed"), bodyHTML: ""), nil) }
        #expect(throws: IncidentSpool.Unreadable.self) {
            try reads.take(path: site.root + "/Content/a.md", display: "Content/a.md", checksum: 1, keys: (read: 1, body: 2))
        }
        #expect(cache.summary() == nil)
        #expect(try site.expectCachedEqualsUncached().readCount == 0)
    }

    @Test("the memo holds for the reads it was made from, and only for them")
    func memo() throws {
        let site = try CacheSite()
        defer { site.remove() }
        try site.build()
        let summary = try #require(BuildCache(site: site.root).summary())
        let memo = try #require(summary.memo)
        let all = summary.items.map(\.summary)
        #expect(memo.pageKeys.count == 5 && memo.published.count == 5)  // the draft is left out
        #expect(memo.published(from: all, key: memo.key &+ 1) == nil)
        let published = SitePipeline.checked(all, includeDrafts: false).published.map(\.incident)
        #expect(memo.published(from: all, key: memo.key)?.map(\.incident) == published)
        var sealed = CacheWriter()
        memo.write(to: &sealed)
        var input = CacheReader(sealed.bytes)
        #expect(try SiteMemo(&input) == memo && input.isAtEnd)
    }
}
