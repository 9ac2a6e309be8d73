import Foundation
import Testing
@testable import DebriefSite

/// The incremental cache: a cached build's output is byte-identical to an uncached
/// build of the same input, after every kind of change, and unchanged postmortems are
/// neither read nor rendered.
@Suite("Build cache")
struct BuildCacheTests {
    @Test("a rebuild with nothing changed reads and renders nothing, and equals an uncached build")
    func noChange() throws {
        let site = try CacheSite()
        defer { site.remove() }
        let cold = try site.expectCachedEqualsUncached()
        #expect(cold.readCount == 6 && cold.renderedIncidentPages == 5)
        #expect(site.entries.count == 6)
        let warm = try site.expectCachedEqualsUncached()
        #expect(warm.readCount == 0)
        #expect(warm.renderedIncidentPages == 0)
        #expect(warm.timings[.render].items == 0)
        #expect(warm.unchangedCount == warm.fileCount)
    }

    @Test("a changed file is read again; its page and the pages that show it are rendered")
    func changedFile() throws {
        let site = try CacheSite()
        defer { site.remove() }
        try site.build()
        try site.write("b.md", CacheSite.postmortem("Search outage, retitled", date: "2024-07-20", service: "checkout"))
        let result = try site.expectCachedEqualsUncached()
        #expect(result.readCount == 1)
        #expect(site.page("b").contains("Search outage, retitled"))
        // a shows b among its related incidents, and c lost its duplicate-title warning
        // (b had its title): both are rendered again too; d and undated are not.
        #expect(site.page("a").contains("Search outage, retitled"))
        #expect(result.published.first { $0.slug == "c" }?.diagnostics.contains { $0.message.contains("also the title") } == false)
        #expect(result.renderedIncidentPages == 3)
    }

    @Test("a template override, and then removing it, renders every page again without reading")
    func templateChange() throws {
        let site = try CacheSite()
        defer { site.remove() }
        try site.build()
        try FileManager.default.createDirectory(atPath: site.root + "/Templates", withIntermediateDirectories: true)
        let template = try #require(BuiltinTemplates.all["incident"]).replacingOccurrences(of: "<article class=\"incident\">", with: "<!-- override --><article class=\"incident\">")
        try template.write(toFile: site.root + "/Templates/incident.mustache", atomically: true, encoding: .utf8)
        let changed = try site.expectCachedEqualsUncached()
        #expect(changed.readCount == 0 && changed.renderedIncidentPages == 5)
        #expect(site.page("a").contains("<!-- override -->"))
        try FileManager.default.removeItem(atPath: site.root + "/Templates/incident.mustache")
        try site.expectCachedEqualsUncached()
        #expect(!site.page("a").contains("<!-- override -->"))
    }

    @Test("a settings change, the drafts flag and a new Debrief version each rebuild what depends on them")
    func settingsDraftsAndVersion() throws {
        let site = try CacheSite()
        defer { site.remove() }
        try site.build()
        try "title: Incident reviews\n".write(toFile: site.root + "/debrief.yml", atomically: true, encoding: .utf8)
        let settings = try site.expectCachedEqualsUncached()
        #expect(settings.readCount == 6)
        #expect(site.page("a").contains("Incident reviews"))
        let drafts = try site.expectCachedEqualsUncached(drafts: true)
        #expect(drafts.readCount == 0 && drafts.published.count == 6)
        #expect(drafts.renderedIncidentPages == 6)
        let version = try site.expectCachedEqualsUncached(version: "99.0.0")
        #expect(version.readCount == 6)
    }

    @Test("a deleted file: links to it become warnings, its page and entry go")
    func deletedFile() throws {
        let site = try CacheSite()
        defer { site.remove() }
        try site.build()
        #expect(site.page("a").contains("../b/index.html#impact"))
        try FileManager.default.removeItem(atPath: site.root + "/Content/b.md")
        let result = try site.expectCachedEqualsUncached()
        // a is unchanged, but its link pointed at b: it is read again.
        #expect(result.readCount == 1)
        #expect(!site.page("a").contains("../b/index.html"))
        #expect(result.published.first { $0.slug == "a" }?.diagnostics.contains { $0.message.contains("b.md") } == true)
        #expect(site.snapshot()["incidents/b/index.html"] == nil)
        #expect(site.entries.count == 5)
    }

    @Test("a renamed file: a new slug, and the link to the old name is read again")
    func renamedFile() throws {
        let site = try CacheSite()
        defer { site.remove() }
        try site.build()
        try FileManager.default.moveItem(atPath: site.root + "/Content/b.md", toPath: site.root + "/Content/e.md")
        let result = try site.expectCachedEqualsUncached()
        #expect(result.readCount == 2)  // e.md (new path) and a.md (its link)
        #expect(site.snapshot()["incidents/e/index.html"] != nil && site.snapshot()["incidents/b/index.html"] == nil)
        // Renamed back, the link resolves again.
        try FileManager.default.moveItem(atPath: site.root + "/Content/e.md", toPath: site.root + "/Content/b.md")
        try site.expectCachedEqualsUncached()
        #expect(site.page("a").contains("../b/index.html#impact"))
    }
}
