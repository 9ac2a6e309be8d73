/// One stacked piece of a ``Bar``: a count for one category.
public struct BarSegment: Sendable, Equatable {
    /// Category name, e.g. `"SEV2"`; matched against ``BarChartInput/categories``.
    public var category: String
    /// Count; zero and negative values are not drawn.
    public var value: Int

    /// Creates a segment.
    public init(category: String, value: Int) {
        self.category = category
        self.value = value
    }
}
