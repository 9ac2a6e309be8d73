import DebriefMarkdown
@testable import DebriefModel
@testable import DebriefReader
import DebriefMetrics
import Foundation
import Testing

/// The seed postmortem must read exactly; it lives outside the repository.
@Suite struct SeedReadingTests {
    @Test func seedReadsExactly() throws {
        guard let shared = sharedFolder else {
            print("skipped: ../shared/seed is absent (the seed lives outside the repository)")
            return
        }
        let url = shared.appendingPathComponent("seed/incident-report.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            print("skipped: \(url.path) is absent")
            return
        }
        let incident = readIncident(text, path: "incident-report.md")
        #expect(incident.utcTime(.started) == "2024-07-15T05:43:00Z")
        #expect(incident.utcTime(.detected) == "2024-07-15T05:43:00Z")
        #expect(incident.utcTime(.acknowledged) == "2024-07-15T05:45:00Z")
        #expect(incident.utcTime(.identified) == "2024-07-15T06:16:00Z")
        #expect(incident.utcTime(.mitigated) == "2024-07-15T06:30:00Z")
        #expect(incident.utcTime(.resolved) == "2024-07-15T06:35:00Z")
        let metrics = IncidentMetrics(incident)
        #expect(metrics.timeToDetect == 0)
        #expect(metrics.timeToAcknowledge == 120)
        #expect(metrics.timeToIdentify == 1980)
        #expect(metrics.timeToMitigate == 2820)
        #expect(metrics.timeToResolve == 3120)
        #expect(incident.timeline.count == 9)
        #expect(incident.actionItems.count == 6)
        #expect(incident.date?.description == "2024-07-15")
        #expect(UTCOffset.format(incident.offsetSeconds) == "+02:00")
        #expect(incident.authors == ["Tadiwanashe Shongedza"])
        #expect(incident.title.contains("School Portal"))
    }
}
