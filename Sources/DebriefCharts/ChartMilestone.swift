import Foundation

/// A named incident milestone at an instant, e.g. `("detected", 05:43 UTC)`.
public struct ChartMilestone: Sendable, Equatable {
    /// One of ``TimelinePhase/milestoneOrder`` ("started" … "resolved"); other names are ignored for bands.
    public var name: String
    /// When the milestone was reached.
    public var at: Date

    /// Creates a milestone.
    public init(name: String, at: Date) {
        self.name = name
        self.at = at
    }
}
