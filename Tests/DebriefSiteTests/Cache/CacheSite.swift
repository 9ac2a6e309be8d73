import Foundation
import Testing
@testable import DebriefSite

/// A site folder for the cache's tests, with the dependencies between files the cache
/// must see: a link from one postmortem to another, an image, a shared service (related
/// incidents), two files with one title, a distant date, an undated file (its date from
/// its modification time) and a draft. Removed by `remove()`.
struct CacheSite {
    let root: String
    let fm = FileManager.default

    static func postmortem(_ title: String, date: String, service: String, extra: String = "") -> String {
        """
        ---
        title: \(title)
        date: \(date)
        severity: SEV2
        services: [\(service)]
        started: \(date)T10:00:00Z
        resolved: \(date)T11:00:00Z
        ---

        # \(title)

        \(extra)

        ## Timeline

        - 10:00 UTC errors start
        - 10:05 UTC alert fired
        - 11:00 UTC service restored

        ## Action items

        - [ ] Add an alert on pool saturation (owner: sam)
        """
    }

    init() throws {
        root = (NSTemporaryDirectory() as NSString).appendingPathComponent("debrief-cache-\(UUID().uuidString)")
        try fm.createDirectory(atPath: root + "/Content/images", withIntermediateDirectories: true)
        try Data([0x89, 0x50, 0x4E, 0x47, 1]).write(to: URL(fileURLWithPath: root + "/Content/images/graph.png"))
        try write("a.md", Self.postmortem("Checkout latency", date: "2024-07-15", service: "checkout",
                                          extra: "See [the search outage](b.md#impact) and ![graph](images/graph.png)."))
        try write("b.md", Self.postmortem("Search outage", date: "2024-07-20", service: "checkout"))
        try write("c.md", Self.postmortem("Search outage", date: "2024-08-01", service: "search"))
        try write("d.md", Self.postmortem("Ancient typo", date: "1990-01-01", service: "search"))
        try write("draft.md", Self.postmortem("Draft", date: "2024-08-02", service: "search").replacingOccurrences(of: "---\n\n#", with: "draft: true\n---\n\n#"))
        try write("undated.md", "# Undated\n\n## Timeline\n\n- 10:00 UTC errors start\n- 11:00 UTC service restored\n")
        try setModified("undated.md", to: "2024-07-18T12:00:00Z")
    }

    func remove() { try? fm.removeItem(atPath: root) }

    func write(_ relative: String, _ text: String) throws {
        let path = root + "/Content/" + relative
        try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func setModified(_ relative: String, to iso: String) throws {
        let date = try #require(ISO8601DateFormatter().date(from: iso))
        try fm.setAttributes([.modificationDate: date], ofItemAtPath: root + "/Content/" + relative)
    }

    @discardableResult
    func build(output: String = "Output", useCache: Bool = true, version: String = DebriefVersion.current, drafts: Bool = false) throws -> BuildResult {
        var request = BuildRequest(site: root, output: output, includeDrafts: drafts, useCache: useCache)
        request.version = version
        return try SitePipeline(request: request).run()
    }

    /// Every file of an output folder and its bytes.
    func snapshot(_ output: String = "Output") -> [String: Data] {
        var files: [String: Data] = [:]
        let base = root + "/" + output
        for case let path as String in fm.enumerator(atPath: base)! {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[path] = fm.contents(atPath: base + "/" + path)
        }
        return files
    }

    /// Builds with the cache into Output/ and without it into Fresh/, and expects every file to be byte-identical.
    @discardableResult
    func expectCachedEqualsUncached(version: String = DebriefVersion.current, drafts: Bool = false,
                                    sourceLocation: SourceLocation = #_sourceLocation) throws -> BuildResult {
        let cached = try build(version: version, drafts: drafts)
        let uncached = try build(output: "Fresh", useCache: false, version: version, drafts: drafts)
        let (a, b) = (snapshot(), snapshot("Fresh"))
        #expect(a.count > 20, sourceLocation: sourceLocation)
        #expect(Set(a.keys) == Set(b.keys), sourceLocation: sourceLocation)
        for (path, data) in a where b[path] != data {
            Issue.record("\(path) differs from the uncached build", sourceLocation: sourceLocation)
        }
        #expect(cached.published == uncached.published, sourceLocation: sourceLocation)
        return cached
    }

    /// Builds, writes `text` to `relative`, and builds again, expecting the output of an uncached build.
    func rebuilt(changing relative: String, to text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> BuildResult {
        try build()
        try write(relative, text)
        return try expectCachedEqualsUncached(sourceLocation: sourceLocation)
    }

    var entries: [String] {
        ((try? fm.contentsOfDirectory(atPath: root + "/.debrief-cache/entries")) ?? []).sorted()
    }

    func page(_ slug: String, output: String = "Output") -> String {
        (try? String(contentsOfFile: root + "/\(output)/incidents/\(slug)/index.html", encoding: .utf8)) ?? ""
    }
}
