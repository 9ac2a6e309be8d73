import Foundation
import Testing
import DebriefModel
@testable import DebriefMetrics

/// Incidents built in code: `at("2021-01-01T10:00:00Z")`.
enum DigestFixture {
    static func at(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: text)!
    }

    static func incident(_ slug: String, started: String?, detected: String? = nil, resolved: String? = nil,
                         severity: Int? = 2, services: [String] = [], status: String = "",
                         items: [(String, Bool)] = []) -> Incident {
        var milestones: [Milestone: MilestoneValue] = [:]
        for (milestone, text) in [(Milestone.started, started), (.detected, detected), (.resolved, resolved)] {
            if let text { milestones[milestone] = MilestoneValue(at: at(text), line: 1, source: "test") }
        }
        return Incident(source: slug + ".md", slug: slug, title: "Incident " + slug, severity: severity.map { Severity(level: $0) },
                        services: services, status: status, milestones: milestones,
                        actionItems: items.enumerated().map { ActionItem(text: $0.element.0, owner: nil, done: $0.element.1, line: $0.offset + 10) })
    }

    static let utc = WeekBucketing(timeZone: TimeZone(identifier: "UTC")!)
    static let berlin = WeekBucketing(timeZone: TimeZone(identifier: "Europe/Berlin")!)
}

struct DigestBuilderTests {
    typealias F = DigestFixture

    @Test(arguments: [
        ("2020-12-31T23:30:00Z", "2020-W53"), // Thursday of a year with 53 weeks
        ("2021-01-01T10:00:00Z", "2020-W53"), // 1 January in the previous year's week 53
        ("2021-01-03T23:59:59Z", "2020-W53"),
        ("2021-01-04T00:00:00Z", "2021-W01"),
        ("2022-01-01T12:00:00Z", "2021-W52"), // 1 January in the previous year's week 52
        ("2027-01-01T12:00:00Z", "2026-W53"),
        ("2024-12-30T08:00:00Z", "2025-W01"), // late December in the next year's week 1
    ])
    func incidentBelongsToTheISOWeekOfItsStart(started: String, week: String) {
        #expect(F.utc.week(of: F.incident("a", started: started)) == ISOWeek(week))
    }

    @Test func weeksRunFromFirstToLatestIncidentIncludingEmptyOnesAcrossWeek53() {
        let incidents = [F.incident("late", started: "2021-01-12T09:00:00Z"), F.incident("early", started: "2020-12-22T09:00:00Z"),
                         F.incident("undated", started: nil, severity: nil)]
        let builder = DigestBuilder(incidents: incidents, bucketing: F.utc)
        #expect(builder.weeks.map(\.description) == ["2020-W52", "2020-W53", "2021-W01", "2021-W02"])
        #expect(builder.undated.map(\.slug) == ["undated"])
        #expect(builder.latestWeek == ISOWeek("2021-W02"))
        let empty = builder.report(for: ISOWeek("2020-W53")!)
        #expect(empty.incidents.isEmpty)
        #expect(empty.impact == DigestReport.Impact(seconds: 0, counted: 0, lackingStart: 0, lackingEnd: 0))
        #expect(empty.longest == nil)
        #expect(empty.previous4.weeks.map(\.description) == ["2020-W49", "2020-W50", "2020-W51", "2020-W52"])
        #expect(empty.previous4.incidentCount == 1)
        // Charts cover the 12 weeks ending with this one, across the year boundary.
        let last = builder.report(for: ISOWeek("2021-W02")!)
        #expect(last.chartWeeks.count == 12)
        #expect(last.chartWeeks.first?.week == ISOWeek("2020-W44"))
        #expect(last.chartWeeks.map(\.week).contains(ISOWeek("2020-W53")!))
        #expect(last.chartIncidents.map(\.slug) == ["early", "late"])
    }

