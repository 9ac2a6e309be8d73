@testable import DebriefCharts
import Foundation
import Testing

@Suite struct TimeAxisTests {
    static func axis(_ minutes: [Double], width: Double = 760) -> TimeAxis {
        TimeAxis(times: minutes.map(Fixtures.at(minute:)), range: (24, width - 24), utcOffsetSeconds: 7200)
    }

    @Test func shortIncidentHasNoBreak() {
        let a = Self.axis([0, 1, 2, 4, 6, 10])
        #expect(a.breaks.isEmpty && a.segments.count == 1)
        #expect(a.rangeStart == 24 && abs(a.rangeEnd - 736) < 1e-9)
    }

    @Test func overnightGapBecomesOneBreak() {
        let a = Self.axis([0, 6, 9, 18, 25, 40, 1260, 1275, 1320, 1345, 1800])
        // The night (20 h) and the watch before resolving (7.6 h, a quarter of the span) are compressed.
        #expect(a.breaks.count == 2)
        let night = try! #require(a.breaks.max { $0.seconds < $1.seconds })
        #expect(night.from < Fixtures.at(minute: 46) && night.to > Fixtures.at(minute: 1250))
        #expect(abs(night.x1 - night.x0 - TimeAxis.breakWidth) < 1e-9)
        // The first hour gets a real share of the width, not a sliver.
        #expect(a(Fixtures.at(minute: 40)) - a(Fixtures.at(minute: 0)) > 60)
        #expect(abs(a.rangeEnd - 736) < 1e-9)
    }

    @Test func mapsMonotonically() {
        let a = Self.axis([0, 20, 35, 90, 1440, 1500, 1560, 2900, 3000, 4300])
        #expect(a.breaks.count >= 2)
        let xs = stride(from: -30.0, through: 4400, by: 7).map { a(Fixtures.at(minute: $0)) }
        #expect(zip(xs, xs.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func everySegmentHasATickAndDatesAppearOnNewDays() {
        let a = Self.axis([0, 6, 9, 18, 25, 40, 1260, 1275, 1320, 1345, 1800])
        let ticks = a.ticks()
        for s in a.segments {
            #expect(ticks.contains { $0.date >= s.start && $0.date <= s.end })
        }
        // 07:05 local on Jul 15, the morning after is Jul 16.
        #expect(ticks.first?.label.hasPrefix("Jul 15") == true)
        #expect(ticks.contains { $0.label.hasPrefix("Jul 16") })
    }

    @Test func compactDurations() {
        #expect(DurationText.compact(seconds: 47_000) == "13 h")
        #expect(DurationText.compact(seconds: 200_000) == "2 d")
        #expect(DurationText.compact(seconds: 2700) == "45 min")
    }
}
