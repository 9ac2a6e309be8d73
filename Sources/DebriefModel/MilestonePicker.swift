import Foundation

/// Chooses each milestone's instant from classified timeline events.
///
/// Rules, in order:
/// - `started`: an explicit marker (`OUTAGE BEGINS`), else the outage window
///   stated in the summary, else the first timed event — leaving out a lead-in
///   event that sits more than half a day before the rest (a precondition, not the outage).
/// - `detected`, `acknowledged`, `identified`: the first candidate event at or
///   after the milestone before it.
/// - `resolved`: a marker (`OUTAGE ENDS`), else the window's end, else the first
///   resolving event after the response began.
/// - `mitigated`: a marker, else the first mitigating event after the response
///   began and not after the resolution; a resolution with no mitigation before
///   it mitigated the impact too.
public enum MilestonePicker {
    /// Gap after a first event that makes it a lead-in rather than the start.
    static let leadInGap: TimeInterval = 12 * 3600

    public static func pick(events: [TimelineEvent], window: (start: Date, end: Date, line: Int)?) -> [Milestone: MilestoneValue] {
        let timed = events.filter { $0.at != nil }.enumerated()
            .sorted { ($0.element.at!, $0.offset) < ($1.element.at!, $1.offset) }.map(\.element)
        var result: [Milestone: MilestoneValue] = [:]
        func value(_ event: TimelineEvent, _ source: String = "timeline") -> MilestoneValue {
            MilestoneValue(at: event.at!, line: event.line, source: source)
        }
        func marked(_ milestone: Milestone) -> TimelineEvent? {
            timed.first { MilestoneRules.marker(in: $0.text) == milestone && $0.candidates == [milestone] }
        }
        func first(_ milestone: Milestone, from floor: Date, to ceiling: Date = .distantFuture) -> TimelineEvent? {
            timed.first { $0.candidates.contains(milestone) && $0.at! >= floor && $0.at! <= ceiling }
        }

        if let event = marked(.started) {
            result[.started] = value(event, "outage marker")
        } else if let window {
            result[.started] = MilestoneValue(at: window.start, line: window.line, source: "outage window")
        } else if var event = timed.first {
            if timed.count > 1, timed[1].at!.timeIntervalSince(event.at!) > leadInGap,
               !event.candidates.contains(where: { $0 != .started }) {
                event = timed[1]
            }
            result[.started] = value(event, "first timeline entry")
        }
        guard let started = result[.started]?.at else { return result }

        if let event = first(.detected, from: started) { result[.detected] = value(event) }
        let detected = result[.detected]?.at ?? started
        if let event = first(.acknowledged, from: detected) { result[.acknowledged] = value(event) }
        let responding = result[.acknowledged]?.at ?? detected
        if let event = first(.identified, from: responding) { result[.identified] = value(event) }

        if let event = marked(.resolved) {
            result[.resolved] = value(event, "outage marker")
        } else if let window, window.end >= started {
            let event = timed.first { $0.candidates.contains(.resolved) && abs($0.at!.timeIntervalSince(window.end)) < 1 }
            result[.resolved] = MilestoneValue(at: window.end, line: event?.line ?? window.line, source: "outage window")
        }
        if let event = marked(.mitigated) {
            result[.mitigated] = value(event, "outage marker")
        } else if let event = first(.mitigated, from: responding, to: result[.resolved]?.at ?? .distantFuture) {
            result[.mitigated] = value(event)
        }
        if result[.resolved] == nil, let event = first(.resolved, from: result[.mitigated]?.at ?? responding) {
            result[.resolved] = value(event)
        }
        if result[.mitigated] == nil, let resolved = result[.resolved] {
            result[.mitigated] = MilestoneValue(at: resolved.at, line: resolved.line, source: "resolution")
        }
        return result
    }
}
