import DebriefCharts
import Foundation

/// Incidents of very different lengths, for the time axis and its breaks.
extension Fixtures {
    static func event(_ minute: Double, _ label: String, _ milestone: String? = nil) -> ChartEvent {
        ChartEvent(at: at(minute: minute), label: label, milestone: milestone, anchor: "L\(Int(minute) % 1000 + 1)")
    }

    static func incident(_ events: [ChartEvent], title: String, width: Int = 760, idPrefix: String = "tl") -> TimelineChartInput {
        let milestones = events.compactMap { e in e.milestone.map { ChartMilestone(name: $0, at: e.at) } }
        return TimelineChartInput(title: title, zoneLabel: "UTC+02:00", utcOffsetSeconds: 7200, milestones: milestones,
                                  events: events, width: width, idPrefix: idPrefix)
    }

    /// A 10-minute blip: no gap to compress.
    static var tenMinutes: TimelineChartInput {
        incident([
            event(0, "Error spike on login", "started"), event(1, "Alert login-5xx fired", "detected"),
            event(2, "On-call acknowledged", "acknowledged"), event(4, "Bad config push found", "identified"),
            event(6, "Config reverted", "mitigated"), event(10, "Error rate normal", "resolved"),
        ], title: "Ten-minute login blip")
    }

    /// 30 hours: a busy first hour, a quiet night, a busy morning (like the Postgres volume incident).
    static var thirtyHours: TimelineChartInput {
        incident([
            event(0, "Write latency on primary rising", "started"), event(6, "Alert pg-write-latency fired", "detected"),
            event(9, "DBA on call acknowledged", "acknowledged"), event(18, "Volume IOPS throttled by provider"),
            event(25, "Moved reporting reads to replica", "mitigated"), event(40, "Latency steady, watching overnight"),
            event(1260, "Latency climbing again at morning peak"), event(1275, "Volume degradation confirmed", "identified"),
            event(1320, "Failover to new primary started"), event(1345, "Failover complete"),
            event(1800, "Latency normal for 30 min; resolved", "resolved"),
        ], title: "Thirty-hour database incident")
    }

    /// Three days: a morning of response each day, nights of nothing.
    static var threeDays: TimelineChartInput {
        incident([
            event(0, "Queue backlog growing", "started"), event(20, "Backlog alert fired", "detected"),
            event(35, "Ack by messaging on-call", "acknowledged"), event(90, "Consumers scaled up"),
            event(1440, "Backlog back after nightly batch"), event(1500, "Poison message found", "identified"),
            event(1560, "Poison messages skipped", "mitigated"), event(2900, "Replay of skipped messages"),
            event(3000, "Replay checked"), event(4300, "Backlog zero for a day; resolved", "resolved"),
        ], title: "Three-day queue backlog")
    }
}
