import Foundation
import Testing
import DebriefModel
@testable import DebriefMetrics

struct ResolutionTests {
    typealias F = DigestFixture

    /// The tryout's case: no resolution time and no open status was listed with TTR "—"
    /// while the page said nothing was unresolved.
    @Test func unstatedResolutionIsUnresolvedInItsWeekAndSaysSo() {
        // Marked resolved, but no resolved time (like a report that only says when it was mitigated).
        let silent = F.incident("silent", started: "2024-07-16T10:00:00Z", status: "resolved")
        let done = F.incident("done", started: "2024-07-15T09:00:00Z", resolved: "2024-07-15T09:30:00Z")
        let builder = DigestBuilder(incidents: [silent, done], bucketing: F.utc)
        let report = builder.report(for: ISOWeek("2024-W29")!)
        #expect(report.unresolved.map(\.slug) == ["silent"])
        // The table's TTR cell and the list come from the same value.
        for incident in report.incidents {
            let state = Resolution(incident, at: report.end)
            #expect(report.unresolved.contains { $0.slug == incident.slug } == state.isUnresolved(startedThisWeek: true))
        }
        #expect(Resolution(silent, at: report.end).ttrText == "not stated")
        #expect(Resolution(done, at: report.end).ttrText == "30 min")
        // Later weeks do not carry an unstated resolution forever.
        #expect(builder.report(for: ISOWeek("2024-W30")!).unresolved.isEmpty)
    }

    @Test func resolvedAfterTheWeekIsOpenAtItsEnd() {
        let spans = F.incident("spans", started: "2024-07-21T23:00:00Z", resolved: "2024-07-22T03:00:00Z")
        let end = F.at("2024-07-22T00:00:00Z")
        #expect(Resolution(spans, at: end) == .open)
        #expect(Resolution(spans, at: end).ttrText == "open")
        #expect(Resolution(spans, at: F.at("2024-07-23T00:00:00Z")) == .resolved(seconds: 4 * 3600))
        let marked = F.incident("marked", started: "2024-07-17T10:00:00Z", status: "open")
        #expect(Resolution(marked, at: end) == .open && DigestBuilder.isUnresolved(marked, at: end))
    }
}
