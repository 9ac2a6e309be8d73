import DebriefCharts
import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// One week's digest page (`digest/2024-W29/index.html`, and `digest/latest/`).
public struct DigestPageView: Sendable, MustacheView {
    public struct IncidentEntry: Sendable, MustacheView {
        public let title: String
        public let href: String
        public let startedText: String
        public let severity: String
        public let severityClass: String
        public let servicesText: String
        public let ttd: String
        public let ttr: String
        public let isOpen: Bool
        public let openFor: String
    }

    public struct MetricEntry: Sendable, MustacheView {
        public let abbreviation: String
        public let name: String
        public let week: String
        public let previous4: String
        public let previous12: String
    }

    public struct CountEntry: Sendable, MustacheView {
        public let name: String
        public let count: Int
        public let cssClass: String
        public let href: String
    }

    public struct ItemEntry: Sendable, MustacheView {
        public let text: String
        public let owner: String
        public let hasOwner: Bool
        public let done: Bool
        public let incidentTitle: String
        public let incidentHref: String
        public let age: String
    }

    public let site: SiteChrome
    public let weekLabel: String
    public let rangeText: String
    public let zoneName: String
    public let headline: String
    public let isLatest: Bool
    public let hasPrevious: Bool
    public let previousHref: String
    public let previousLabel: String
    public let hasNext: Bool
    public let nextHref: String
    public let nextLabel: String
    public let hasIncidents: Bool
    public let incidents: [IncidentEntry]
    public let hasUnresolved: Bool
    public let unresolved: [IncidentEntry]
    public let impactText: String
    public let metrics: [MetricEntry]
    public let trendSentence: String
    public let trendVerdict: String
    public let severityMix: [CountEntry]
    public let topServices: [CountEntry]
    public let hasLongest: Bool
    public let longestTitle: String
    public let longestHref: String
    public let longestText: String
    public let hasCreatedItems: Bool
    public let createdItems: [ItemEntry]
    public let hasOpenItems: Bool
    public let openItems: [ItemEntry]
    public let openItemsHidden: Int
    public let hasHiddenOpenItems: Bool
    public let weekChartSVG: String
    public let weekTable: [ChartTable]
    public let ttrChartSVG: String
    public let ttrTable: [ChartTable]
    public let hasTTRChart: Bool

