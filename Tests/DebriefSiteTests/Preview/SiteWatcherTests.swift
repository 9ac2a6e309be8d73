import Foundation
import Synchronization
import Testing
@testable import DebriefSite

@Suite("Preview watcher and session")
struct SiteWatcherTests {
    @Test("snapshots differ on an edit, an added or removed file and a replaced one; hidden and backup files are ignored")
    func snapshots() throws {
        let box = try PreviewSandbox()
        defer { box.remove() }
        let content = box.root + "/Content"
        try box.write("Content/a.md", "one")
        let first = FileSnapshot.take([content, box.root + "/debrief.yml"])
        #expect(first.changes(since: first).isEmpty)
        try box.write("Content/.a.md.swp", "x")
        try box.write("Content/a.md~", "x")
        #expect(FileSnapshot.take([content]).stamps.keys.allSatisfy { !$0.hasSuffix("swp") && !$0.hasSuffix("~") })
        try box.write("Content/a.md", "two!")
        #expect(FileSnapshot.take([content]).changes(since: first).contains(content + "/a.md"))
        try box.write("debrief.yml", "title: X\n")
        #expect(FileSnapshot.take([content, box.root + "/debrief.yml"]).changes(since: first).contains(box.root + "/debrief.yml"))
    }

    @Test("the polling watcher returns what changed, driven by its snapshots")
    func driven() async throws {
        let stamps = Mutex([String: FileSnapshot.Stamp]())
        let watcher = PollingWatcher(interval: .milliseconds(5)) { FileSnapshot(stamps: stamps.withLock { $0 }) }
        stamps.withLock { $0["Content/a.md"] = .init(modified: 1, size: 1, inode: 1) }
        #expect(try await watcher.nextChange() == ["Content/a.md"])
        stamps.withLock { $0["Content/a.md"] = .init(modified: 1, size: 1, inode: 2) }
        #expect(try await watcher.nextChange() == ["Content/a.md"])
    }

    @Test("the polling watcher sees a file edited on disk")
    func disk() async throws {
        let box = try PreviewSandbox()
        defer { box.remove() }
        try box.write("Content/a.md", "one")
        let watcher = PollingWatcher(roots: [box.root + "/Content"], interval: .milliseconds(20))
        try box.write("Content/a.md", "two")
        // How fast is the end-to-end test's business: here, with every suite running at once, only what.
        #expect(try await watcher.nextChange() == [box.root + "/Content/a.md"])
    }

    @Test("an event stream gets the current version at once, then each build's; a failed build is the state's failure")
    func session() async throws {
        let fail = Mutex(false)
        let session = PreviewSession(session: "t") {
            var report = SiteBuildReport()
            if fail.withLock({ $0 }) { report.errors = 1 }
            return report
        }
        var versions = await session.events().makeAsyncIterator()
        #expect(await versions.next() == "t-0")
        await session.rebuild()
        #expect(await versions.next() == "t-1")
        fail.withLock { $0 = true }
        await session.rebuild()
        #expect(await versions.next() == "t-2")
        #expect(await session.state.failure != nil)
        fail.withLock { $0 = false }
        await session.rebuild()
        #expect(await session.state.failure == nil)
        #expect(await versions.next() == "t-3")
        await session.finish()
        #expect(await versions.next() == nil)
    }
}
