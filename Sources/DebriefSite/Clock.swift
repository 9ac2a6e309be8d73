import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// Local date and time text for pages, computed from an instant and a UTC offset
/// (no shared formatters: safe on any thread, and deterministic).
public enum Clock {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "07:43"
    public static func time(_ instant: Date, offsetSeconds: Int) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        let ofDay = ((seconds % 86_400) + 86_400) % 86_400
        return ISO8601.two(ofDay / 3600) + ":" + ISO8601.two((ofDay % 3600) / 60)
    }

    /// "15 Jul 2024"
    public static func date(_ date: LocalDate) -> String {
        "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }

    /// "15 Jul 2024" for an instant at an offset.
    public static func date(_ instant: Date, offsetSeconds: Int) -> String {
        date(LocalDate(instant, offsetSeconds: offsetSeconds))
    }

    /// "Jul 2024" month label; "2024-07" key.
    public static func monthLabel(_ date: LocalDate) -> String { "\(monthNames[date.month - 1]) \(date.year)" }
    public static func monthKey(_ date: LocalDate) -> String { String(date.description.prefix(7)) }

    /// "UTC+02:00", "UTC" for zero.
    public static func zoneLabel(offsetSeconds: Int) -> String {
        offsetSeconds == 0 ? "UTC" : "UTC" + UTCOffset.format(offsetSeconds)
    }
}
