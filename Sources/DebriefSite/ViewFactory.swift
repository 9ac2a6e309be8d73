import DebriefCharts
import DebriefMarkdown
import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// Pure helpers that turn model values into the ready strings views carry.
enum ViewFactory {
    /// Width of charts in SVG user units. Charts scale to their figure, so this
    /// sets the text size: at the theme's ~70 rem column, 11-unit text shows near 12 px.
    static let chartWidth = 960

    static func duration(_ seconds: Int?) -> String {
        seconds.map { DurationFormat.text(seconds: $0) } ?? "not stated"
    }

    static func duration(_ seconds: Double?) -> String {
        seconds.map { DurationFormat.text(seconds: Int($0.rounded())) } ?? "—"
    }

    static func severityClass(_ severity: Severity?) -> String {
        severity.map { "sev\(max(1, $0.level))" } ?? "sev-unknown"
    }

    static func incidentHref(_ slug: String, root: String) -> String {
        root + "incidents/" + slug + "/index.html"
    }

    static func serviceHref(_ service: String, root: String) -> String {
        root + "services/" + serviceSlug(service) + "/index.html"
    }

    /// The id of an incident page's `number`th action item (from 1).
    static func actionAnchor(_ number: Int) -> String { "action-\(number)" }

    static func serviceSlug(_ service: String) -> String {
        let slug = Slug.make(service)
        return slug.isEmpty ? "service" : slug
    }

    static func row(_ incident: Incident, root: String) -> IncidentRow {
        let metrics = IncidentMetrics(incident)
        let dateText = incident.startedAt.map { Clock.date($0, offsetSeconds: incident.offsetSeconds) } ?? incident.date.map(Clock.date) ?? "undated"
        let dateSort = incident.startedAt.map(ISO8601.utc) ?? incident.date?.description ?? ""
        return IncidentRow(
            title: incident.title,
            href: incidentHref(incident.slug, root: root),
            dateText: dateText,
            dateSort: dateSort,
            severity: incident.severity?.description ?? "—",
            severityClass: severityClass(incident.severity),
            severitySort: incident.severity?.level ?? 9,
            servicesText: incident.services.joined(separator: ", "),
            ttd: metrics.timeToDetect.map { DurationFormat.text(seconds: $0) } ?? "—",
            ttdSort: metrics.timeToDetect ?? -1,
            ttr: metrics.timeToResolve.map { DurationFormat.text(seconds: $0) } ?? (incident.isOpen ? "open" : "—"),
            ttrSort: metrics.timeToResolve ?? -1,
            isOpen: incident.isOpen
        )
    }

    static func summaryCards(_ incidents: [Incident]) -> [SummaryCard] {
        let summary = MetricsSummary(incidents.map(IncidentMetrics.init))
        return [IncidentMetrics.Kind.timeToDetect, .timeToAcknowledge, .timeToMitigate, .timeToResolve].map { kind in
            let stats = summary[kind]
            return SummaryCard(
                abbreviation: kind.meanAbbreviation,
                name: "Mean " + kind.title.lowercased(),
                mean: duration(stats.mean),
                median: duration(stats.median),
                p90: duration(stats.p90),
                n: stats.n,
                known: stats.n > 0
            )
        }
    }

    /// Incidents newest first; undated ones last, by title.
    static func newestFirst(_ incidents: [Incident]) -> [Incident] {
        newestFirstOrder(incidents).map { incidents[$0] }
    }

    /// The indices of `incidents` in ``newestFirst(_:)``'s order.
    static func newestFirstOrder(_ incidents: [Incident]) -> [Int] {
        // Each instant worked out once, and indices sorted rather than whole incidents: the
        // same comparisons in the same order, so the same order as sorting the incidents.
        let instants = incidents.map { $0.startedAt ?? $0.date.map { $0.instant(at: ClockTime(hour: 0, minute: 0), offsetSeconds: 0) } }
        let order = incidents.indices.sorted { a, b in
            switch (instants[a], instants[b]) {
            case let (l?, r?) where l != r: return l > r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (incidents[a].title, incidents[a].slug) < (incidents[b].title, incidents[b].slug)
            }
        }
        return order
    }
}
