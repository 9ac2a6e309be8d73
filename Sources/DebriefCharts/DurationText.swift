/// Human-readable durations for tooltips and chart descriptions.
public enum DurationText {
    /// Formats whole seconds: `"45 s"`, `"0 min"` (for 0), `"47 min"`, `"1 h 05 min"`,
    /// `"2 h"`, `"2 d 3 h"`, `"2 d"`. Smaller units are truncated, never rounded up,
    /// so a duration is never overstated. Negative values get a `"−"` (U+2212) prefix.
    public static func format(seconds: Int) -> String {
        if seconds < 0 { return "\u{2212}" + format(magnitude: seconds.magnitude) }
        return format(magnitude: UInt(seconds))
    }

    /// Formats fractional seconds by rounding to the nearest whole second first.
    public static func format(seconds: Double) -> String {
        guard seconds.isFinite else { return "\u{2014}" }
        let clamped = min(max(seconds, -9e15), 9e15)
        return format(seconds: Int(clamped.rounded()))
    }

    /// The largest whole unit only, for tight spots such as an axis break:
    /// `"45 min"`, `"13 h"`, `"2 d"` (truncated, like ``format(seconds:)-(Int)``).
    public static func compact(seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 60 else { return format(seconds: seconds) }
        let s = Int(min(seconds, 9e15))
        if s < 3600 { return "\(s / 60) min" }
        if s < 86_400 { return "\(s / 3600) h" }
        return "\(s / 86_400) d"
    }

    private static func format(magnitude s: UInt) -> String {
        if s == 0 { return "0 min" }
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min" }
        if s < 86_400 {
            let h = s / 3600, m = (s % 3600) / 60
            return m == 0 ? "\(h) h" : "\(h) h " + (m < 10 ? "0" : "") + "\(m) min"
        }
        let d = s / 86_400, h = (s % 86_400) / 3600
        return h == 0 ? "\(d) d" : "\(d) d \(h) h"
    }
}
