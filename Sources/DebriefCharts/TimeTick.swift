import Foundation

/// One tick on a ``TimeScale`` axis.
public struct TimeTick: Sendable, Equatable {
    /// The instant of the tick.
    public var date: Date
    /// Local-time label, e.g. `"07:45"`, `"Jul 15"` or `"Jul 15 06:00"`.
    public var label: String
    /// True at local midnight, so callers can draw day boundaries more strongly.
    public var isDayBoundary: Bool

    /// Creates a tick.
    public init(date: Date, label: String, isDayBoundary: Bool) {
        self.date = date
        self.label = label
        self.isDayBoundary = isDayBoundary
    }
}
