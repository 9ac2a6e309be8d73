import DebriefModel
import Foundation
import Testing
@testable import DebriefSite

struct DigestPerfTmpTests {
    @Test func tenThousand() throws {
        var incidents: [Incident] = []
        let base = Date(timeIntervalSince1970: 1_600_000_000)
        for i in 0..<10_000 {
            let start = base.addingTimeInterval(Double(i) * 31_536_000 * 10 / 10_000)
            incidents.append(Incident(source: "x", slug: "i\(i)", title: "I \(i)", severity: Severity(level: i % 4 + 1), services: ["s\(i % 7)"],
                milestones: [.started: MilestoneValue(at: start, line: 1, source: ""), .detected: MilestoneValue(at: start.addingTimeInterval(Double(60 + i % 600)), line: 1, source: ""),
                             .resolved: MilestoneValue(at: start.addingTimeInterval(Double(600 + (i * 7919) % 20000)), line: 1, source: "")],
                actionItems: [ActionItem(text: "fix \(i)", owner: nil, done: i % 3 == 0, line: 1)]))
        }
        let t0 = Date()
        let files = try DigestPages(config: SiteConfig(), renderer: TemplateRenderer()).files(for: incidents)
        print("PERF", files.count, Date().timeIntervalSince(t0))
    }
}
