/// Everything ``BarChart`` needs.
public struct BarChartInput: Sendable, Equatable {
    /// Accessible name of the chart (used in `<title>`).
    public var title: String
    /// Prefix for element ids; unique per page.
    public var idPrefix: String
    /// Bars, drawn left to right in this order.
    public var bars: [Bar]
    /// Stacking and legend order, bottom first, e.g. `["SEV1", "SEV2", "SEV3", "SEV4", "unknown"]`.
    /// Categories found in segments but missing here are appended in order of appearance.
    public var categories: [String]
    /// Width in user units.
    public var width: Int
    /// Height in user units (grown if the legend needs more room).
    public var height: Int

    /// Creates an input.
    public init(title: String, idPrefix: String = "bars", bars: [Bar], categories: [String],
                width: Int = 760, height: Int = 240) {
        self.title = title
        self.idPrefix = idPrefix
        self.bars = bars
        self.categories = categories
        self.width = width
        self.height = height
    }
}
