/// Everything ``DurationTrendChart`` needs, e.g. "time to resolve per incident over the last 12 weeks".
public struct DurationTrendChartInput: Sendable, Equatable {
    /// Accessible name of the chart (used in `<title>`).
    public var title: String
    /// Prefix for element ids; unique per page.
    public var idPrefix: String
    /// Incidents, in any order.
    public var points: [TrendPoint]
    /// Local time = UTC + this offset, for date ticks.
    public var utcOffsetSeconds: Int
    /// Zone shown on the x axis caption.
    public var zoneLabel: String
    /// Width in user units.
    public var width: Int
    /// Height in user units.
    public var height: Int

    /// Creates an input.
    public init(title: String, idPrefix: String = "trend", points: [TrendPoint], utcOffsetSeconds: Int = 0,
                zoneLabel: String = "UTC", width: Int = 760, height: Int = 240) {
        self.title = title
        self.idPrefix = idPrefix
        self.points = points
        self.utcOffsetSeconds = utcOffsetSeconds
        self.zoneLabel = zoneLabel
        self.width = width
        self.height = height
    }
}
