import Foundation

/// Chooses each milestone's instant from classified timeline events.
///
/// Rules (in order): an outage window gives `started` and `resolved`; otherwise
/// the first event announcing each milestone is taken, in milestone order, never
/// earlier than the milestone before it; `resolved` is the first resolving event
/// after mitigation. With no start stated, the first timed event is the start.
public enum MilestonePicker {
    public static func pick(events: [TimelineEvent], window: (start: Date, end: Date, line: Int)?) -> [Milestone: MilestoneValue] {
        let timed = events.filter { $0.at != nil }.enumerated().sorted { ($0.element.at!, $0.offset) < ($1.element.at!, $1.offset) }.map(\.element)
        var result: [Milestone: MilestoneValue] = [:]
        if let window {
            result[.started] = MilestoneValue(at: window.start, line: window.line, source: "outage window")
        } else if let first = timed.first(where: { $0.milestone == .started }) {
            result[.started] = MilestoneValue(at: first.at!, line: first.line, source: "timeline")
        }
        var floor = result[.started]?.at ?? .distantPast
        for milestone in Milestone.allCases.dropFirst() {
            if milestone == .resolved, let window, result[.resolved] == nil {
                let event = timed.first { $0.milestone == .resolved && abs($0.at!.timeIntervalSince(window.end)) < 1 }
                result[.resolved] = MilestoneValue(at: window.end, line: event?.line ?? window.line, source: "outage window")
                continue
            }
            guard let event = timed.first(where: { $0.milestone == milestone && $0.at! >= floor }) else { continue }
            result[milestone] = MilestoneValue(at: event.at!, line: event.line, source: "timeline")
            floor = event.at!
        }
        if result[.started] == nil, let first = timed.first {
            let earliest = result.values.map(\.at).min() ?? first.at!
            if first.at! <= earliest {
                result[.started] = MilestoneValue(at: first.at!, line: first.line, source: "first timeline entry")
            }
        }
        return result
    }
}
