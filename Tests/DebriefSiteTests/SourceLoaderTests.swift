import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation
import Testing
@testable import DebriefSite

@Suite("Loading postmortems")
struct SourceLoaderTests {
    static func memory(_ files: [String: Data]) -> FileSystem {
        FileSystem(
            read: { path in
                guard let data = files[path] else { throw CocoaError(.fileNoSuchFile) }
                return data
            },
            list: { _ in files.keys.sorted() },
            exists: { files[$0] != nil }
        )
    }

    @Test("a file that is not UTF-8 is read anyway, with an error naming its line")
    func notUTF8() {
        var bytes = Data("# Outage\n\nline two\ncaf".utf8)
        bytes.append(0xE9) // Latin-1 é
        bytes.append(contentsOf: Array(" broke\n".utf8))
        let loaded = SourceLoader(fileSystem: Self.memory(["a.md": bytes])).load(path: "a.md")
        let error = loaded.incident.diagnostics.first { $0.level == .error }
        #expect(error?.line == 4)
        #expect(error?.message.contains("UTF-8") == true)
        #expect(loaded.bodyHTML.contains("café broke"))
    }

    @Test("invalid front matter is an error with its line; the body is still read")
    func badFrontMatter() {
        let text = "---\ntitle: ok\nservices: [a, b\n---\n# Checkout down\n\n## Timeline\n- 10:00 UTC: alert fired\n"
        let loaded = SourceLoader(fileSystem: Self.memory(["x.md": Data(text.utf8)])).load(path: "x.md")
        let error = loaded.incident.diagnostics.first { $0.level == .error }
        #expect(error != nil)
        #expect((2...4).contains(error?.line ?? 0))
        #expect(loaded.incident.timeline.count == 1)
    }

    @Test("a file with no recognisable sections gets a warning, not a crash")
    func noSections() {
        let loaded = SourceLoader(fileSystem: Self.memory(["n.md": Data("just some words\n".utf8)])).load(path: "n.md")
        #expect(loaded.incident.diagnostics.contains { $0.level == .warning && $0.message.contains("no recognisable sections") })
    }

    @Test("a missing file is an error, not a crash")
    func missing() {
        let loaded = SourceLoader(fileSystem: Self.memory([:])).load(path: "gone.md")
        #expect(loaded.incident.diagnostics.first?.level == .error)
    }

    @Test("the seed report reads exactly (skipped without ../shared)")
    func seedContract() throws {
        guard let shared = TestPaths.shared else {
            print("skipped: ../shared is absent, so the seed report cannot be read")
            return
        }
        let path = (shared as NSString).appendingPathComponent("seed/incident-report.md")
        let incident = SourceLoader().load(path: path, renderBody: false).incident
        let json = InspectReport.json(incident).rendered(indent: 0)
        for expected in [
            "\"started\":\"2024-07-15T05:43:00Z\"", "\"detected\":\"2024-07-15T05:43:00Z\"",
            "\"acknowledged\":\"2024-07-15T05:45:00Z\"", "\"identified\":\"2024-07-15T06:16:00Z\"",
            "\"mitigated\":\"2024-07-15T06:30:00Z\"", "\"resolved\":\"2024-07-15T06:35:00Z\"",
            "\"timeToDetect\":0", "\"timeToAcknowledge\":120", "\"timeToIdentify\":1980",
            "\"timeToMitigate\":2820", "\"timeToResolve\":3120", "\"date\":\"2024-07-15\"", "\"timezone\":\"+02:00\"",
            "\"authors\":[\"Tadiwanashe Shongedza\"]",
        ] {
            #expect(json.contains(expected), "missing \(expected)")
        }
        #expect(incident.timeline.count == 9)
        #expect(incident.actionItems.count == 6)
        #expect(incident.title.contains("School Portal"))
    }
}

@Suite("inspect's exit status")
struct InspectExitStatusTests {
    @Test("invalid front matter, or an alias bomb, makes inspect fail as build does",
          arguments: ["---\ntitle: [unclosed\n---\n# A\n", "---\nb: &b 1\n" + (1...65).map { "k\($0): *b" }.joined(separator: "\n") + "\n---\n# A\n"])
    func failsOnErrors(text: String) {
        let loaded = SourceLoader(fileSystem: SourceLoaderTests.memory(["x.md": Data(text.utf8)])).load(path: "x.md", renderBody: false)
        #expect(InspectReport.exitStatus([loaded.incident]) == 1)
    }

    @Test("warnings alone leave it at 0")
    func passesOnWarnings() {
        let loaded = SourceLoader(fileSystem: SourceLoaderTests.memory(["n.md": Data("just some words\n".utf8)])).load(path: "n.md")
        #expect(InspectReport.exitStatus([loaded.incident]) == 0)
    }
}
