import Foundation
import Testing
@testable import DebriefSite

/// The build pipeline driven in-process: phases, streamed output, unchanged
/// files kept (with their modification time), and errors naming their file.
@Suite("Build pipeline")
struct SitePipelineTests {
    static let postmortem = """
    ---
    title: Checkout latency
    date: 2024-07-15
    severity: SEV2
    services: [checkout-api]
    started: 2024-07-15T10:00:00Z
    resolved: 2024-07-15T11:00:00Z
    ---

    # Checkout latency

    ## Timeline

    - 10:00 UTC errors start
    - 10:05 UTC alert fired
    - 11:00 UTC service restored
    """

    /// A site folder with two postmortems; removed by the caller.
    static func site() throws -> String {
        let root = (NSTemporaryDirectory() as NSString).appendingPathComponent("debrief-pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: root + "/Content", withIntermediateDirectories: true)
        try postmortem.write(toFile: root + "/Content/a.md", atomically: true, encoding: .utf8)
        try postmortem.replacingOccurrences(of: "Checkout latency", with: "Search outage")
            .replacingOccurrences(of: "checkout-api", with: "search").write(toFile: root + "/Content/b.md", atomically: true, encoding: .utf8)
        return root
    }

    static func files(under root: String) -> [String: Date] {
        var result: [String: Date] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: root)! {
            let attributes = try? FileManager.default.attributesOfItem(atPath: root + "/" + path)
            guard attributes?[.type] as? FileAttributeType == .typeRegular else { continue }
            result[path] = attributes?[.modificationDate] as? Date
        }
        return result
    }

    @Test func runsEveryPhaseAndWritesTheSite() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = try SitePipeline(request: BuildRequest(site: root)).run()
        #expect(result.published.map(\.title) == ["Checkout latency", "Search outage"])
        for phase in BuildPhase.allCases { #expect(result.timings[phase].seconds >= 0) }
        #expect(result.timings[.read].items == 2)
        #expect(result.timings[.render].items == result.fileCount)
        #expect(result.unchangedCount == 0)
        let written = Self.files(under: root + "/Output")
        #expect(written.keys.contains("incidents/a/index.html") && written.keys.contains("services/search/index.html"))
        #expect(written.count == result.fileCount + 1)  // and the marker
        #expect(result.timings.table().split(separator: "\n").count == BuildPhase.allCases.count + 2)
    }

    @Test func aRebuildKeepsUnchangedFilesAndTheirTimes() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let pipeline = SitePipeline(request: BuildRequest(site: root))
        let first = try pipeline.run()
        let before = Self.files(under: root + "/Output")
        Thread.sleep(forTimeInterval: 0.05)
        let second = try pipeline.run()
        #expect(second.unchangedCount == first.fileCount)
        let after = Self.files(under: root + "/Output")
        for (path, date) in before where path != OutputWriter.marker { #expect(after[path] == date, "\(path) was rewritten") }

        try Self.postmortem.replacingOccurrences(of: "alert fired", with: "pager fired")
            .write(toFile: root + "/Content/a.md", atomically: true, encoding: .utf8)
        let third = try pipeline.run()
        let changed = Self.files(under: root + "/Output").filter { before[$0.key] != $0.value }.map(\.key)
        #expect(changed.contains("incidents/a/index.html"))
        #expect(!changed.contains("incidents/b/index.html"))
        #expect(third.unchangedCount == third.fileCount - (changed.count - 1))
        let page = try String(contentsOfFile: root + "/Output/incidents/a/index.html", encoding: .utf8)
        #expect(page.contains("pager fired"))
        // Beside the content: the live folder, the build cache and the tree the swap put aside, Debrief's,
        // which the next build updates in place instead of linking every file anew.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == [".Output.debrief-staging", ".debrief-cache", "Content", "Output"])
        #expect(FileManager.default.fileExists(atPath: root + "/.Output.debrief-staging/" + OutputWriter.marker))
    }

    @Test func errorsNameTheirFileAndPhase() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "title: [unclosed\n".write(toFile: root + "/debrief.yml", atomically: true, encoding: .utf8)
        let reported = Lines()
        #expect { try SitePipeline(request: BuildRequest(site: root), report: { reported.append($0) }).run() } throws: { error in
            let error = error as? BuildError
            return error?.phase == .load && error?.file == root + "/debrief.yml"
        }
        #expect(!reported.all.isEmpty)
        try FileManager.default.removeItem(atPath: root + "/debrief.yml")

        try FileManager.default.createDirectory(atPath: root + "/Templates", withIntermediateDirectories: true)
        try "{{#unclosed}}".write(toFile: root + "/Templates/index.mustache", atomically: true, encoding: .utf8)
        #expect { try SitePipeline(request: BuildRequest(site: root)).run() } throws: { error in
            (error as? BuildError)?.description.hasPrefix(root + "/Templates/index.mustache: error:") == true
        }
        try FileManager.default.removeItem(atPath: root + "/Templates")

        try FileManager.default.createDirectory(atPath: root + "/Output", withIntermediateDirectories: true)
        try "mine".write(toFile: root + "/Output/notes.txt", atomically: true, encoding: .utf8)
        #expect { try SitePipeline(request: BuildRequest(site: root)).run() } throws: { error in
            (error as? BuildError)?.phase == .write
        }
        #expect(try String(contentsOfFile: root + "/Output/notes.txt", encoding: .utf8) == "mine")
    }
}

/// Lines collected from a `report` closure.
final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