    /// - Parameters:
    ///   - weeks: every week that has a page, oldest first (for previous / next links).
    ///   - isLatest: true for the `digest/latest/` copy.
    public init(_ report: DigestReport, weeks: [ISOWeek], config: SiteConfig, isLatest: Bool = false) {
        let root = "../../"
        let facts = DigestFacts(report, config: config) { ViewFactory.incidentHref($0, root: root) }
        func entry(_ line: DigestFacts.IncidentLine) -> IncidentEntry {
            IncidentEntry(title: line.title, href: line.href ?? "", startedText: line.startedText, severity: line.severity,
                          severityClass: line.severityClass, servicesText: line.servicesText, ttd: line.ttd, ttr: line.ttr,
                          isOpen: line.isOpen, openFor: line.openFor)
        }
        func item(_ line: DigestFacts.ItemLine) -> ItemEntry {
            ItemEntry(text: line.text, owner: line.owner, hasOwner: line.hasOwner, done: line.done,
                      incidentTitle: line.incidentTitle, incidentHref: line.incidentHref ?? "", age: line.age)
        }
        let index = weeks.firstIndex(of: report.week)
        let previous = index.flatMap { $0 > 0 ? weeks[$0 - 1] : nil }
        let next = index.flatMap { $0 + 1 < weeks.count ? weeks[$0 + 1] : nil }
        site = SiteChrome(siteTitle: config.title, pageTitle: "Digest \(report.week)", depth: 2, section: "digest")
        weekLabel = facts.weekLabel
        rangeText = facts.rangeText
        zoneName = facts.zoneName
        headline = facts.headline
        self.isLatest = isLatest
        hasPrevious = previous != nil
        previousHref = previous.map { "../\($0)/index.html" } ?? ""
        previousLabel = previous?.description ?? ""
        hasNext = next != nil
        nextHref = next.map { "../\($0)/index.html" } ?? ""
        nextLabel = next?.description ?? ""
        hasIncidents = facts.hasIncidents
        incidents = facts.incidents.map(entry)
        hasUnresolved = !facts.unresolved.isEmpty
        unresolved = facts.unresolved.map(entry)
        impactText = facts.impactText
        metrics = facts.metrics.map { MetricEntry(abbreviation: $0.abbreviation, name: $0.name, week: $0.week, previous4: $0.previous4, previous12: $0.previous12) }
        trendSentence = facts.trendSentence
        trendVerdict = facts.trendVerdict
        severityMix = facts.severityMix.map { CountEntry(name: $0.name, count: $0.count, cssClass: $0.name == "unknown" ? "sev-unknown" : $0.name.lowercased(), href: "") }
        topServices = facts.topServices.map { CountEntry(name: $0.name, count: $0.count, cssClass: "", href: ViewFactory.serviceHref($0.name, root: root)) }
        hasLongest = facts.longestTitle != nil
        longestTitle = facts.longestTitle ?? ""
        longestHref = facts.longestHref ?? ""
        longestText = facts.longestText ?? ""
        hasCreatedItems = !facts.createdItems.isEmpty
        createdItems = facts.createdItems.map(item)
        hasOpenItems = !facts.openItems.isEmpty
        openItems = facts.openItems.map(item)
        openItemsHidden = facts.openItemsHidden
        hasHiddenOpenItems = facts.openItemsHidden > 0
        let prefix = "digest-" + report.week.description.lowercased()
        let weekBars = report.chartWeeks.map { week in
            Bar(label: "W" + String(week.week.week < 10 ? "0" : "") + String(week.week.week),
                segments: week.severities.map { BarSegment(category: $0.name, value: $0.count) })
        }
        let weekCategories = DigestReport.severityCategories.filter { category in
            report.chartWeeks.contains { $0.severities.contains { $0.name == category } }
        }
        weekChartSVG = ResponsiveChart.html(wide: 760) { width, suffix in
            BarChart.svg(BarChartInput(title: "Incidents per week by severity, last 12 weeks", idPrefix: prefix + "-weeks" + suffix,
                                       bars: weekBars, categories: weekCategories, width: width))
        }
        weekTable = [ChartTable.bars(weekBars, categories: weekCategories, caption: "Incidents per week by severity, last 12 weeks",
                                     first: "Week")]
        let points = report.chartIncidents.compactMap { incident -> TrendPoint? in
            guard let ttr = IncidentMetrics(incident).timeToResolve, ttr > 0, let at = incident.startedAt else { return nil }
            return TrendPoint(label: incident.title, at: at, seconds: Double(ttr), category: incident.severity?.description ?? "unknown",
                              href: ViewFactory.incidentHref(incident.slug, root: root))
        }
        let offset = config.foundationZone.secondsFromGMT(for: report.start)
        hasTTRChart = !points.isEmpty
        ttrTable = points.isEmpty ? [] : [ChartTable.durations(points.map { ($0.label, $0.category, $0.seconds) },
                                                               caption: "Time to resolve per incident, last 12 weeks, oldest first",
                                                               valueName: "TTR")]
        ttrChartSVG = points.isEmpty ? "" : ResponsiveChart.html(wide: 760) { width, suffix in
            DurationTrendChart.svg(DurationTrendChartInput(
                title: "Time to resolve per incident, last 12 weeks (log scale)", idPrefix: prefix + "-ttr" + suffix, points: points,
                utcOffsetSeconds: offset, zoneLabel: Clock.zoneLabel(offsetSeconds: offset), width: width))
        }
    }
}
