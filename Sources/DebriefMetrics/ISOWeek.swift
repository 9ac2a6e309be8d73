import DebriefModel
import Foundation

/// A week in the ISO-8601 week-numbering calendar, such as "2024-W29".
///
/// Weeks start on Monday and week 1 of a year is the week containing that
/// year's first Thursday, so a year has 52 or 53 weeks and the first days of
/// January can belong to the previous year's last week (2021-01-01 is in
/// 2020-W53) while the last days of December can belong to the next year's
/// first week (2024-12-30 is in 2025-W01).
///
/// Week arithmetic is done on plain day numbers; a `Calendar` is only used to
/// turn a `Date` into a local calendar day and back, so that DST changes are
/// handled by Foundation's time-zone data.
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The first day of a reporting week.
    ///
    /// With `.sunday`, each week starts on the Sunday *before* the ISO week's
    /// Monday, so a Sunday belongs to the following Monday-based week and the
    /// week keeps its ISO number and year. This keeps week numbers identical
    /// for teams on either convention; only the boundaries move by one day.
    public enum Weekday: String, Sendable, CaseIterable {
        /// Weeks run Monday through Sunday (ISO 8601).
        case monday
        /// Weeks run Sunday through Saturday, numbered after the Monday they contain.
        case sunday
    }

    /// Week-numbering year (may differ from the calendar year around New Year).
    public let year: Int
    /// Week number, 1...52 or 1...53.
    public let week: Int

    /// Creates a week; `nil` when `week` is outside the weeks of `year`.
    public init?(year: Int, week: Int) {
        guard week >= 1, week <= ISOWeek.weeks(in: year) else { return nil }
        self.year = year
        self.week = week
    }

    /// Parses the ISO form "YYYY-Www", e.g. "2024-W29"; `nil` for anything
    /// else, including week 53 of a year that only has 52.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 3,
              parts[1].first == "W",
              parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              parts[1].dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }),
              let year = Int(parts[0]), let week = Int(parts[1].dropFirst())
        else { return nil }
        self.init(year: year, week: week)
    }

    /// "YYYY-Www", with the week zero-padded to two digits.
    public var description: String {
        let paddedYear = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(paddedYear)-W\(week < 10 ? "0" : "")\(week)"
    }

    /// The week that follows this one.
    public var next: ISOWeek {
        week < ISOWeek.weeks(in: year) ? ISOWeek(uncheckedYear: year, week: week + 1)
            : ISOWeek(uncheckedYear: year + 1, week: 1)
    }

    /// The week before this one.
    public var previous: ISOWeek {
        week > 1 ? ISOWeek(uncheckedYear: year, week: week - 1)
            : ISOWeek(uncheckedYear: year - 1, week: ISOWeek.weeks(in: year - 1))
    }

    /// Orders weeks chronologically.
    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool {
        (lhs.year, lhs.week) < (rhs.year, rhs.week)
    }

    /// All weeks from `from` through `through`, inclusive; empty when `from` is later.
    public static func range(from: ISOWeek, through: ISOWeek) -> [ISOWeek] {
        var result: [ISOWeek] = []
        var current = from
        while current <= through {
            result.append(current)
            current = current.next
        }
        return result
    }

    /// The week containing `date`, judged by the local calendar day in `timeZone`.
    public static func containing(_ date: Date, timeZone: TimeZone, weekStart: Weekday = .monday) -> ISOWeek {
        let local = gregorian(timeZone).dateComponents([.year, .month, .day], from: date)
        var day = dayNumber(year: local.year!, month: local.month!, day: local.day!)
        // A Sunday-start week is the ISO week of the Monday that follows.
        if weekStart == .sunday { day += 1 }
        let thursday = day + 3 - isoWeekdayIndex(day)
        let year = civil(thursday).year
        let week = (thursday - dayNumber(year: year, month: 1, day: 1)) / 7 + 1
        return ISOWeek(uncheckedYear: year, week: week)
    }

    /// Local midnight, in `timeZone`, at the start of the week's first day.
    public func start(in timeZone: TimeZone, weekStart: Weekday = .monday) -> Date {
        let first = ISOWeek.mondayOfWeek1(year) + 7 * (week - 1) - (weekStart == .sunday ? 1 : 0)
        let (y, m, d) = ISOWeek.civil(first)
        let calendar = ISOWeek.gregorian(timeZone)
        // Go through noon and back to the start of the day: in zones whose
        // DST change happens at midnight, 00:00 may not exist on that day.
        let noon = calendar.date(from: DateComponents(year: y, month: m, day: d, hour: 12))!
        return calendar.startOfDay(for: noon)
    }

    /// The start of the following week (exclusive end of this one). Not always
    /// 168 hours after ``start(in:weekStart:)``: DST changes make it 167 or 169.
    public func end(in timeZone: TimeZone, weekStart: Weekday = .monday) -> Date {
        next.start(in: timeZone, weekStart: weekStart)
    }

    // MARK: - Day arithmetic

    private init(uncheckedYear: Int, week: Int) {
        self.year = uncheckedYear
        self.week = week
    }

    /// Number of ISO weeks in `year`: 53 when December 28 (always in the
    /// year's last week) falls in week 53.
    static func weeks(in year: Int) -> Int {
        let dec28 = dayNumber(year: year, month: 12, day: 28)
        return (dec28 - mondayOfWeek1(year)) / 7 + 1
    }

    /// Day number of the Monday starting week 1 (January 4 is always in week 1).
    private static func mondayOfWeek1(_ year: Int) -> Int {
        let jan4 = dayNumber(year: year, month: 1, day: 4)
        return jan4 - isoWeekdayIndex(jan4)
    }

    /// 0 for Monday ... 6 for Sunday.
    private static func isoWeekdayIndex(_ day: Int) -> Int {
        // Day 0 (1970-01-01) was a Thursday, index 3.
        ((day + 3) % 7 + 7) % 7
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar
    /// (H. Hinnant's `days_from_civil`).
    private static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Inverse of ``dayNumber(year:month:day:)`` (H. Hinnant's `civil_from_days`).
    private static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func gregorian(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
