import DebriefMetrics
import DebriefModel
import Foundation
import Testing
@testable import DebriefSite

@Suite("debrief stats output")
struct StatsOutputTests {
    static var groups: [IncidentStats.Group] {
        var a = Incident(source: "a.md", slug: "a", title: "a", date: LocalDate(year: 2024, month: 7, day: 1), severity: Severity(level: 2), services: ["=cmd"])
        let start = Date(timeIntervalSince1970: 1_720_000_000)
        a.milestones[.started] = MilestoneValue(at: start, line: 1, source: "front matter")
        a.milestones[.resolved] = MilestoneValue(at: start + 3900, line: 2, source: "front matter")
        return IncidentStats.groups([a])
    }

    @Test("table, JSON and CSV, as golden files")
    func formats() throws {
        for format in StatsOutput.Format.allCases {
            try Golden.check(StatsOutput.render(Self.groups, format: format), folder: "stats", named: "stats.\(format.rawValue == "table" ? "txt" : format.rawValue)")
        }
        #expect(StatsOutput.render(Self.groups, format: .csv).contains("service,\"'=cmd\",1,MTTR,1,3900,3900,3900\r\n"))
    }
}
