import DebriefCharts
import Foundation

/// Fixed inputs built from epoch seconds, so goldens never depend on the clock or time zone.
enum Fixtures {
    /// 2024-07-15 05:05:00 UTC (07:05 at UTC+02:00).
    static let start = 1_721_019_900.0

    static func at(minute: Double) -> Date { Date(timeIntervalSince1970: start + minute * 60) }

    /// 8 events over 52 minutes at UTC+02:00.
    static var timeline: TimelineChartInput {
        let events: [ChartEvent] = [
            ChartEvent(at: at(minute: 0), label: "Checkout error rate above 5%", detail: "Checkout error rate rose above 5% after deploy 2024.07.15-3", milestone: "started", anchor: "L3"),
            ChartEvent(at: at(minute: 4), label: "Alert checkout-5xx fired", detail: "PagerDuty alert checkout-5xx fired for the payments service", milestone: "detected", anchor: "L5"),
            ChartEvent(at: at(minute: 9), label: "On-call acknowledged", milestone: "acknowledged", anchor: "L6"),
            ChartEvent(at: at(minute: 15), label: "Rolled back deploy 2024.07.15-3 (no change in error rate)", anchor: "L8"),
            ChartEvent(at: at(minute: 21), label: "Connection pool exhausted on payments-db", milestone: "identified", anchor: "L11"),
            ChartEvent(at: at(minute: 30), label: "Pool size raised & workers restarted", milestone: "mitigated", anchor: "L14"),
            ChartEvent(at: at(minute: 38), label: "Status page updated", detail: "Status page updated: \"Payments recovering\" <all regions>"),
            ChartEvent(at: at(minute: 52), label: "Resolved", detail: "Error rate back under 0.1% for 15 min; incident resolved", milestone: "resolved", anchor: "L20"),
        ]
        let milestones = [
            ("started", 0.0), ("detected", 4), ("acknowledged", 9), ("identified", 21), ("mitigated", 30), ("resolved", 52),
        ].map { ChartMilestone(name: $0.0, at: at(minute: $0.1)) }
        // Deliberately out of order: the chart must sort.
        return TimelineChartInput(title: "Checkout outage", zoneLabel: "UTC+02:00", utcOffsetSeconds: 7200,
                                  milestones: milestones.reversed(), events: [events[5]] + events.filter { $0 != events[5] })
    }

    static var bars: BarChartInput {
        let months = ["2023-08", "2023-09", "2023-10", "2023-11", "2023-12", "2024-01",
                      "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07"]
        let data: [[Int]] = [
            [0, 1, 2, 0, 0], [1, 0, 3, 1, 0], [0, 2, 1, 2, 1], [0, 0, 0, 0, 0], [0, 1, 4, 1, 0], [2, 2, 1, 0, 0],
            [0, 0, 2, 3, 0], [1, 3, 2, 1, 1], [0, 1, 1, 0, 0], [0, 2, 5, 2, 0], [1, 1, 0, 1, 0], [0, 3, 2, 0, 2],
        ]
        let cats = ["SEV1", "SEV2", "SEV3", "SEV4", "unknown"]
        let bars = zip(months, data).map { month, counts in
            Bar(label: month, segments: zip(cats, counts).map { BarSegment(category: $0, value: $1) })
        }
        return BarChartInput(title: "Incidents per month by severity", idPrefix: "sev-month", bars: bars, categories: cats)
    }

    static var strip: StripChartInput {
        let raw: [(String, Double, String)] = [
            ("INC-101 Checkout outage", 3120, "SEV2"), ("INC-102 Login latency", 780, "SEV3"),
            ("INC-103 Search index stale", 14_820, "SEV3"), ("INC-104 Payments down", 2_580, "SEV1"),
            ("INC-105 CDN misconfig", 420, "SEV2"), ("INC-106 Email delays", 95_000, "SEV4"),
            ("INC-107 Disk full on db-3", 1_860, "SEV2"), ("INC-108 Cert expiry", 5_400, "SEV2"),
            ("INC-109 Queue backlog", 3_300, "SEV3"), ("INC-110 DNS flap", 190, "SEV3"),
            ("INC-111 Report job failed", 230_000, "unknown"), ("INC-112 API 5xx burst", 1_500, "SEV2"),
        ]
        let points = raw.enumerated().map { i, r in
            StripPoint(label: r.0, seconds: r.1, category: r.2, href: i % 3 == 0 ? "incidents/inc-\(101 + i).html" : nil)
        }
        return StripChartInput(title: "Time to resolve", points: points)
    }

    static var trend: DurationTrendChartInput {
        let day = 86_400.0
        let raw: [(Double, Double, String)] = [
            (0, 3120, "SEV2"), (5, 780, "SEV3"), (9, 14_820, "SEV3"), (16, 2_580, "SEV1"), (23, 420, "SEV2"),
            (30, 95_000, "SEV4"), (41, 1_860, "SEV2"), (47, 5_400, "SEV2"), (58, 3_300, "SEV3"), (63, 190, "SEV3"),
            (70, 230_000, "unknown"), (80, 1_500, "SEV2"),
        ]
        let points = raw.enumerated().map { i, r in
            TrendPoint(label: "INC-\(101 + i)", at: Date(timeIntervalSince1970: 1_714_000_000 + r.0 * day), seconds: r.1,
                       category: r.2, href: "incidents/inc-\(101 + i).html")
        }
        return DurationTrendChartInput(title: "Time to resolve, last 12 weeks", points: points, utcOffsetSeconds: 7200,
                                       zoneLabel: "UTC+02:00")
    }
}
