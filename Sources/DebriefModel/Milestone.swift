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

    public init(at: Date, line: Int, source: String) {
        self.at = at
        self.line = line
        self.source = source
    }
}

import Foundation
