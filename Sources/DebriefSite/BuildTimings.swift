import Foundation

/// Seconds and items per build phase, for `debrief build --timings`.
public struct BuildTimings: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var seconds: Double = 0
        public var items: Int = 0
    }

    public private(set) var entries: [BuildPhase: Entry] = [:]

    public init() {}

    public subscript(phase: BuildPhase) -> Entry { entries[phase] ?? Entry() }

    public var totalSeconds: Double { entries.values.reduce(0) { $0 + $1.seconds } }

    /// Adds time (and items) to a phase; render and write run in turns, so they add up.
    public mutating func add(_ phase: BuildPhase, seconds: Double, items: Int = 0) {
        entries[phase, default: Entry()].seconds += seconds
        entries[phase, default: Entry()].items += items
    }

    /// Sets a phase's item count (when it is known only at the end).
    public mutating func setItems(_ phase: BuildPhase, _ items: Int) {
        entries[phase, default: Entry()].items = items
    }

    /// One line per phase: name, seconds, items, share of the total.
    public func table() -> String {
        let total = totalSeconds
        func row(_ name: String, _ seconds: Double, _ items: String, _ share: Double) -> String {
            name.padding(toLength: 8, withPad: " ", startingAt: 0) + String(format: "%9.3f", seconds)
                + String(repeating: " ", count: max(1, 10 - items.count)) + items + String(format: "%8.1f%%", share)
        }
        var lines = ["phase     seconds     items    share"]
        for phase in BuildPhase.allCases {
            let entry = self[phase]
            lines.append(row(phase.rawValue, entry.seconds, String(entry.items), total > 0 ? entry.seconds / total * 100 : 0))
        }
        lines.append(row("total", total, "", total > 0 ? 100 : 0))
        return lines.joined(separator: "\n")
    }
}
