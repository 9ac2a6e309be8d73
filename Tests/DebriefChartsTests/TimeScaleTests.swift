@testable import DebriefCharts
import Foundation
import Testing

@Suite struct TimeScaleTests {
    /// 2024-07-15 05:05:00 UTC.
    static let t0 = 1_721_019_900.0

    static func scale(_ start: Double, span: Double, offset: Int = 7200) -> TimeScale {
        TimeScale(start: Date(timeIntervalSince1970: start), end: Date(timeIntervalSince1970: start + span),
                  range: (0, 700), utcOffsetSeconds: offset)
    }

    @Test(arguments: [(600.0, 120), (10_800.0, 1800), (259_200.0, 43_200), (86_400.0 * 40, 604_800), (86_400.0 * 80, 1_209_600)])
    func niceStep(span: Double, expected: Int) {
        #expect(TimeScale.niceStep(span: span) == expected)
    }

    @Test(arguments: [600.0, 10_800, 259_200, 3600, 604_800] as [Double])
    func tickCountIsFourToEight(span: Double) {
        for shift in [0.0, 37, 1234, 40_000] {
            let count = Self.scale(Self.t0 + shift, span: span).ticks().count
            #expect((4...8).contains(count), "span \(span) shift \(shift): \(count) ticks")
        }
    }

    @Test func tenMinuteSpanUsesLocalMinutes() {
        let labels = Self.scale(Self.t0, span: 600).ticks().map(\.label)
        #expect(labels == ["07:06", "07:08", "07:10", "07:12", "07:14"])
    }

    @Test func threeHourSpanUsesHalfHours() {
        let labels = Self.scale(Self.t0, span: 10_800).ticks().map(\.label)
        #expect(labels == ["07:30", "08:00", "08:30", "09:00", "09:30", "10:00"])
    }

    @Test func threeDaySpanLabelsMidnightsWithDates() {
        let labels = Self.scale(Self.t0, span: 259_200).ticks().map(\.label)
        #expect(labels == ["Jul 15 12:00", "Jul 16", "12:00", "Jul 17", "12:00", "Jul 18"])
    }

    @Test func crossingMidnightDatesTheFirstTick() {
        // 23:30 local on Jul 15 to 02:30 on Jul 16.
        let start = 1_721_079_000.0
        let ticks = Self.scale(start, span: 3 * 3600).ticks()
        #expect(ticks.first?.label == "Jul 15 23:30")
        #expect(ticks.contains { $0.label == "Jul 16" && $0.isDayBoundary })
    }

    @Test func negativeOffsetShiftsLabels() {
        let labels = Self.scale(Self.t0, span: 10_800, offset: -5 * 3600).ticks().map(\.label)
        #expect(labels.first == "00:30")
    }

    @Test func weeklyTicksFallOnLocalMondays() {
        let ticks = Self.scale(Self.t0, span: 86_400 * 40).ticks()
        #expect(!ticks.isEmpty)
        for tick in ticks {
            let civil = CivilTime(tick.date, utcOffsetSeconds: 7200)
            #expect(civil.weekday == 0 && civil.hour == 0 && civil.minute == 0)
        }
    }

    @Test func civilTimeMatchesKnownDates() {
        #expect(CivilTime(Date(timeIntervalSince1970: 0)).isoMinute == "1970-01-01 00:00")
        #expect(CivilTime(Date(timeIntervalSince1970: Self.t0)).isoMinute == "2024-07-15 05:05")
        #expect(CivilTime(Date(timeIntervalSince1970: 951_782_400)).isoDate == "2000-02-29")
        #expect(CivilTime(Date(timeIntervalSince1970: -1)).isoMinute == "1969-12-31 23:59")
        #expect(CivilTime(Date(timeIntervalSince1970: Self.t0)).weekday == 0) // a Monday
    }

    @Test func emptyOrInvertedDomainHasNoTicks() {
        #expect(Self.scale(Self.t0, span: 0).ticks().isEmpty)
        #expect(Self.scale(Self.t0, span: -60).ticks().isEmpty)
    }
}
