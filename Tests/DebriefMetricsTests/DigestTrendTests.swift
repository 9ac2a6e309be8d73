import Foundation
import Testing
import DebriefModel
@testable import DebriefMetrics

/// The digest's trend sentence: TTR this week against the previous 12 weeks.
struct DigestTrendTests {
    typealias F = DigestFixture

    /// Incidents in `week` with the given TTRs (minutes), one a day from Monday.
    static func incidents(in week: ISOWeek, ttrMinutes: [Int], prefix: String) -> [Incident] {
        ttrMinutes.enumerated().map { index, minutes in
            let start = F.utc.start(of: week).addingTimeInterval(Double(index % 7) * 86_400 + 3600)
            var incident = F.incident("\(prefix)\(index)", started: nil)
            incident.milestones[.started] = MilestoneValue(at: start, line: 1, source: "test")
            incident.milestones[.resolved] = MilestoneValue(at: start.addingTimeInterval(Double(minutes * 60)), line: 1, source: "test")
            return incident
        }
    }

    /// Baseline: 12 weeks before 2024-W29, each with TTRs around one hour.
    static func baseline() -> [Incident] {
        var week = ISOWeek("2024-W29")!
        var all: [Incident] = []
        for index in 0..<12 {
            week = week.previous
            all += incidents(in: week, ttrMinutes: [55 + index % 5, 62 - index % 4], prefix: "b\(index)-")
        }
        return all
    }

    @Test func clearImprovementIsCalled() {
        let current = Self.incidents(in: ISOWeek("2024-W29")!, ttrMinutes: [8, 10, 12, 9], prefix: "c")
        let report = DigestBuilder(incidents: Self.baseline() + current, bucketing: F.utc).report(for: ISOWeek("2024-W29")!)
        #expect(report.trendVerdict == .better)
        #expect(report.trendSentence.hasPrefix("TTR improved: median 9 min this week against "))
        #expect(report.trendSentence.hasSuffix("; 4 incidents this week and 24 over the previous 12 weeks)."))
    }

    @Test func clearWorseningIsCalled() {
        let current = Self.incidents(in: ISOWeek("2024-W29")!, ttrMinutes: [300, 360, 420], prefix: "c")
        let report = DigestBuilder(incidents: Self.baseline() + current, bucketing: F.utc).report(for: ISOWeek("2024-W29")!)
        #expect(report.trendVerdict == .worse)
        #expect(report.trendSentence.hasPrefix("TTR worsened: median 6 h 00 min this week"))
    }

    @Test func noisyWeekIsNotCalled() {
        // The median is lower, but with values this spread the interval includes zero.
        let current = Self.incidents(in: ISOWeek("2024-W29")!, ttrMinutes: [5, 40, 600], prefix: "c")
        let report = DigestBuilder(incidents: Self.baseline() + current, bucketing: F.utc).report(for: ISOWeek("2024-W29")!)
        #expect(report.trendVerdict == .withinNoise)
        #expect(report.trendSentence == "TTR change is within noise: median 40 min this week against "
            + "\(DurationFormat.text(seconds: SampleSummary(DigestBuilder.values(.timeToResolve, of: Self.baseline())).median!)) "
            + "over the previous 12 weeks, resting on 3 incidents this week and 24 over the previous 12 weeks.")
    }

    @Test func singleIncidentWeekSaysTooFew() {
        let current = Self.incidents(in: ISOWeek("2024-W29")!, ttrMinutes: [5], prefix: "c")
        let report = DigestBuilder(incidents: Self.baseline() + current, bucketing: F.utc).report(for: ISOWeek("2024-W29")!)
        #expect(report.trendVerdict == .insufficientData)
        #expect(report.trendSentence == "Too few incidents to compare TTR (1 this week; at least 2 are needed in each period).")
    }
}

struct DigestWeekChoiceTests {
    @Test(arguments: ["2024-W29", "last", "current", "LAST", "2020-W53"])
    func acceptsWeeksAndWords(text: String) {
        #expect(DigestWeekChoice(text) != nil)
    }

    @Test(arguments: ["", "foo", "2024-W5", "2024W29", "2021-W53", "2024-W00", "2024-w29", "previous"])
    func rejectsEverythingElse(text: String) {
        #expect(DigestWeekChoice(text) == nil)
    }

    @Test func lastAndCurrentUseTheInjectedClockAcrossNewYear() {
        let now = DigestFixture.at("2021-01-06T12:00:00Z") // Wednesday of 2021-W01
        #expect(DigestWeekChoice.current.resolve(now: now, bucketing: DigestFixture.utc) == ISOWeek("2021-W01"))
        #expect(DigestWeekChoice.last.resolve(now: now, bucketing: DigestFixture.utc) == ISOWeek("2020-W53"))
        #expect(DigestWeekChoice("2024-W29")!.resolve(now: now, bucketing: DigestFixture.utc) == ISOWeek("2024-W29"))
    }

    @Test func currentFollowsTheSiteZone() {
        // Monday 00:30 in Berlin is still Sunday in UTC.
        let now = DigestFixture.at("2024-07-14T22:30:00Z")
        #expect(DigestWeekChoice.current.resolve(now: now, bucketing: DigestFixture.berlin) == ISOWeek("2024-W29"))
        #expect(DigestWeekChoice.current.resolve(now: now, bucketing: DigestFixture.utc) == ISOWeek("2024-W28"))
    }
}
