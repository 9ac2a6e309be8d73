import Foundation
import Testing
@testable import DebriefSite

/// A postmortem whose stamp (device, inode, size, modification time) is what it was when it
/// was read is taken from the cache unread, but only when that stamp was older than the
/// racy window then: a file written just before it was read is hashed again every build.
@Suite("File stamps in the read cache")
struct FileStampTrustTests {
    /// A read of `site`'s b.md and c.md where every file has one fixed stamp and the clock says `now`.
    static func read(_ site: CacheSite, now: Double, reads: Lines) throws -> (loaded: [String], parsed: Int) {
        var fileSystem = FileSystem.disk
        let base = fileSystem.read
        fileSystem.read = { reads.append(($0 as NSString).lastPathComponent); return try base($0) }
        let cache = BuildCache(site: site.root)
        try cache.prepare()
        var reader = CachedRead(cache: cache, salt: 7, config: SiteConfig(), root: site.root + "/Content", fileSystem: fileSystem)
        reader.stamp = { FileStamp(device: 1, inode: UInt64($0.count), size: 10, seconds: 1_000, nanoseconds: 0) }
        reader.now = { now }
        let paths = ["b.md", "c.md"].map { (path: site.root + "/Content/" + $0, display: "Content/" + $0) }
        let result = reader.load(paths: paths, spool: IncidentSpool(beside: nil, entries: EntryReads(cache: cache)))
        if result.changed { cache.store(CacheSummary(salt: 7, items: result.items)) }
        return (result.summaries.map(\.incident.title), result.parsed)
    }

    @Test("a trusted stamp skips reading; a racy one is hashed, and a change under it is caught")
    func trustedAndRacy() throws {
        let site = try CacheSite()
        defer { site.remove() }
        let reads = Lines()
        // Read one second after the stamp's time: racy, so the next build hashes both files again…
        #expect(try Self.read(site, now: 1_001, reads: reads).parsed == 2)
        try site.write("c.md", CacheSite.postmortem("Search outage, changed under the same stamp", date: "2024-08-01", service: "search"))
        let racy = try Self.read(site, now: 5_000, reads: Lines())
        #expect(racy.parsed == 1 && racy.loaded.contains("Search outage, changed under the same stamp"))
        // …and, hashed long after the stamp's time, the entries now trust it: neither file is read.
        let trusted = Lines()
        let quiet = try Self.read(site, now: 6_000, reads: trusted)
        #expect(quiet.parsed == 0 && quiet.loaded.count == 2)
        #expect(trusted.all.isEmpty, "read: \(trusted.all)")
    }

    @Test("an entry's and a summary item's stamp and time survive being sealed and opened")
    func roundTrip() throws {
        let site = try CacheSite()
        defer { site.remove() }
        _ = try Self.read(site, now: 9_000, reads: Lines())
        let stamp = FileStamp(device: 1, inode: UInt64((site.root + "/Content/b.md").count), size: 10, seconds: 1_000, nanoseconds: 0)
        let entry = try #require(BuildCache(site: site.root).entry(for: site.root + "/Content/b.md"))
        #expect(entry.stamp == stamp)
        #expect(entry.recordedAt == 9_000 && entry.trusts(entry.stamp) && !entry.trusts(nil))
        let item = try #require(BuildCache(site: site.root).summary()?.items.first { $0.path.hasSuffix("/b.md") })
        #expect(item.stamp == stamp && item.recordedAt == 9_000 && item.trusts(stamp) && !item.trusts(nil))
    }
}
