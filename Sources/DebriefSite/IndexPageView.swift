import DebriefCharts
import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// The site's front page (and, with a service name, a service's page): summary
/// cards, incidents per month by severity, TTR per incident, and the table.
public struct IndexPageView: Sendable {
    public let site: SiteChrome
    public let heading: String
    public let lede: String
    public let cards: [SummaryCard]
    public let monthChartSVG: String
    /// The chart's numbers (one table, or none when there is no chart).
    public let monthTable: [ChartTable]
    public let ttrChartSVG: String
    public let ttrTable: [ChartTable]
    public let hasTTRChart: Bool
    public let incidents: [IncidentRow]
    public let hasIncidents: Bool
    public let incidentCount: Int
    public let openCount: Int
    public let services: [ServiceLink]
    public let hasServices: Bool

    public struct ServiceLink: Sendable {
        public let name: String
        public let href: String
        public let count: Int
    }
}

extension IndexPageView {
    static let severityCategories = ["SEV1", "SEV2", "SEV3", "SEV4", "SEV5", "unknown"]

    /// The view over `incidents`; `service` names a service page (two levels deep).
    public init(incidents: [Incident], config: SiteConfig, service: String? = nil, allServices: [(String, Int)] = []) {
        let depth = service == nil ? 0 : 2
        let root = String(repeating: "../", count: depth)
        let sorted = ViewFactory.newestFirst(incidents)
        let prefix = service.map { "svc-" + ViewFactory.serviceSlug($0) + "-" } ?? ""
        let title = service.map { "Service: \($0)" } ?? config.title
        let open = incidents.filter(\.isOpen).count
        let lede = "\(incidents.count) incident\(incidents.count == 1 ? "" : "s")" + (open > 0 ? ", \(open) open" : "")
            + (service == nil ? " across \(allServices.count) service\(allServices.count == 1 ? "" : "s")." : " affecting \(service!).")
        let ttrPoints = sorted.compactMap { incident -> StripPoint? in
            guard let ttr = IncidentMetrics(incident).timeToResolve, ttr > 0 else { return nil }
            return StripPoint(label: incident.title, seconds: Double(ttr), category: incident.severity?.description ?? "unknown",
                              href: ViewFactory.incidentHref(incident.slug, root: root))
        }
        let months = Self.monthBars(incidents)
        self.init(
            site: SiteChrome(siteTitle: config.title, pageTitle: title, depth: depth, section: service == nil ? "incidents" : "services"),
            heading: title,
            lede: lede,
            cards: ViewFactory.summaryCards(incidents),
            monthChartSVG: Self.monthChart(months, idPrefix: prefix + "months"),
            monthTable: months.bars.isEmpty ? [] : [ChartTable.bars(months.bars, categories: months.used,
                                                                   caption: "Incidents per month by severity", first: "Month")],
            ttrChartSVG: ttrPoints.isEmpty ? "" : ResponsiveChart.html { width, suffix in
                StripChart.svg(StripChartInput(title: "Time to resolve per incident (log scale)", idPrefix: prefix + "ttr" + suffix,
                                               points: ttrPoints, width: width, height: 150))
            },
            ttrTable: ttrPoints.isEmpty ? [] : [ChartTable.durations(ttrPoints.map { ($0.label, $0.category, $0.seconds) },
                                                                    caption: "Time to resolve per incident, newest first",
                                                                    valueName: "TTR")],
            hasTTRChart: !ttrPoints.isEmpty,
            incidents: sorted.map { ViewFactory.row($0, root: root) },
            hasIncidents: !incidents.isEmpty,
            incidentCount: incidents.count,
            openCount: open,
            services: allServices.map { ServiceLink(name: $0.0, href: ViewFactory.serviceHref($0.0, root: root), count: $0.1) },
            hasServices: !allServices.isEmpty
        )
    }

    /// Incidents per month by severity, every month from the first to the last (empty months included),
    /// and the severities that occur.
    static func monthBars(_ incidents: [Incident]) -> (bars: [Bar], used: [String]) {
        let dated = incidents.compactMap { incident -> (LocalDate, String)? in
            let date = incident.startedAt.map { LocalDate($0, offsetSeconds: incident.offsetSeconds) } ?? incident.date
            return date.map { ($0, incident.severity?.description ?? "unknown") }
        }
        guard let first = dated.map(\.0).min(), let last = dated.map(\.0).max() else { return ([], severityCategories) }
        var months: [(year: Int, month: Int)] = []
        var cursor = (year: first.year, month: first.month)
        while (cursor.year, cursor.month) <= (last.year, last.month), months.count < 600 {
            months.append(cursor)
            cursor = cursor.month == 12 ? (cursor.year + 1, 1) : (cursor.year, cursor.month + 1)
        }
        let bars = months.map { month in
            let inMonth = dated.filter { $0.0.year == month.year && $0.0.month == month.month }
            let segments = severityCategories.compactMap { category -> BarSegment? in
                let count = inMonth.filter { $0.1 == category }.count
                return count > 0 ? BarSegment(category: category, value: count) : nil
            }
            return Bar(label: Clock.monthLabel(LocalDate(year: month.year, month: month.month, day: 1)), segments: segments)
        }
        return (bars, severityCategories.filter { category in dated.contains { $0.1 == category } })
    }

    static func monthChart(_ months: (bars: [Bar], used: [String]), idPrefix: String) -> String {
        ResponsiveChart.html { width, suffix in
            BarChart.svg(BarChartInput(title: "Incidents per month by severity", idPrefix: idPrefix + suffix, bars: months.bars,
                                       categories: months.used, width: width, height: months.bars.isEmpty ? 240 : 220))
        }
    }
}
