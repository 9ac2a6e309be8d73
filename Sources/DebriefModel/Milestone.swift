/// The instants of an incident's life, in the order they normally happen.
public enum Milestone: String, CaseIterable, Sendable, Codable, Comparable {
    case started, detected, acknowledged, identified, mitigated, resolved

    public static func < (lhs: Milestone, rhs: Milestone) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The pairs the response metrics measure between (TTD, TTA, TTI, TTM, TTR), earlier first.
    public static let measuredPairs: [(from: Milestone, to: Milestone, metric: String)] = [
        (.started, .detected, "TTD"), (.detected, .acknowledged, "TTA"), (.started, .identified, "TTI"),
        (.started, .mitigated, "TTM"), (.started, .resolved, "TTR"),
    ]

    /// What the milestone means, as the site and the reader keep to it.
    public var definition: String {
        switch self {
        case .started: "Customer impact began. The change that caused it is the trigger, not the start, unless the text says impact began with it."
        case .detected: "The first signal was seen by anyone: an alert, a monitor, a report, someone noticing."
        case .acknowledged: "A responder took it on: acknowledged the page, began investigating, joined."
        case .identified: "The root cause was found."
        case .mitigated: "Impact stopped or was reduced: a rollback, a failover, a fix deployed, a restart that helped."
        case .resolved: "Service was fully restored. Closing the ticket, the call or the incident is not a resolution; it is shown as a plain event."
        }
    }

    /// Human name ("Detected").
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// When a milestone happened, and where the document says so.
public struct MilestoneValue: Sendable, Equatable {
    public var at: Date
    /// File line the value came from (0 when not from a line).
    public var line: Int
    /// How it was found: "front matter", "timeline", "summary window", ...
    public var source: String
    /// How sure the reader is; nil for what the author stated (front matter).
    public var confidence: Confidence?

    public init(at: Date, line: Int, source: String, confidence: Confidence? = nil) {
        self.at = at
        self.line = line
        self.source = source
        self.confidence = confidence
    }
}

import Foundation

/// How sure the reader is of a milestone it inferred, from the decoder's margin
/// over the best alternative (another entry, or none).
public enum Confidence: String, Sendable, Codable, Comparable {
    case low, medium, high

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
        [Confidence.low, .medium, .high].firstIndex(of: lhs)! < [Confidence.low, .medium, .high].firstIndex(of: rhs)!
    }
}

/// Why the reader gave a milestone the value it did: the entry chosen, the
/// features that decided, and the best alternative.
public struct MilestoneExplanation: Sendable, Equatable {
    /// One entry the decoder weighed: its line, instant, words and the weighted reasons.
    public struct Choice: Sendable, Equatable {
        public var line: Int
        public var at: Date
        public var text: String
        /// "+3 impact begins", "-2 planned or attempted".
        public var reasons: [String]

        public init(line: Int, at: Date, text: String, reasons: [String]) {
            self.line = line
            self.at = at
            self.text = text
            self.reasons = reasons
        }
    }

    /// An entry the decoder weighed, with the names of the signals it showed (for fitting weights).
    public struct Entry: Sendable, Equatable {
        public var line: Int
        public var at: Date
        public var signals: [String]

        public init(line: Int, at: Date, signals: [String]) {
            self.line = line
            self.at = at
            self.signals = signals
        }
    }

    public var milestone: Milestone
    /// The entry chosen; nil when the reader gave none or abstained.
    public var chosen: Choice?
    /// The best alternative at another time; nil when that alternative was to give none.
    public var runnerUp: Choice?
    /// The log-odds of the choice against every other instant the milestone could take, and none.
    public var margin: Double
    /// The same as a chance, 0 to 1.
    public var probability: Double
    public var confidence: Confidence?
    /// True when a candidate was found but the margin was too small to give it.
    public var abstained: Bool

    public init(milestone: Milestone, chosen: Choice?, runnerUp: Choice?, margin: Double, probability: Double, confidence: Confidence?,
                abstained: Bool) {
        self.probability = probability
        self.milestone = milestone
        self.chosen = chosen
        self.runnerUp = runnerUp
        self.margin = margin
        self.confidence = confidence
        self.abstained = abstained
    }
}
