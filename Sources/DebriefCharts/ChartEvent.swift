import Foundation

/// One timed event drawn as a marker on a ``TimelineChart``.
public struct ChartEvent: Sendable, Equatable {
    /// When it happened.
    public var at: Date
    /// Short label drawn next to the marker (truncated to 40 characters).
    public var label: String
    /// Full text, shown in the marker's tooltip.
    public var detail: String
    /// Milestone this event marks (e.g. `"resolved"`), which styles its marker.
    public var milestone: String?
    /// In-page anchor id (e.g. `"L12"`); the marker and label link to `#L12`.
    public var anchor: String?

    /// Creates an event; `detail` defaults to `label`.
    public init(at: Date, label: String, detail: String? = nil, milestone: String? = nil, anchor: String? = nil) {
        self.at = at
        self.label = label
        self.detail = detail ?? label
        self.milestone = milestone
        self.anchor = anchor
    }
}
