import DebriefModel
import Foundation

/// Response metrics of one incident, in seconds (DESIGN.md):
/// TTD = detected − started, TTA = acknowledged − detected,
/// TTI = identified − started, TTM = mitigated − started, TTR = resolved − started.
public struct IncidentMetrics: Sendable, Equatable {
    public var timeToDetect: Int?
    public var timeToAcknowledge: Int?
    public var timeToIdentify: Int?
    public var timeToMitigate: Int?
    public var timeToResolve: Int?

    /// The metrics, their names and their endpoints, in display order.
    public enum Kind: String, CaseIterable, Sendable {
        case timeToDetect, timeToAcknowledge, timeToIdentify, timeToMitigate, timeToResolve

        /// "TTD", "TTA", ...
        public var abbreviation: String {
            switch self {
            case .timeToDetect: "TTD"
            case .timeToAcknowledge: "TTA"
            case .timeToIdentify: "TTI"
            case .timeToMitigate: "TTM"
            case .timeToResolve: "TTR"
            }
        }

        /// The aggregate's name ("MTTD").
        public var meanAbbreviation: String { "M" + abbreviation }

        /// "Time to detect".
        public var title: String {
            switch self {
            case .timeToDetect: "Time to detect"
            case .timeToAcknowledge: "Time to acknowledge"
            case .timeToIdentify: "Time to identify"
            case .timeToMitigate: "Time to mitigate"
            case .timeToResolve: "Time to resolve"
            }
        }

        /// The two milestones the metric measures between.
        public var endpoints: (from: Milestone, to: Milestone) {
            switch self {
            case .timeToDetect: (.started, .detected)
            case .timeToAcknowledge: (.detected, .acknowledged)
            case .timeToIdentify: (.started, .identified)
            case .timeToMitigate: (.started, .mitigated)
            case .timeToResolve: (.started, .resolved)
            }
        }
    }

    public init(timeToDetect: Int? = nil, timeToAcknowledge: Int? = nil, timeToIdentify: Int? = nil, timeToMitigate: Int? = nil, timeToResolve: Int? = nil) {
        self.timeToDetect = timeToDetect
        self.timeToAcknowledge = timeToAcknowledge
        self.timeToIdentify = timeToIdentify
        self.timeToMitigate = timeToMitigate
        self.timeToResolve = timeToResolve
    }

    /// Computes the metrics of an incident; a metric is nil when an endpoint is unknown
    /// or the two are out of order (the reader says so in a diagnostic): a negative
    /// duration is a mistake in the document, and must not pull a mean down.
    public init(_ incident: Incident) {
        func between(_ kind: Kind) -> Int? {
            guard let from = incident.time(of: kind.endpoints.from), let to = incident.time(of: kind.endpoints.to), to >= from else { return nil }
            return Int(to.timeIntervalSince(from).rounded())
        }
        self.init(
            timeToDetect: between(.timeToDetect),
            timeToAcknowledge: between(.timeToAcknowledge),
            timeToIdentify: between(.timeToIdentify),
            timeToMitigate: between(.timeToMitigate),
            timeToResolve: between(.timeToResolve)
        )
    }

    /// The value of one metric.
    public subscript(kind: Kind) -> Int? {
        switch kind {
        case .timeToDetect: timeToDetect
        case .timeToAcknowledge: timeToAcknowledge
        case .timeToIdentify: timeToIdentify
        case .timeToMitigate: timeToMitigate
        case .timeToResolve: timeToResolve
        }
    }
}
