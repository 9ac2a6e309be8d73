/// Everything ``StripChart`` needs.
public struct StripChartInput: Sendable, Equatable {
    /// Accessible name of the chart (used in `<title>`).
    public var title: String
    /// Prefix for element ids; unique per page.
    public var idPrefix: String
    /// Durations to plot, in any order (order only affects jitter).
    public var points: [StripPoint]
    /// Width in user units.
    public var width: Int
    /// Height in user units (grown if the legend needs more room).
    public var height: Int
    /// Axis caption.
    public var axisLabel: String

    /// Creates an input.
    public init(title: String, idPrefix: String = "strip", points: [StripPoint], width: Int = 760, height: Int = 130,
                axisLabel: String = "Duration (log scale)") {
        self.title = title
        self.idPrefix = idPrefix
        self.points = points
        self.width = width
        self.height = height
        self.axisLabel = axisLabel
    }
}
