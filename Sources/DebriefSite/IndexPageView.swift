import DebriefCharts
import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// The site's front page (and, with a service name, a service's page): summary
/// cards, incidents per month by severity, TTR per incident, and the table.
public struct IndexPageView: Sendable, MustacheView {
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
    /// The front page only: severity and tag pages, the search box, the open-incident banner.
    public let severities: [ServiceLink]
    public let hasSeverities: Bool
    public let tags: [ServiceLink]
    public let hasTags: Bool
    public let hasSearch: Bool
    public let openIncidents: [OpenIncident]
    public let hasOpenBanner: Bool
    /// "1 incident is still open:" / "2 incidents are still open:".
    public let openBannerText: String

    /// An incident of the open banner.
    public struct OpenIncident: Sendable, MustacheView {
        public let title: String
        public let href: String
        /// "since 28 Oct 2026", or "date not stated".
        public let since: String
        public let severity: String
        public let severityClass: String
    }

    /// A link to a page of incidents (a service, severity or tag) with its count.
    public struct ServiceLink: Sendable, MustacheView {
        public let name: String
        public let href: String
        public let count: Int
    }
}

extension IndexPageView {
    static let severityCategories = ["SEV1", "SEV2", "SEV3", "SEV4", "SEV5", "unknown"]

    /// The view over `incidents`; `service` names a service page (two levels deep).
    public init(incidents: [Incident], config: SiteConfig, service: String? = nil, allServices: [(String, Int)] = []) {
        self.init(incidents: incidents, config: config, facet: service.map { PageFacet(.service, $0) }, browse: Browse(services: allServices))
    }

    /// What the front page links to besides incidents: services, severities and tags with their counts.
    public struct Browse: Sendable {
        public var services: [(String, Int)] = []
        public var severities: [(String, Int)] = []
        public var tags: [(String, Int)] = []

        public init(services: [(String, Int)] = [], severities: [(String, Int)] = [], tags: [(String, Int)] = []) {
            self.services = services
            self.severities = severities
            self.tags = tags
        }
    }

    /// The front page (no facet), or the page of one service, severity or tag (two levels deep).
    public init(incidents: [Incident], config: SiteConfig, facet: PageFacet?, browse: Browse = Browse()) {
        let depth = facet == nil ? 0 : 2
        let root = String(repeating: "../", count: depth)
        let sorted = ViewFactory.newestFirst(incidents)
        let prefix = facet?.idPrefix ?? ""
        let title = facet?.heading ?? config.title
        let openIncidents = sorted.filter(\.isOpen)
        let open = openIncidents.count
        let allServices = browse.services
        let lede = "\(incidents.count) incident\(incidents.count == 1 ? "" : "s")" + (open > 0 ? ", \(open) open" : "")
            + (facet?.phrase ?? " across \(allServices.count) service\(allServices.count == 1 ? "" : "s").")
        func links(_ kind: PageFacet.Kind, _ counts: [(String, Int)]) -> [ServiceLink] {
            counts.map { ServiceLink(name: $0.0, href: PageFacet(kind, $0.0).href(root: root), count: $0.1) }
        }
        let ttrPoints = sorted.compactMap { incident -> StripPoint? in
            guard let ttr = IncidentMetrics(incident).timeToResolve, ttr > 0 else { return nil }
            return StripPoint(label: incident.title, seconds: Double(ttr), category: incident.severity?.description ?? "unknown",
                              href: ViewFactory.incidentHref(incident.slug, root: root))
        }
        let months = Self.monthBars(incidents)
        self.init(
            site: SiteChrome(siteTitle: config.title, pageTitle: title, depth: depth, section: facet?.section ?? "incidents"),
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
            services: links(.service, allServices),
            hasServices: !allServices.isEmpty,
            severities: links(.severity, browse.severities),
            hasSeverities: !browse.severities.isEmpty,
            tags: links(.tag, browse.tags),
            hasTags: !browse.tags.isEmpty,
            hasSearch: facet == nil && !incidents.isEmpty,
            openIncidents: facet == nil ? openIncidents.map { Self.openIncident($0, root: root) } : [],
            hasOpenBanner: facet == nil && open > 0,
            openBannerText: open == 1 ? "1 incident is still open:" : "\(open) incidents are still open:"
        )
    }

    static func openIncident(_ incident: Incident, root: String) -> OpenIncident {
        let row = ViewFactory.row(incident, root: root)
        return OpenIncident(title: row.title, href: row.href, since: row.dateSort.isEmpty ? "date not stated" : "since " + row.dateText,
                            severity: row.severity, severityClass: row.severityClass)
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
