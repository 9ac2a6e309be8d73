/// Everything ``TimelineChart`` needs to draw one incident.
public struct TimelineChartInput: Sendable, Equatable {
    /// Accessible name of the chart, e.g. the incident title (used in `<title>`).
    public var title: String
    /// Zone shown on the axis, e.g. `"UTC+02:00"` → "Time (UTC+02:00)".
    public var zoneLabel: String
    /// Local time = UTC + this offset; tick labels are in local time.
    public var utcOffsetSeconds: Int
    /// Known milestones in any order; any subset.
    public var milestones: [ChartMilestone]
    /// Events in any order.
    public var events: [ChartEvent]
    /// Width in user units (the SVG scales to its container).
    public var width: Int
    /// Prefix for element ids; must be unique per page when several charts are shown.
    public var idPrefix: String

    /// Creates an input.
    public init(title: String, zoneLabel: String, utcOffsetSeconds: Int, milestones: [ChartMilestone] = [],
                events: [ChartEvent], width: Int = 760, idPrefix: String = "tl") {
        self.title = title
        self.zoneLabel = zoneLabel
        self.utcOffsetSeconds = utcOffsetSeconds
        self.milestones = milestones
        self.events = events
        self.width = width
        self.idPrefix = idPrefix
    }
}
