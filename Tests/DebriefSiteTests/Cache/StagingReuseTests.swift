import Foundation
import Testing
@testable import DebriefSite

/// The staging folder a cached build keeps (the tree the last swap put aside) is updated in
/// place: whatever is in it, the output swapped in is exactly what an uncached build writes,
/// the live output is never written through a shared hard link, and nothing outside is touched.
@Suite("Staging folder reuse")
struct StagingReuseTests {
    /// A site built, one postmortem changed and built again: the first tree is now the kept staging folder.
    static func siteWithKeptStaging() throws -> CacheSite {
        let site = try CacheSite()
        try site.build()
        try site.write("b.md", CacheSite.postmortem("Search outage, retitled", date: "2024-07-20", service: "checkout"))
        try site.build()
        return site
    }

    static func staging(_ site: CacheSite) -> String { site.root + "/.Output.debrief-staging" }

    @Test("stray files, a changed file and a symlink in the kept staging folder do not reach the output")
    func strayStaging() throws {
        let site = try Self.siteWithKeptStaging()
        defer { site.remove() }
        let staging = Self.staging(site), live = site.snapshot()
        #expect(FileManager.default.fileExists(atPath: staging + "/" + OutputWriter.marker))
        let outside = site.root + "/outside"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data("stray".utf8).write(to: URL(fileURLWithPath: staging + "/stray.html"))
        try FileManager.default.createDirectory(atPath: staging + "/old-folder/deep", withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: staging + "/old-folder/deep/index.html"))
        try FileManager.default.removeItem(atPath: staging + "/incidents/c")
        try FileManager.default.createSymbolicLink(atPath: staging + "/incidents/c", withDestinationPath: outside)
        // Written in place: the file is a hard link to the live page, which changes too and is rendered again.
        try Data("garbled".utf8).write(to: URL(fileURLWithPath: staging + "/incidents/d/index.html"))
        try site.write("c.md", CacheSite.postmortem("Search outage, again", date: "2024-08-01", service: "search"))
        try site.expectCachedEqualsUncached()
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
        #expect(site.snapshot()["incidents/d/index.html"] != Data("garbled".utf8))
        #expect(site.snapshot()["stray.html"] == nil && site.snapshot()["old-folder/deep/index.html"] == nil)
        // The tree swapped out (the last live output) was left as it was: kept aside, not written through.
        #expect(FileManager.default.contents(atPath: staging + "/incidents/c/index.html") == live["incidents/c/index.html"])
    }

    @Test("an unchanged page behind a symlinked folder of the staging folder is linked into a real folder")
    func symlinkedFolderHoldingTheLivePage() throws {
        let site = try Self.siteWithKeptStaging()
        defer { site.remove() }
        // The staging copy of an unchanged page's folder moved out (its page is still the live page's inode) and symlinked back.
        let staging = Self.staging(site), outside = site.root + "/outside-undated"
        try FileManager.default.moveItem(atPath: staging + "/incidents/undated", toPath: outside)
        try FileManager.default.createSymbolicLink(atPath: staging + "/incidents/undated", withDestinationPath: outside)
        try site.write("c.md", CacheSite.postmortem("Search outage, again", date: "2024-08-01", service: "search"))
        try site.expectCachedEqualsUncached()
        #expect(site.snapshot()["incidents/undated/index.html"] != nil)
        #expect(FileManager.default.fileExists(atPath: outside + "/index.html"))
    }

    @Test("--no-cache keeps no staging folder, and clean-style removal refuses a foreign one")
    func noCacheNoStaging() throws {
        let site = try CacheSite()
        defer { site.remove() }
        try site.build(useCache: false)
        try site.build(useCache: false)
        #expect(!FileManager.default.fileExists(atPath: Self.staging(site)))
        let writer = OutputWriter(output: site.root + "/Output")
        #expect(try !writer.removeStaging())
        try FileManager.default.createDirectory(atPath: Self.staging(site), withIntermediateDirectories: true)
        #expect(throws: OutputWriter.WriteError.self) { try writer.removeStaging() }
    }
}
