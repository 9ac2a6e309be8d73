import DebriefModel
import Foundation

/// Which week `debrief digest --week` asks for: a named week, or one relative to now.
public enum DigestWeekChoice: Sendable, Equatable {
    case week(ISOWeek)
    /// The week before the one holding `now`.
    case last
    /// The week holding `now`.
    case current

    /// Reads "2024-W29", "last" or "current"; nil for anything else.
    public init?(_ text: String) {
        switch text.lowercased() {
        case "last": self = .last
        case "current": self = .current
        default:
            guard let week = ISOWeek(text) else { return nil }
            self = .week(week)
        }
    }

    /// The week meant, with the clock passed in (the CLI gives `Date()`).
    public func resolve(now: Date, bucketing: WeekBucketing) -> ISOWeek {
        switch self {
        case .week(let week): week
        case .current: bucketing.week(containing: now)
        case .last: bucketing.week(containing: now).previous
        }
    }

    /// Why `week` cannot be digested yet (it starts after `now`), or nil when it can.
    /// The current week is allowed: it is a digest so far.
    public static func futureWeekProblem(_ week: ISOWeek, now: Date, bucketing: WeekBucketing) -> String? {
        guard bucketing.start(of: week) > now else { return nil }
        return "\(week) has not started yet (this is \(bucketing.week(containing: now))); a digest covers a past or the current week"
    }
}