    @Test func weekBoundariesFollowTheSiteZoneAcrossDSTStart() {
        // Berlin springs forward on Sunday 31 March 2024; that week is 167 hours long.
        let week = ISOWeek("2024-W13")!
        #expect(F.berlin.start(of: week) == F.at("2024-03-24T23:00:00Z"))
        #expect(F.berlin.end(of: week) == F.at("2024-03-31T22:00:00Z"))
        let sundayNight = F.incident("sunday", started: "2024-03-31T21:30:00Z") // 23:30 CEST Sunday
        let mondayMorning = F.incident("monday", started: "2024-03-31T22:30:00Z") // 00:30 CEST Monday
        #expect(F.berlin.week(of: sundayNight) == week)
        #expect(F.berlin.week(of: mondayMorning) == week.next)
        // In UTC both are on Sunday.
        #expect(F.utc.week(of: mondayMorning) == week)
        // An open incident counts impact up to the real (167-hour) week end.
        let open = F.incident("open", started: "2024-03-24T23:00:00Z", status: "open")
        let report = DigestBuilder(incidents: [open], bucketing: F.berlin).report(for: week)
        #expect(report.impact.seconds == 167 * 3600)
    }

    @Test func autumnDSTWeekIs169Hours() {
        let week = ISOWeek("2024-W43")!
        #expect(F.berlin.end(of: week).timeIntervalSince(F.berlin.start(of: week)) == 169 * 3600)
    }

    @Test func sundayStartMovesTheBoundaryByOneDay() {
        let sunday = F.incident("s", started: "2024-07-14T10:00:00Z")
        #expect(F.utc.week(of: sunday) == ISOWeek("2024-W28"))
        #expect(WeekBucketing(timeZone: TimeZone(identifier: "UTC")!, weekStart: .sunday).week(of: sunday) == ISOWeek("2024-W29"))
    }

    @Test func unresolvedIncidentsAndImpactClippedToTheWeek() {
        // 2024-W29 runs 15–21 July (UTC).
        let open = F.incident("open", started: "2024-07-17T10:00:00Z", severity: 1, status: "open")
        let spans = F.incident("spans", started: "2024-07-21T23:00:00Z", resolved: "2024-07-22T03:00:00Z", severity: 3)
        let short = F.incident("short", started: "2024-07-15T09:00:00Z", resolved: "2024-07-15T09:30:00Z", severity: 3)
        let noStart = F.incident("nostart", started: nil, detected: "2024-07-16T08:00:00Z", resolved: "2024-07-16T09:00:00Z", severity: nil)
        let builder = DigestBuilder(incidents: [open, spans, short, noStart], bucketing: F.utc)
        let report = builder.report(for: ISOWeek("2024-W29")!)
        #expect(report.incidents.map(\.slug) == ["short", "nostart", "open", "spans"])
        #expect(report.unresolved.map(\.slug) == ["open", "spans"])
        // open: 17 Jul 10:00 → 22 Jul 00:00 = 110 h; spans: clipped to 1 h; short: 30 min; nostart: not counted.
        #expect(report.impact == DigestReport.Impact(seconds: 110 * 3600 + 3600 + 1800, counted: 3, lackingStart: 1, lackingEnd: 0))
        #expect(report.longest?.incident.slug == "open")
        #expect(report.longest?.isOpen == true)
        #expect(report.severityMix == [.init(name: "SEV1", count: 1), .init(name: "SEV3", count: 2), .init(name: "unknown", count: 1)])
        // The next week: the open incident is still unresolved, the spanning one is not.
        let next = builder.report(for: ISOWeek("2024-W30")!)
        #expect(next.unresolved.map(\.slug) == ["open"])
        #expect(next.incidents.isEmpty)
    }

