import DebriefModel
import DebriefReader
@testable import DebriefMetrics
import Foundation
import Testing
@testable import DebriefSite

@Suite("A date typo does not stretch the digest")
struct DigestSpanTests {
    static func loaded(_ slug: String, _ iso: String) -> LoadedIncident {
        var incident = Incident(source: "Content/\(slug).md", slug: slug, title: slug)
        incident.milestones[.started] = MilestoneValue(at: ISO8601DateFormatter().date(from: iso)!, line: 4, source: "test")
        return LoadedIncident(incident: incident, bodyHTML: "")
    }

    static let incidents = [loaded("a", "2024-03-04T10:00:00Z"), loaded("b", "2024-03-20T10:00:00Z"),
                            loaded("typo-future", "2200-01-06T10:00:00Z"), loaded("typo-past", "1900-01-08T10:00:00Z")]

    @Test("digest weeks are the incidents' weeks and short gaps only; a build writes a handful of pages, quickly")
    func weeks() throws {
        let config = SiteConfig()
        let builder = DigestBuilder(incidents: Self.incidents.map(\.incident),
                                    bucketing: WeekBucketing(timeZone: config.foundationZone, weekStart: config.weekStart))
        #expect(builder.weeks.map(\.description) == ["1900-W02", "2024-W10", "2024-W11", "2024-W12", "2200-W02"])
        let start = Date()
        let renderer = try TemplateRenderer()
        let files = try DigestPages(config: config, renderer: renderer).files(for: Self.incidents.map(\.incident))
        #expect(files.count == 5 + 3)
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test("gaps up to 104 empty weeks are still filled")
    func fills() {
        // 2024 and 2025 have 52 weeks each: 2026-W02 is 105 weeks after 2024-W01, with 104 empty ones between.
        #expect(DigestBuilder.span([ISOWeek("2024-W01")!, ISOWeek("2026-W02")!]).count == 106)
        #expect(DigestBuilder.span([ISOWeek("2024-W01")!, ISOWeek("2026-W03")!]).count == 2)
    }

    @Test("dates far from every other incident are warned about, the others are not")
    func warns() {
        let flagged = DistantDates.flag(Self.incidents)
        let warned = flagged.filter { $0.incident.diagnostics.contains { $0.message.contains("typo") } }.map(\.incident.slug)
        #expect(warned == ["typo-future", "typo-past"])
        #expect(flagged[2].incident.diagnostics.first?.line == 4)
        #expect(DistantDates.flag([Self.incidents[2]]).first?.incident.diagnostics.isEmpty == true)
    }
}
