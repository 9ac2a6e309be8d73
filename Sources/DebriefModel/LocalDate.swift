import Foundation

/// A calendar date with no time zone, as written in a document.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Validating initialiser: nil for 31/31/31 or 2021-02-30.
    public init?(validYear year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year), (1900...2200).contains(year) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(validYear: y, month: m, day: d)
    }

    public var description: String {
        ZeroPadded.text(year, width: 4) + "-" + ZeroPadded.text(month, width: 2) + "-" + ZeroPadded.text(day, width: 2)
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for date arithmetic without a Calendar.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `daysSinceEpoch` days after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// This date moved by `days` days.
    public func adding(days: Int) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// The local date of an instant at a UTC offset.
    public init(_ instant: Date, offsetSeconds: Int) {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        self.init(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
    }
}

/// A wall-clock reading.
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(hour: Int, minute: Int, second: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    public var secondsOfDay: Int { hour * 3600 + minute * 60 + second }

    public var description: String { ZeroPadded.text(hour, width: 2) + ":" + ZeroPadded.text(minute, width: 2) }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.secondsOfDay < rhs.secondsOfDay }
}

extension LocalDate {
    /// The instant of a local clock reading on this date at a fixed UTC offset.
    public func instant(at time: ClockTime, offsetSeconds: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(daysSinceEpoch * 86_400 + time.secondsOfDay - offsetSeconds))
    }
}
