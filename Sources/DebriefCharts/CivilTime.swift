import Foundation

/// Calendar fields for an instant shifted by a fixed UTC offset, computed with
/// integer arithmetic so labels never depend on the host's time zone database
/// or locale.
struct CivilTime: Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int
    /// 0 = Monday … 6 = Sunday.
    var weekday: Int

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Whole seconds since the epoch, clamped so absurd dates cannot trap on conversion.
    static func epochSeconds(_ date: Date) -> Int {
        let t = date.timeIntervalSince1970
        guard t.isFinite else { return 0 }
        return Int(min(max(t, -1e13), 1e13).rounded(.down))
    }

    /// Fields for `date` seen at `utcOffsetSeconds` from UTC.
    init(_ date: Date, utcOffsetSeconds: Int = 0) {
        self.init(localSeconds: CivilTime.epochSeconds(date) + utcOffsetSeconds)
    }

    /// Fields for seconds since 1970-01-01T00:00 in local (already shifted) time.
    init(localSeconds: Int) {
        let days = CivilTime.floorDiv(localSeconds, 86_400)
        let secOfDay = localSeconds - days * 86_400
        hour = secOfDay / 3600
        minute = (secOfDay % 3600) / 60
        second = secOfDay % 60
        weekday = CivilTime.floorMod(days + 3, 7)
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = CivilTime.floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// "07:45"
    var hhmm: String { CivilTime.two(hour) + ":" + CivilTime.two(minute) }
    /// "Jul 15"
    var monthDay: String { CivilTime.monthNames[month - 1] + " " + String(day) }
    /// "2024-07-15"
    var isoDate: String { CivilTime.four(year) + "-" + CivilTime.two(month) + "-" + CivilTime.two(day) }
    /// "2024-07-15 05:43"
    var isoMinute: String { isoDate + " " + hhmm }
    /// Day number since the epoch, to compare calendar days.
    var dayKey: Int { year * 10_000 + month * 100 + day }

    static func two(_ v: Int) -> String { v < 10 ? "0" + String(v) : String(v) }

    /// `String(format: "%04d", v)` without the C formatter (the sign counts in the width).
    static func four(_ v: Int) -> String {
        let digits = String(v.magnitude), sign = v < 0 ? "-" : ""
        let zeros = 4 - sign.count - digits.count
        return zeros > 0 ? sign + String(repeating: "0", count: zeros) + digits : sign + digits
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static func floorMod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }
}
