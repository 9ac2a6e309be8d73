import DebriefModel
import Foundation

/// Puts incidents into reporting weeks: an incident belongs to the week, in the
/// site's time zone and starting on the site's weekday, that holds its start
/// (``Incident/startedAt``). Incidents with no known instant belong to no week.
public struct WeekBucketing: Sendable {
    public var timeZone: TimeZone
    public var weekStart: ISOWeek.Weekday

    public init(timeZone: TimeZone, weekStart: ISOWeek.Weekday = .monday) {
        self.timeZone = timeZone
        self.weekStart = weekStart
    }

    /// The week of an instant.
    public func week(containing date: Date) -> ISOWeek {
        ISOWeek.containing(date, timeZone: timeZone, weekStart: weekStart)
    }

    /// The week an incident started in; `nil` when no instant of it is known.
    public func week(of incident: Incident) -> ISOWeek? {
        incident.startedAt.map(week(containing:))
    }

    /// Local midnight starting `week`.
    public func start(of week: ISOWeek) -> Date { week.start(in: timeZone, weekStart: weekStart) }

    /// Exclusive end of `week` (the next week's start; 167 or 169 hours after the start across a DST change).
    public func end(of week: ISOWeek) -> Date { week.end(in: timeZone, weekStart: weekStart) }

    /// Incidents by week, each week's oldest first (ties by slug); incidents
    /// without any instant are returned apart, in input order.
    public func buckets(_ incidents: [Incident]) -> (byWeek: [ISOWeek: [Incident]], undated: [Incident]) {
        var byWeek: [ISOWeek: [Incident]] = [:]
        var undated: [Incident] = []
        for incident in incidents {
            if let week = week(of: incident) { byWeek[week, default: []].append(incident) } else { undated.append(incident) }
        }
        for (week, list) in byWeek { byWeek[week] = Self.chronological(list) }
        return (byWeek, undated)
    }

    /// Every week from the first incident's through the latest's, empty weeks
    /// included; empty when no incident has an instant.
    public func weeks(_ incidents: [Incident]) -> [ISOWeek] {
        let weeks = incidents.compactMap(week(of:))
        guard let first = weeks.min(), let last = weeks.max() else { return [] }
        return ISOWeek.range(from: first, through: last)
    }

    /// Oldest start first; ties (and undated incidents, last) by slug then title, then in the order given (a stable
    /// sort). Indices are sorted, each start worked out once: not whole incidents, their starts found per comparison.
    static func chronological(_ incidents: [Incident]) -> [Incident] {
        let starts = incidents.map(\.startedAt)
        let order = incidents.indices.sorted { a, b in
            switch (starts[a], starts[b]) {
            case let (l?, r?) where l != r: return l < r
            case (.some, nil): return true
            case (nil, .some): return false
            default:
                let (lhs, rhs) = (incidents[a], incidents[b])
                return (lhs.slug, lhs.title) != (rhs.slug, rhs.title) ? (lhs.slug, lhs.title) < (rhs.slug, rhs.title) : a < b
            }
        }
        return order.map { incidents[$0] }
    }
}
