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
    public let ttrChartSVG: String
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
        self.init(
            site: SiteChrome(siteTitle: config.title, pageTitle: title, depth: depth, section: service == nil ? "incidents" : "services"),
            heading: title,
            lede: lede,
            cards: ViewFactory.summaryCards(incidents),
            monthChartSVG: Self.monthChart(incidents, idPrefix: prefix + "months"),
            ttrChartSVG: ttrPoints.isEmpty ? "" : StripChart.svg(StripChartInput(title: "Time to resolve per incident (log scale)", idPrefix: prefix + "ttr", points: ttrPoints, width: ViewFactory.chartWidth, height: 150)),
            hasTTRChart: !ttrPoints.isEmpty,
            incidents: sorted.map { ViewFactory.row($0, root: root) },
            hasIncidents: !incidents.isEmpty,
            incidentCount: incidents.count,
            openCount: open,
            services: allServices.map { ServiceLink(name: $0.0, href: ViewFactory.serviceHref($0.0, root: root), count: $0.1) },
            hasServices: !allServices.isEmpty
        )
    }

    /// Incidents per month by severity, every month from the first to the last (empty months included).
    static func monthChart(_ incidents: [Incident], idPrefix: String) -> String {
        let dated = incidents.compactMap { incident -> (LocalDate, String)? in
            let date = incident.startedAt.map { LocalDate($0, offsetSeconds: incident.offsetSeconds) } ?? incident.date
            return date.map { ($0, incident.severity?.description ?? "unknown") }
        }
        guard let first = dated.map(\.0).min(), let last = dated.map(\.0).max() else {
            return BarChart.svg(BarChartInput(title: "Incidents per month by severity", idPrefix: idPrefix, bars: [], categories: severityCategories, width: ViewFactory.chartWidth))
        }
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
        let used = severityCategories.filter { category in dated.contains { $0.1 == category } }
        return BarChart.svg(BarChartInput(title: "Incidents per month by severity", idPrefix: idPrefix, bars: bars, categories: used, width: ViewFactory.chartWidth, height: 220))
    }
}
