/// One stacked bar of a ``BarChart``, e.g. one month.
public struct Bar: Sendable, Equatable {
    /// X-axis label, e.g. `"2024-07"`.
    public var label: String
    /// Counts per category, in any order; repeated categories are summed.
    public var segments: [BarSegment]

    /// Creates a bar.
    public init(label: String, segments: [BarSegment]) {
        self.label = label
        self.segments = segments
    }
}
