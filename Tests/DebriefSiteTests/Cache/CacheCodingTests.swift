import DebriefModel
import Foundation
import Testing
@testable import DebriefSite

/// The cache's byte format: every field of an incident survives a round trip, a model
/// type that gains a field fails here until the format writes it, and bad bytes are refused.
@Suite("Cache coding")
struct CacheCodingTests {
    static let instant = Date(timeIntervalSince1970: 1_721_037_600.125)

    static var incident: Incident {
        var incident = Incident(source: "Content/a.md", slug: "a", title: "Checkout ✓", authors: ["sam", "kim"],
                                date: LocalDate(year: 2024, month: 7, day: 15), dateSource: "front matter", offsetSeconds: 7200,
                                zoneStated: true, zoneName: "Europe/Berlin", severity: Severity(parsing: "P1"), services: ["checkout"],
                                tags: ["db"], status: "resolved",
                                milestones: [.started: MilestoneValue(at: instant, line: 3, source: "timeline", confidence: .high),
                                             .resolved: MilestoneValue(at: instant.addingTimeInterval(60), line: 9, source: "front matter")],
                                timeline: [TimelineEvent(at: instant, localDate: LocalDate(year: 2024, month: 7, day: 15),
                                                         localTime: ClockTime(hour: 10, minute: 5, second: 7), offsetSeconds: 7200, text: "errors",
                                                         milestone: .started, line: 12, candidates: [.started, .detected], who: "sam"),
                                           TimelineEvent(at: nil, localDate: nil, localTime: nil, offsetSeconds: 0, text: "later", milestone: nil, line: 13)],
                                actionItems: [ActionItem(text: "alert", owner: "kim", done: true, line: 20), ActionItem(text: "x", owner: nil, done: false, line: 21)],
                                summary: "s", rootCause: "r", resolution: "fix", diagnostics: [Diagnostic(.warning, line: 4, column: 2, "hm")])
        incident.isDraft = true
        incident.explanations = [MilestoneExplanation(milestone: .started, chosen: .init(line: 12, at: instant, text: "errors", reasons: ["verb"]),
                                                      runnerUp: nil, margin: 0.25, probability: 0.9, confidence: .medium, abstained: false)]
        incident.decisionEntries = [.init(line: 12, at: instant, signals: ["a", "b"])]
        return incident
    }

    @Test("an incident with every field set comes back equal")
    func roundTrip() throws {
        var out = CacheWriter()
        IncidentCoding.write(Self.incident, to: &out)
        var input = CacheReader(out.bytes)
        #expect(try IncidentCoding.read(&input) == Self.incident)
        #expect(input.isAtEnd)
    }

    /// Fields the format writes, per model type; a new field in DebriefModel breaks this on purpose.
    static let fieldCases: [(String, Int, Int)] = {
        let incident = Self.incident
        var cases: [(String, Int, Int)] = [("Incident", Mirror(reflecting: incident).children.count, 23)]
        cases.append(("TimelineEvent", Mirror(reflecting: incident.timeline[0]).children.count, 9))
        cases.append(("MilestoneValue", Mirror(reflecting: incident.milestones[.started]!).children.count, 4))
        cases.append(("ActionItem", Mirror(reflecting: incident.actionItems[0]).children.count, 4))
        cases.append(("Diagnostic", Mirror(reflecting: incident.diagnostics[0]).children.count, 4))
        cases.append(("MilestoneExplanation", Mirror(reflecting: incident.explanations[0]).children.count, 7))
        cases.append(("Severity", Mirror(reflecting: incident.severity!).children.count, 2))
        cases.append(("IncidentRow (page keys)", Mirror(reflecting: ViewFactory.row(incident, root: "")).children.count, 13))
        cases.append(("LoadedIncident", Mirror(reflecting: LoadedIncident(incident: incident, bodyHTML: "")).children.count, 4))
        return cases
    }()

    @Test("the format writes every stored field of each model type", arguments: fieldCases)
    func fieldCounts(type: String, fields: Int, written: Int) {
        #expect(fields == written, "\(type) has \(fields) stored fields; IncidentCoding writes \(written)")
    }

    @Test("an entry round-trips; every truncation of it and any flipped byte is refused")
    func entryFrame() throws {
        var dependencies = ReadDependencies()
        dependencies.fallback = .init(date: LocalDate(year: 2024, month: 1, day: 2), source: "mtime")
        dependencies.links = ["b.md"]
        dependencies.targets = ["file"]
        dependencies.imageURLs = [ImageURL(url: "g.png", line: 3)]
        dependencies.images = [ContentImage(destination: "g.png", source: "/c/g.png")]
        let entry = CacheEntry(salt: 1, path: "Content/a.md", display: "Content/a.md", contentHash: 2, contentSize: 3, statedSlug: "a",
                               dependencies: dependencies, loaded: LoadedIncident(incident: Self.incident, bodyHTML: "<p>hi</p>"))
        let sealed = entry.sealed()
        let back = try #require(CacheEntry(sealed: sealed))
        #expect(back.loaded.incident == Self.incident && back.loaded.bodyHTML == "<p>hi</p>" && back.dependencies == dependencies)
        #expect(back.statedSlug == "a" && back.matches(salt: 1, path: "Content/a.md", display: "Content/a.md", hash: 2, size: 3))
        for length in stride(from: 0, to: sealed.count, by: 7) { #expect(CacheEntry(sealed: sealed.prefix(length)) == nil) }
        for index in stride(from: 0, to: sealed.count, by: 11) {
            var flipped = sealed
            flipped[index] ^= 0x01
            #expect(CacheEntry(sealed: flipped) == nil)
        }
    }

    @Test("the hash is stable across runs and sees every byte and every boundary")
    func stableHash() {
        // Pinned: entries written by one run must be found by the next (no per-process seed).
        #expect(StableHash.hex(StableHash.of("debrief")) == "77a56ec0428b3dfe")
        #expect(StableHash.of("abcdefghij") != StableHash.of("abcdefghik"))
        var a = StableHash(), b = StableHash()
        a.combine("ab"); a.combine("c")
        b.combine("a"); b.combine("bc")
        #expect(a.value != b.value)
    }
}
