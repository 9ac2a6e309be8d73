import DebriefModel
import Foundation
import Testing
@testable import DebriefSite

/// A postmortem with a 4,000-entry timeline, built into its page through the
/// library. The work behind it is held linear by the chart's own growth test
/// (lane probes); here the page must hold every row, with unique ids, and a
/// chart of bounded height.
@Suite struct LongTimelinePageTests {
    static func incident(entries: Int) -> LoadedIncident {
        let start = Date(timeIntervalSince1970: 1_721_001_600)  // 2024-07-15 00:00 UTC
        var incident = Incident(source: "Content/long.md", slug: "long", title: "Long timeline", services: ["api"])
        incident.timeline = (0..<entries).map { i in
            let at = start.addingTimeInterval(Double(i) * 20)
            // Every tenth entry shares its line with the one before, as entries run together in prose.
            let line = 20 + i - i / 10
            return TimelineEvent(at: at, localDate: LocalDate(at, offsetSeconds: 0), localTime: nil, offsetSeconds: 0,
                                 text: "checked the api replica \(i)", milestone: i == 0 ? .started : nil, line: line)
        }
        incident.milestones[.started] = MilestoneValue(at: start, line: 20, source: "timeline")
        let body = (0..<entries).map { "<li id=\"L\(20 + $0)\">entry</li>" }.joined(separator: "\n")
        return LoadedIncident(incident: incident, bodyHTML: "<ul>\n" + body + "\n</ul>")
    }

    @Test func aPageOfFourThousandEntries() throws {
        let loaded = Self.incident(entries: 4_000)
        let view = IncidentPageView(loaded, related: RelatedIncidents([loaded.incident]), config: SiteConfig())
        #expect(view.timeline.count == 4_000)
        #expect(Set(view.timeline.map(\.id)).count == 4_000)
        #expect(view.timeline[10].id == "ev-L29-2")
        let html = try TemplateRenderer().render(view, template: "incident")
        #expect(html.components(separatedBy: "id=\"ev-L").count - 1 == 4_000)
        // Both copies of the chart (desktop and phone) stay within the lane cap.
        for height in html.components(separatedBy: "viewBox=\"0 0 ").dropFirst().compactMap({ $0.split(separator: "\"").first?.split(separator: " ").last }) {
            #expect((Double(height) ?? .infinity) < 1_200)
        }
    }
}
