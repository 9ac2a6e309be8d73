import DebriefCharts
import DebriefModel
import Foundation

/// Everything the incident template shows, as ready strings.
public struct IncidentPageView: Sendable {
    public struct Link: Sendable { public let text: String; public let href: String }

    public struct MetricCard: Sendable {
        public let abbreviation: String
        public let name: String
        public let value: String
        public let known: Bool
        /// "resolved − started".
        public let formula: String
        public let fromText: String
        public let fromHref: String
        public let toText: String
        public let toHref: String
        public let hasEndpoints: Bool
    }

    public struct TimelineRow: Sendable {
        public let id: String
        public let localTime: String
        public let localDate: String
        public let utc: String
        public let text: String
        public let milestone: String
        public let hasMilestone: Bool
        public let sourceLine: Int
    }

    public struct ActionItemView: Sendable {
        public let text: String
        public let owner: String
        public let hasOwner: Bool
        public let done: Bool
        public let line: Int
    }

    public struct Note: Sendable {
        public let level: String
        public let text: String
    }

    public let site: SiteChrome
    public let title: String
    public let dateText: String
    public let severity: String
    public let severityClass: String
    public let hasSeverity: Bool
    public let services: [Link]
    public let hasServices: Bool
    public let authors: String
    public let hasAuthors: Bool
    public let status: String
    public let statusClass: String
    public let zoneText: String
    public let source: String
    public let metrics: [MetricCard]
    public let chartSVG: String
    public let timeline: [TimelineRow]
    public let hasTimeline: Bool
    public let actionItems: [ActionItemView]
    public let hasActionItems: Bool
    public let openActionCount: Int
    public let bodyHTML: String
    public let related: [IncidentRow]
    public let hasRelated: Bool
    public let notes: [Note]
    public let hasNotes: Bool
}

extension IncidentPageView {
    /// Builds the view of one incident; `all` supplies related incidents (same service).
    public init(_ loaded: LoadedIncident, all: [Incident], config: SiteConfig) {
        let incident = loaded.incident
        let root = "../../"
        let offset = incident.offsetSeconds
        let rows = incident.timeline.map { event in
            TimelineRow(
                id: "ev-L\(event.line)",
                localTime: event.at.map { Clock.time($0, offsetSeconds: event.offsetSeconds) } ?? event.localTime?.description ?? "—",
                localDate: event.at.map { Clock.date($0, offsetSeconds: event.offsetSeconds) } ?? event.localDate.map(Clock.date) ?? "",
                utc: event.at.map { ISO8601.utc($0).replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: ":00Z", with: " UTC") } ?? "",
                text: event.text,
                milestone: event.milestone?.rawValue ?? "",
                hasMilestone: event.milestone != nil,
                sourceLine: event.line
            )
        }
        // Timeline rows can repeat a line (entries run together); link to the first.
        let eventLines = Set(incident.timeline.map(\.line))
        func href(_ milestone: Milestone) -> String {
            guard let value = incident.milestones[milestone] else { return "" }
            return eventLines.contains(value.line) ? "#ev-L\(value.line)" : "#timeline"
        }
        func describe(_ milestone: Milestone) -> String {
            guard let value = incident.milestones[milestone] else { return "\(milestone.rawValue): not stated" }
            let line = value.line > 0 ? ", line \(value.line)" : ""
            return "\(milestone.rawValue) \(Clock.time(value.at, offsetSeconds: offset)) (\(value.source)\(line))"
        }
        let metrics = IncidentMetrics(incident)
        let cards = IncidentMetrics.Kind.allCases.map { kind in
            MetricCard(
                abbreviation: kind.abbreviation,
                name: kind.title,
                value: ViewFactory.duration(metrics[kind]),
                known: metrics[kind] != nil,
                formula: "\(kind.endpoints.to.rawValue) − \(kind.endpoints.from.rawValue)",
                fromText: describe(kind.endpoints.from),
                fromHref: href(kind.endpoints.from),
                toText: describe(kind.endpoints.to),
                toHref: href(kind.endpoints.to),
                hasEndpoints: metrics[kind] != nil
            )
        }
        let related = ViewFactory.newestFirst(all.filter { other in
            other.slug != incident.slug && !Set(other.services).isDisjoint(with: incident.services)
        }).prefix(8).map { ViewFactory.row($0, root: root) }
        let dateText = incident.startedAt.map { Clock.date($0, offsetSeconds: offset) } ?? incident.date.map(Clock.date) ?? "Date not stated"
        self.init(
            site: SiteChrome(siteTitle: config.title, pageTitle: incident.title, depth: 2, section: "incidents"),
            title: incident.title,
            dateText: dateText,
            severity: incident.severity?.description ?? "",
            severityClass: ViewFactory.severityClass(incident.severity),
            hasSeverity: incident.severity != nil,
            services: incident.services.map { Link(text: $0, href: ViewFactory.serviceHref($0, root: root)) },
            hasServices: !incident.services.isEmpty,
            authors: incident.authors.joined(separator: ", "),
            hasAuthors: !incident.authors.isEmpty,
            status: incident.isOpen ? "Open" : "Resolved",
            statusClass: incident.isOpen ? "open" : "resolved",
            zoneText: incident.zoneStated ? "\(incident.zoneName) (\(Clock.zoneLabel(offsetSeconds: offset)))" : "\(Clock.zoneLabel(offsetSeconds: offset)), the site default (the document names no zone)",
            source: incident.source,
            metrics: cards,
            chartSVG: Self.chart(incident),
            timeline: rows,
            hasTimeline: !rows.isEmpty,
            actionItems: incident.actionItems.map { ActionItemView(text: $0.text, owner: $0.owner ?? "", hasOwner: $0.owner != nil, done: $0.done, line: $0.line) },
            hasActionItems: !incident.actionItems.isEmpty,
            openActionCount: incident.actionItems.filter { !$0.done }.count,
            bodyHTML: loaded.bodyHTML,
            related: Array(related),
            hasRelated: !related.isEmpty,
            notes: incident.diagnostics.map { Note(level: $0.level.rawValue, text: ($0.line > 0 ? "line \($0.line): " : "") + $0.message) },
            hasNotes: !incident.diagnostics.isEmpty
        )
    }

    static func chart(_ incident: Incident) -> String {
        let events = incident.timeline.compactMap { event -> ChartEvent? in
            guard let at = event.at else { return nil }
            return ChartEvent(at: at, label: event.text, detail: event.text, milestone: event.milestone?.rawValue, anchor: "ev-L\(event.line)")
        }
        let milestones = Milestone.allCases.compactMap { milestone in
            incident.time(of: milestone).map { ChartMilestone(name: milestone.rawValue, at: $0) }
        }
        let input = TimelineChartInput(
            title: "Timeline of \(incident.title)",
            zoneLabel: Clock.zoneLabel(offsetSeconds: incident.offsetSeconds),
            utcOffsetSeconds: incident.offsetSeconds,
            milestones: milestones,
            events: events,
            idPrefix: "tl"
        )
        return TimelineChart.svg(input)
    }
}
