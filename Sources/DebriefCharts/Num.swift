import Foundation

/// Fixed number formatting for coordinates, so output never depends on the
/// process locale and stays byte-identical between runs.
enum Num {
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// At most one decimal, no trailing ".0", no "-0"; non-finite values become "0".
    static func s(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            return String(Int(rounded))
        }
        return String(format: "%.1f", locale: posix, rounded)
    }

    /// Convenience for integers, so call sites read uniformly.
    static func s(_ value: Int) -> String { String(value) }
}
