import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// UTC timestamps as `2024-07-15T05:43:00Z`, without a shared formatter (thread-safe, fast).
public enum ISO8601 {
    public static func utc(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let day = LocalDate(daysSinceEpoch: days)
        let rest = seconds - days * 86_400
        return day.description + "T" + two(rest / 3600) + ":" + two((rest % 3600) / 60) + ":" + two(rest % 60) + "Z"
    }

    /// Local time with offset: `2024-07-15T07:43:00+02:00` (for Atom feeds).
    public static func local(_ date: Date, offsetSeconds: Int) -> String {
        let shifted = utc(date.addingTimeInterval(TimeInterval(offsetSeconds)))
        return String(shifted.dropLast()) + UTCOffset.format(offsetSeconds)
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
