import DebriefModel
import Foundation

/// Human-readable durations for reports: "45 s", "47 min", "1 h 05 min", "2 d 3 h".
public enum DurationFormat {
    /// Formats a duration given in seconds.
    ///
    /// - Below a minute: seconds ("0 s", "45 s").
    /// - Below an hour: whole minutes ("47 min").
    /// - Below a day: hours and zero-padded minutes ("1 h 05 min").
    /// - From a day on: days and hours ("2 d 3 h"); minutes are dropped
    ///   because they are noise at that scale.
    ///
    /// Smaller units are truncated rather than rounded so that a value is
    /// never shown as longer than it was and never rolls over into the next
    /// unit (59 min 50 s stays "59 min", not "60 min").
    /// Negative values get a leading minus sign (U+2212 "−").
    public static func text(seconds: Int) -> String {
        // `magnitude` keeps Int.min from trapping.
        let total = seconds.magnitude
        let sign = seconds < 0 ? "\u{2212}" : ""
        let minute: UInt = 60, hour: UInt = 3600, day: UInt = 86_400
        let body: String
        if total < minute {
            body = "\(total) s"
        } else if total < hour {
            body = "\(total / minute) min"
        } else if total < day {
            let minutes = (total % hour) / minute
            body = "\(total / hour) h \(minutes < 10 ? "0" : "")\(minutes) min"
        } else {
            body = "\(total / day) d \((total % day) / hour) h"
        }
        return sign + body
    }

    /// Same as ``text(seconds:)``; kept as a separate name for call sites
    /// (tables, chart labels) that ask for the compact form.
    public static func short(seconds: Int) -> String {
        text(seconds: seconds)
    }

    /// Formats a duration held as a `Double` number of seconds, rounded to
    /// the nearest second; non-finite values are shown as "—".
    public static func text(seconds: Double) -> String {
        guard seconds.isFinite else { return "—" }
        // Clamp before converting: Int(Double) traps outside Int's range.
        let limit = Double(Int.max / 2)
        return text(seconds: Int(Swift.min(Swift.max(seconds.rounded(), -limit), limit)))
    }
}
