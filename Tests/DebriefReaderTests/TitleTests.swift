@testable import DebriefModel
@testable import DebriefReader
import DebriefMetrics
import DebriefMarkdown
import Testing

@Suite("Titles of postmortems without one")
struct TitleTests {
    func title(_ markdown: String, path: String = "Content/2026-01-05-x.md") throws -> String {
        IncidentReader().read(try MarkdownParser.parse(markdown), path: path).title
    }

    @Test("a generic heading gives way to the system the summary names", arguments: [
        ("# Incident Report\n\n## Issue Summary\n\nOn 2026-01-05 the Billing Portal experienced a partial outage for an hour.\n", "Billing Portal partial outage"),
        ("# Postmortem\n\n## Summary\n\nOn Jan 5, 2026 the `ledger` service was degraded for all tenants.\n", "Ledger service degradation"),
        ("# Postmortem\n\n## Summary\n\nThe shipment lookup api at Acme Corp returned stale rows to customers.\n", "Shipment lookup api incident"),
    ])
    func derived(markdown: String, expected: String) throws {
        #expect(try title(markdown) == expected)
    }

    @Test("with no named system, the summary's first sentence without its time clauses")
    func firstSentence() throws {
        let markdown = "# 0x19. Postmortem\n\n## Issue Summary\n\nOn March 3, from 9:00 to 9:40 a.m. UTC, our nightly export job wrote empty files. Nobody noticed.\n"
        #expect(try title(markdown) == "Our nightly export job wrote empty files")
    }

    @Test("a specific first heading is kept, and a file name is the last resort")
    func headingAndFileName() throws {
        #expect(try title("# Queue backlog after broker upgrade\n\nText.\n") == "Queue backlog after broker upgrade")
        #expect(try title("# Incident Report\n\nshort.\n", path: "Content/2026-01-05-dns-flap.md") == "Dns flap")
    }
}

@Suite("Milestones out of order")
struct MilestoneOrderTests {
    @Test("a front matter time before the milestone it follows is an error (the author's own times disagree) and its metric left out")
    func outOfOrder() throws {
        let text = "---\nstarted: 2024-05-01T10:00:00Z\ndetected: 2024-05-01T09:00:00Z\nresolved: 2024-05-01T11:00:00Z\n---\n# Cache stampede\n"
        let incident = IncidentReader().read(try MarkdownParser.parse(text), path: "Content/a.md")
        let metrics = IncidentMetrics(incident)
        #expect(metrics.timeToDetect == nil)
        #expect(metrics.timeToResolve == 3600)
        #expect(incident.diagnostics.contains { $0.level == .error && $0.line == 3 && $0.message.contains("TTD") })
    }
}

@Suite("Midnight rollover notes")
struct RolloverNoteTests {
    @Test("an undated clock going back past midnight is read as the next day, and said")
    func rolloverIsSaid() throws {
        let text = "# DNS flap\n\n## Timeline\n\nAll times UTC.\n\n- 2024-05-01 23:50: alert fired\n- 00:10: rolled back the resolver change\n- 00:20: service restored\n"
        let incident = IncidentReader().read(try MarkdownParser.parse(text), path: "Content/a.md")
        #expect(incident.timeline.map { $0.localDate?.description } == ["2024-05-01", "2024-05-02", "2024-05-02"])
        #expect(incident.diagnostics.contains { $0.line == 8 && $0.message.contains("read as the next day") })
    }
}
