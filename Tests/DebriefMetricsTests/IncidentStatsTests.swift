import DebriefModel
import Foundation
import Testing
@testable import DebriefMetrics

@Suite("debrief stats")
struct IncidentStatsTests {
    static func incident(_ slug: String, _ date: LocalDate?, _ severity: Int?, _ services: [String], ttr: Int?, ttd: Int? = nil) -> Incident {
        var incident = Incident(source: "\(slug).md", slug: slug, title: slug, date: date, severity: severity.map(Severity.init(level:)), services: services)
        let start = Date(timeIntervalSince1970: 1_720_000_000)
        incident.milestones[.started] = MilestoneValue(at: start, line: 1, source: "front matter")
        if let ttr { incident.milestones[.resolved] = MilestoneValue(at: start + Double(ttr), line: 2, source: "front matter") }
        if let ttd { incident.milestones[.detected] = MilestoneValue(at: start + Double(ttd), line: 3, source: "front matter") }
        return incident
    }

    static let incidents = [
        incident("a", LocalDate(year: 2024, month: 7, day: 1), 1, ["api", "db"], ttr: 600, ttd: 60),
        incident("b", LocalDate(year: 2024, month: 7, day: 20), 2, ["API"], ttr: 1200),
        incident("c", LocalDate(year: 2024, month: 8, day: 3), 1, [], ttr: 3000),
        incident("d", nil, nil, ["db"], ttr: nil),
    ]

    @Test("overall, then by severity (unknown last), service (any case) and month, each a MetricsSummary")
    func groups() {
        let groups = IncidentStats.groups(Self.incidents)
        #expect(groups.map { "\($0.dimension):\($0.key)=\($0.incidents)" } == [
            "all:all=4", "severity:SEV1=2", "severity:SEV2=1", "severity:unknown=1",
            "service:api=2", "service:db=2", "service:unknown=1", "month:2024-07=2", "month:2024-08=1", "month:unknown=1",
        ])
        let all = groups[0].summary[.timeToResolve]
        #expect(all == SampleSummary([600, 1200, 3000]))
        #expect(all.n == 3 && all.median == 1200)
        #expect(groups[0].summary[.timeToDetect].n == 1)
        #expect(groups[1].summary[.timeToResolve].mean == 1800)
    }

    @Test("filters: dates inclusive (undated out), service in any case, severity")
    func filters() {
        let since = IncidentStats.Filter(since: LocalDate(year: 2024, month: 7, day: 20), until: LocalDate(year: 2024, month: 8, day: 3))
        #expect(Self.incidents.filter(since.matches).map(\.slug) == ["b", "c"])
        #expect(Self.incidents.filter(IncidentStats.Filter(service: "Api").matches).map(\.slug) == ["a", "b"])
        #expect(Self.incidents.filter(IncidentStats.Filter(severity: Severity(level: 1)).matches).map(\.slug) == ["a", "c"])
        #expect(IncidentStats.groups(Self.incidents, filter: IncidentStats.Filter(service: "nope"))[0].incidents == 0)
    }
}