    @Test func actionItemsCreatedThisWeekAndOpenOnesFromEarlierOldestFirst() {
        let old = F.incident("old", started: "2024-06-03T12:00:00Z", resolved: "2024-06-03T13:00:00Z",
                             items: [("old open", false), ("old done", true)])
        let newer = F.incident("newer", started: "2024-07-01T00:00:00Z", resolved: "2024-07-01T01:00:00Z",
                               items: [("newer open", false)])
        let current = F.incident("current", started: "2024-07-16T00:00:00Z", resolved: "2024-07-16T01:00:00Z",
                                 items: [("fresh", false), ("fixed already", true)])
        let later = F.incident("later", started: "2024-08-01T00:00:00Z", items: [("future", false)])
        let report = DigestBuilder(incidents: [later, current, newer, old], bucketing: F.utc).report(for: ISOWeek("2024-W29")!)
        #expect(report.createdActionItems.map(\.item.text) == ["fresh", "fixed already"])
        #expect(report.openActionItems.map(\.item.text) == ["old open", "newer open"])
        // Age = week end (22 Jul 00:00) − incident start.
        #expect(report.openActionItems.map(\.ageSeconds) == [48 * 86_400 + 12 * 3600, 21 * 86_400])
        #expect(report.openActionItemCount == 2)
        // Pages keep only the oldest few but still count them all.
        let capped = DigestBuilder(incidents: [later, current, newer, old], bucketing: F.utc).report(for: ISOWeek("2024-W29")!, openItemLimit: 1)
        #expect(capped.openActionItems.map(\.item.text) == ["old open"])
        #expect(capped.openActionItemCount == 2)
        // A week later, this week's open item has become an earlier one.
        let next = DigestBuilder(incidents: [later, current, newer, old], bucketing: F.utc).report(for: ISOWeek("2024-W30")!)
        #expect(next.openActionItems.map(\.item.text) == ["old open", "newer open", "fresh"])
    }

    @Test func servicesWithMostIncidentsFirst() {
        let incidents = [F.incident("a", started: "2024-07-15T09:00:00Z", services: ["db", "api"]),
                         F.incident("b", started: "2024-07-16T09:00:00Z", services: ["api"]),
                         F.incident("c", started: "2024-07-17T09:00:00Z", services: ["cdn", "api", "api"])]
        let report = DigestBuilder(incidents: incidents, bucketing: F.utc).report(for: ISOWeek("2024-W29")!)
        #expect(report.topServices == [.init(name: "api", count: 3), .init(name: "cdn", count: 1), .init(name: "db", count: 1)])
    }

    @Test func weeklyAndTrailingMeansKeepTheirN() {
        var incidents: [Incident] = []
        // Two incidents this week (TTR 10 and 20 min), one in each of the 12 previous weeks (TTR 1 h), none before.
        incidents.append(F.incident("w0a", started: "2024-07-15T09:00:00Z", resolved: "2024-07-15T09:10:00Z"))
        incidents.append(F.incident("w0b", started: "2024-07-16T09:00:00Z", resolved: "2024-07-16T09:20:00Z"))
        var week = ISOWeek("2024-W29")!
        for index in 1...12 {
            week = week.previous
            let start = F.utc.start(of: week).addingTimeInterval(86_400)
            var incident = F.incident("p\(index)", started: nil)
            incident.milestones[.started] = MilestoneValue(at: start, line: 1, source: "test")
            incident.milestones[.resolved] = MilestoneValue(at: start.addingTimeInterval(3600), line: 1, source: "test")
            incidents.append(incident)
        }
        let report = DigestBuilder(incidents: incidents, bucketing: F.utc).report(for: ISOWeek("2024-W29")!)
        #expect(report.metrics[.timeToResolve].n == 2)
        #expect(report.metrics[.timeToResolve].mean == 900)
        #expect(report.previous4.summary[.timeToResolve].n == 4)
        #expect(report.previous12.summary[.timeToResolve].n == 12)
        #expect(report.previous12.summary[.timeToResolve].mean == 3600)
        #expect(report.metrics[.timeToDetect].n == 0)
    }
}
