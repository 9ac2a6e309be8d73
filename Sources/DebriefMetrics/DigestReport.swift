import DebriefModel
import Foundation

/// How one reporting week went: the facts of a weekly reliability digest, as
/// plain values (no text formatting). Built by ``DigestBuilder``.
public struct DigestReport: Sendable {
    /// A named count ("SEV2": 3, "checkout-api": 2).
    public struct Count: Sendable, Equatable {
        public let name: String
        public let count: Int
    }

    /// Response metrics over the weeks before this one.
    public struct Window: Sendable, Equatable {
        /// The weeks, oldest first (not including the digest's week).
        public let weeks: [ISOWeek]
        public let incidentCount: Int
        public let summary: MetricsSummary
    }

    /// Customer impact of the week's incidents, clipped to the week.
    public struct Impact: Sendable, Equatable {
        /// Sum over the incidents that have both ends, in seconds.
        public let seconds: Int
        /// Incidents the sum covers.
        public let counted: Int
        /// Incidents with no `started` milestone (left out of the sum).
        public let lackingStart: Int
        /// Incidents with a start but neither a `resolved` time nor an open status (left out).
        public let lackingEnd: Int
    }

    /// An action item and the incident it came from: a row of the ``ActionLedger``
    /// (for open items of earlier incidents, aged to the week's end).
    public typealias Item = ActionLedger.Row

    /// The week's longest incident.
    public struct Longest: Sendable, Equatable {
        public let incident: Incident
        /// Resolved − started; for an open incident, week end − started.
        public let seconds: Int
        public let isOpen: Bool
    }

    /// One bar of the incidents-per-week chart.
    public struct ChartWeek: Sendable, Equatable {
        public let week: ISOWeek
        /// Per severity category, in ``DigestReport/severityCategories`` order, zero counts left out.
        public let severities: [Count]
    }

    /// Severity categories in display order.
    public static let severityCategories = ["SEV1", "SEV2", "SEV3", "SEV4", "SEV5", "unknown"]

    public let week: ISOWeek
    public let start: Date
    /// Exclusive end (the next week's start).
    public let end: Date
    /// Incidents that started this week, oldest first.
    public let incidents: [Incident]
    /// Incidents started before the week's end and not resolved by it (this week's and earlier ones), oldest first.
    public let unresolved: [Incident]
    public let impact: Impact
    public let metrics: MetricsSummary
    /// The 4 and 12 weeks before this one.
    public let previous4: Window
    public let previous12: Window
    /// Time to resolve this week against the previous 12 weeks.
    public let trendVerdict: TrendVerdict
    public let trendSentence: String
    /// Severity counts of this week's incidents.
    public let severityMix: [Count]
    /// Services of this week's incidents, most incidents first, then by name (at most 5).
    public let topServices: [Count]
    /// Action items of this week's incidents, in incident then document order.
    public let createdActionItems: [Item]
    /// Items not done of incidents started before this week, oldest first (capped when the builder was asked to).
    public let openActionItems: [Item]
    /// How many such items there are in all.
    public let openActionItemCount: Int
    public let longest: Longest?
    /// The 12 weeks ending with this one, oldest first.
    public let chartWeeks: [ChartWeek]
    /// Incidents started in those 12 weeks, oldest first: a slice of the builder's incidents, shared by every report.
    public let chartIncidents: ArraySlice<Incident>
}
