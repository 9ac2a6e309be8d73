import DebriefModel
import Foundation

/// Every action item across incidents, with the incident it came from and its age:
/// the one place that computes the rows of the action-item ledger page and the
/// digest's "open items", so the two cannot disagree.
///
/// Rows run oldest incident first (ties by slug), document order within an incident;
/// incidents with no known instant come last and have no age.
public struct ActionLedger: Sendable {
    /// One action item and the incident it came from.
    public struct Row: Sendable, Equatable {
        public let incident: Incident
        public let item: ActionItem
        /// Position of the item in its incident's list, from 1 (names its anchor on the incident page).
        public let number: Int
        /// The "as of" instant − the incident's start, in seconds (an item is taken to be as old
        /// as its incident); nil when either is unknown.
        public let ageSeconds: Int?

        public init(incident: Incident, item: ActionItem, number: Int, ageSeconds: Int?) {
            self.incident = incident
            self.item = item
            self.number = number
            self.ageSeconds = ageSeconds
        }

        /// Not done yet.
        public var isOpen: Bool { !item.done }
    }

    /// Incidents that have action items, oldest first; undated ones last.
    private let incidents: [Incident]
    private let starts: [Date?]
    /// `openBefore[i]`: items not done in `incidents[0..<i]`.
    private let openBefore: [Int]

    public init(_ incidents: [Incident]) {
        let ordered = WeekBucketing.chronological(incidents.filter { !$0.actionItems.isEmpty })
        self.incidents = ordered
        self.starts = ordered.map(\.startedAt)
        var running = 0
        self.openBefore = [0] + ordered.map { incident in
            running += incident.actionItems.filter { !$0.done }.count
            return running
        }
    }

    /// The ledger's rows, aged to `asOf`.
    ///
    /// - Parameters:
    ///   - startedBefore: keep only items of incidents that started before this instant
    ///     (undated incidents are then left out too); nil keeps every incident.
    ///   - openOnly: keep only items not done.
    ///   - limit: stop after this many rows.
    public func rows(asOf: Date?, startedBefore: Date? = nil, openOnly: Bool = false, limit: Int = .max) -> [Row] {
        var rows: [Row] = []
        let end = startedBefore.map(firstIndex(startingAtOrAfter:)) ?? incidents.count
        for index in 0..<end {
            let incident = incidents[index]
            let age = starts[index].flatMap { start in asOf.map { Int($0.timeIntervalSince(start).rounded()) } }
            for (offset, item) in incident.actionItems.enumerated() where !openOnly || !item.done {
                guard rows.count < limit else { return rows }
                rows.append(Row(incident: incident, item: item, number: offset + 1, ageSeconds: age))
            }
        }
        return rows
    }

    /// How many items not done belong to incidents that started before `instant` (all incidents when nil).
    public func openCount(startedBefore instant: Date? = nil) -> Int {
        openBefore[instant.map(firstIndex(startingAtOrAfter:)) ?? incidents.count]
    }

    /// Index of the first incident that started at or after `instant`, or has no start
    /// (`incidents` is sorted by start with undated ones last).
    private func firstIndex(startingAtOrAfter instant: Date) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if let start = starts[middle], start < instant { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
