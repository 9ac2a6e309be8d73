import Foundation

/// Fixed number formatting for coordinates, so output never depends on the
/// process locale and stays byte-identical between runs.
enum Num {
    /// At most one decimal, no trailing ".0", no "-0"; non-finite values become "0".
    static func s(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        // Tenths as an integer: no formatter, no locale, and no "-0".
        let scaled = (value * 10).rounded()
        guard abs(scaled) < 9e15 else { return String(Int(value.rounded())) }
        let tenths = Int(scaled)
        let magnitude = abs(tenths)
        let sign = tenths < 0 ? "-" : ""
        return magnitude % 10 == 0 ? sign + String(magnitude / 10) : sign + String(magnitude / 10) + "." + String(magnitude % 10)
    }

    /// Convenience for integers, so call sites read uniformly.
    static func s(_ value: Int) -> String { String(value) }
}
