import Foundation
import Testing
import DebriefModel
@testable import DebriefMetrics

struct ISOWeekTests {
    static let utc = TimeZone(identifier: "UTC")!

    /// Noon UTC on a calendar day, far from any day boundary.
    static func noon(_ text: String) -> Date {
        let parts = text.split(separator: "-").map { Int($0)! }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12))!
    }

    @Test(arguments: [
        ("2020-12-31", "2020-W53"), ("2021-01-01", "2020-W53"), ("2021-01-03", "2020-W53"),
        ("2021-01-04", "2021-W01"), ("2024-07-17", "2024-W29"), ("2024-12-29", "2024-W52"),
        ("2024-12-30", "2025-W01"), ("2026-12-31", "2026-W53"), ("2027-01-03", "2026-W53"),
        ("2027-01-04", "2027-W01"), ("2008-12-29", "2009-W01"), ("2010-01-03", "2009-W53"),
    ])
    func containingMondayStart(day: String, expected: String) {
        #expect(ISOWeek.containing(Self.noon(day), timeZone: Self.utc).description == expected)
    }

    @Test(arguments: [
        ("2024-03-23", "2024-W12"), ("2024-03-24", "2024-W13"), ("2024-03-30", "2024-W13"),
        ("2024-03-31", "2024-W14"), ("2024-12-29", "2025-W01"), ("2021-01-03", "2021-W01"),
        ("2021-01-02", "2020-W53"),
    ])
    func containingSundayStart(day: String, expected: String) {
        #expect(ISOWeek.containing(Self.noon(day), timeZone: Self.utc, weekStart: .sunday).description == expected)
    }

    @Test func localDayDecidesTheWeek() throws {
        // 2021-01-03 23:30 UTC is already Monday 00:30 in Berlin.
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let date = Self.noon("2021-01-03").addingTimeInterval(11.5 * 3600)
        #expect(ISOWeek.containing(date, timeZone: Self.utc).description == "2020-W53")
        #expect(ISOWeek.containing(date, timeZone: berlin).description == "2021-W01")
    }

    @Test(arguments: ["2024-W29", "2020-W53", "2026-W53", "2025-W01", "0999-W10"])
    func parsePrintRoundTrip(text: String) throws {
        #expect(try #require(ISOWeek(text)).description == text)
    }

    @Test(arguments: ["2024-W00", "2024-W53", "2021-W53", "2024-W1", "2024W29", "24-W29", "2024-w29",
                      "2024-W29 ", "", "2024-W+9", "２０２４-W29"])
    func rejectsInvalidText(text: String) {
        #expect(ISOWeek(text) == nil)
    }

    @Test func parsedFields() throws {
        let week = try #require(ISOWeek("2024-W07"))
        #expect(week.year == 2024 && week.week == 7)
        #expect(week.description == "2024-W07")
    }

    @Test(arguments: [("2020-W52", "2020-W53"), ("2020-W53", "2021-W01"), ("2024-W52", "2025-W01"),
                      ("2024-W29", "2024-W30")])
    func nextAndPrevious(earlier: String, later: String) throws {
        let a = try #require(ISOWeek(earlier)), b = try #require(ISOWeek(later))
        #expect(a.next == b)
        #expect(b.previous == a)
        #expect(a < b)
    }

    @Test func rangeAcrossYearBoundary() throws {
        let weeks = ISOWeek.range(from: try #require(ISOWeek("2020-W51")), through: try #require(ISOWeek("2021-W02")))
        #expect(weeks.map(\.description) == ["2020-W51", "2020-W52", "2020-W53", "2021-W01", "2021-W02"])
        #expect(ISOWeek.range(from: try #require(ISOWeek("2021-W02")), through: try #require(ISOWeek("2020-W51"))).isEmpty)
        let one = try #require(ISOWeek("2024-W29"))
        #expect(ISOWeek.range(from: one, through: one) == [one])
    }

    @Test(arguments: [(2020, 53), (2021, 52), (2024, 52), (2026, 53), (2015, 53), (2004, 53)])
    func weeksInYear(year: Int, weeks: Int) {
        #expect(ISOWeek.weeks(in: year) == weeks)
    }

    @Test func startAndEndAcrossSpringDSTChange() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let week = try #require(ISOWeek("2024-W13"))
        let start = week.start(in: berlin), end = week.end(in: berlin)
        // Monday 2024-03-25 00:00 CET (UTC+1) and Monday 2024-04-01 00:00 CEST (UTC+2).
        #expect(start == Date(timeIntervalSince1970: 1_711_321_200))
        #expect(end == Date(timeIntervalSince1970: 1_711_922_400))
        #expect(end.timeIntervalSince(start) == 167 * 3600)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = berlin
        let local = calendar.dateComponents([.weekday, .hour, .minute], from: start)
        #expect(local.weekday == 2 && local.hour == 0 && local.minute == 0)
        #expect(ISOWeek.containing(start, timeZone: berlin) == week)
        #expect(ISOWeek.containing(end.addingTimeInterval(-1), timeZone: berlin) == week)
        #expect(ISOWeek.containing(end, timeZone: berlin) == week.next)
    }

    @Test func autumnDSTWeekHas169Hours() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let week = try #require(ISOWeek("2024-W43")) // contains Sunday 2024-10-27
        #expect(week.end(in: berlin).timeIntervalSince(week.start(in: berlin)) == 169 * 3600)
    }

    @Test func sundayStartBoundaries() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let week = try #require(ISOWeek("2024-W13"))
        let start = week.start(in: berlin, weekStart: .sunday)
        let end = week.end(in: berlin, weekStart: .sunday)
        // Sunday 2024-03-24 00:00 CET through Sunday 2024-03-31 00:00 CET (the
        // change happens at 02:00 that Sunday, inside the next week).
        #expect(start == Date(timeIntervalSince1970: 1_711_234_800))
        #expect(end.timeIntervalSince(start) == 168 * 3600)
        #expect(ISOWeek.containing(start, timeZone: berlin, weekStart: .sunday) == week)
        #expect(ISOWeek.containing(end, timeZone: berlin, weekStart: .sunday) == week.next)
    }

    @Test(arguments: ["2020-W53", "2021-W01", "2025-W01", "2026-W53"])
    func startIsInsideItsOwnWeek(text: String) throws {
        let week = try #require(ISOWeek(text))
        for zone in ["UTC", "America/New_York", "Pacific/Auckland", "Asia/Kolkata"] {
            let tz = try #require(TimeZone(identifier: zone))
            for start in [ISOWeek.Weekday.monday, .sunday] {
                #expect(ISOWeek.containing(week.start(in: tz, weekStart: start), timeZone: tz, weekStart: start) == week)
                #expect(ISOWeek.containing(week.end(in: tz, weekStart: start).addingTimeInterval(-1),
                                           timeZone: tz, weekStart: start) == week)
            }
        }
    }
}
