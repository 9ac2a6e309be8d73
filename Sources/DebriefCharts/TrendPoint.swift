import Foundation

/// One incident on a ``DurationTrendChart``: when it happened and how long it took.
public struct TrendPoint: Sendable, Equatable {
    /// Name shown in the tooltip.
    public var label: String
    /// When the incident happened (x axis).
    public var at: Date
    /// Duration in seconds (y axis, log scale).
    public var seconds: Double
    /// Colour category, e.g. `"SEV2"`.
    public var category: String
    /// Link target (relative, http(s) or mailto; others are dropped).
    public var href: String?

    /// Creates a point.
    public init(label: String, at: Date, seconds: Double, category: String, href: String? = nil) {
        self.label = label
        self.at = at
        self.seconds = seconds
        self.category = category
        self.href = href
    }
}
