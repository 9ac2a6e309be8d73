import DebriefCharts
import DebriefMarkdown
import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// Everything the incident template shows, as ready strings.
public struct IncidentPageView: Sendable, MustacheView {
    public struct Link: Sendable, MustacheView { public let text: String; public let href: String }

    public struct MetricCard: Sendable, MustacheView {
        public let abbreviation: String
        public let name: String
        public let value: String
        public let known: Bool
        /// "resolved − started".
        public let formula: String
        /// "started 14:03", its link (a timeline row) and where it was read ("front matter, line 10").
        public let fromText: String
        public let fromHref: String
        public let fromSource: String
        public let toText: String
        public let toHref: String
        public let toSource: String
        public let hasEndpoints: Bool
        /// For an unknown value: which end is missing ("detected not stated").
        public let missing: String
    }

    public struct TimelineRow: Sendable, MustacheView {
        public let id: String
        public let localTime: String
        /// Machine-readable instant for `<time datetime>` ("2026-09-02T11:58:00Z"); empty when unknown.
        public let datetime: String
        public let hasInstant: Bool
        public let localDate: String
        /// The date is shown on the first row and whenever it changes.
        public let showDate: Bool
        public let utc: String
        public let text: String
        /// Who acted (a table's Who column), shown in its own column; empty when not stated.
        public let who: String
        public let milestone: String
        public let hasMilestone: Bool
        public let sourceLine: Int
        /// The body block holding the line (blocks are anchored by their first line).
        public let sourceHref: String
    }

    public struct ActionItemView: Sendable, MustacheView {
        public let text: String
        public let owner: String
        public let hasOwner: Bool
        public let done: Bool
        public let line: Int
        /// "action-2": the ledger links here.
        public let anchor: String
    }

    public struct Note: Sendable, MustacheView {
        public let level: String
        public let text: String
    }

    public let site: SiteChrome
    public let title: String
    public let dateText: String
    /// "2026-09-02" for `<time datetime>`; empty when the date is unknown.
    public let dateISO: String
    public let hasDate: Bool
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
    /// Some entry names who acted: the timeline table gets a Who column.
    public let hasWho: Bool
    public let actionItems: [ActionItemView]
    public let hasActionItems: Bool
    public let openActionCount: Int
    public let bodyHTML: String
    /// Related incidents shown at most (the cache keys a page by them too).
    static let relatedLimit = 8
    public let related: [IncidentRow]
    public let hasRelated: Bool
    public let notes: [Note]
    public let hasNotes: Bool
}

extension IncidentPageView {
    /// Builds the view of one incident; `all` supplies related incidents (same service).
    public init(_ loaded: LoadedIncident, all: [Incident], config: SiteConfig) {
        self.init(loaded, related: RelatedIncidents(all), config: config)
    }

    /// Builds the view of one incident, with related incidents from an index built once per site.
    public init(_ loaded: LoadedIncident, related index: RelatedIncidents, config: SiteConfig) {
        let incident = loaded.incident
        let body = Self.bodyForPage(loaded.bodyHTML, title: incident.title)
        let anchors = Self.lineAnchors(in: body)
        let root = "../../"
        let offset = incident.offsetSeconds
        var previousDate = ""
        var seenOnLine: [Int: Int] = [:]
        let rows = incident.timeline.map { event in
            // Entries run together on one line share it; ids must stay unique (the first keeps the plain one,
            // the next get -2, -3, …, which no other line's plain id can be).
            let n = seenOnLine[event.line, default: 0] + 1
            seenOnLine[event.line] = n
            let id = n == 1 ? "ev-L\(event.line)" : "ev-L\(event.line)-\(n)"
            let localDate = event.at.map { Clock.date($0, offsetSeconds: event.offsetSeconds) } ?? event.localDate.map(Clock.date) ?? ""
            defer { if !localDate.isEmpty { previousDate = localDate } }
            return TimelineRow(
                id: id,
                localTime: event.at.map { Clock.time($0, offsetSeconds: event.offsetSeconds) } ?? event.localTime?.description ?? "—",
                datetime: event.at.map(ISO8601.utc) ?? "",
                hasInstant: event.at != nil,
                localDate: localDate,
                showDate: !localDate.isEmpty && localDate != previousDate,
                utc: event.at.map(Self.utcText) ?? "",
                text: event.text,
                who: event.who ?? "",
                milestone: event.milestone?.rawValue ?? "",
                hasMilestone: event.milestone != nil,
                sourceLine: event.line,
                sourceHref: Self.blockAnchor(line: event.line, in: anchors).map { "#" + $0 } ?? "#page-report"
            )
        }
        func href(_ milestone: Milestone) -> String {
            guard let value = incident.milestones[milestone] else { return "" }
            return Self.rowAnchor(for: milestone, value: value, in: incident.timeline).map { "#" + $0 } ?? "#page-timeline"
        }
        func describe(_ milestone: Milestone) -> String {
            guard let value = incident.milestones[milestone] else { return "\(milestone.rawValue) not stated" }
            return "\(milestone.rawValue) \(Clock.time(value.at, offsetSeconds: offset))"
        }
        func source(_ milestone: Milestone) -> String {
            guard let value = incident.milestones[milestone] else { return "" }
            let origin = value.line > 0 ? "\(value.source), line \(value.line)" : value.source
            // The reader was unsure: say so where the value is shown.
            return value.confidence == .low ? origin + ", unsure" : origin
        }
        let metrics = IncidentMetrics(incident)
        let cards = IncidentMetrics.Kind.allCases.map { kind in
            let (from, to) = (kind.endpoints.from, kind.endpoints.to)
            return MetricCard(
                abbreviation: kind.abbreviation,
                name: kind.title,
                value: ViewFactory.duration(metrics[kind]),
                known: metrics[kind] != nil,
                formula: "\(to.rawValue) − \(from.rawValue)",
                fromText: describe(from),
                fromHref: href(from),
                fromSource: source(from),
                toText: describe(to),
                toHref: href(to),
                toSource: source(to),
                hasEndpoints: metrics[kind] != nil,
                missing: [from, to].filter { incident.milestones[$0] == nil }.map(describe).joined(separator: ", ")
            )
        }
        let related = index.related(to: incident, limit: Self.relatedLimit)
        let localDate = incident.startedAt.map { LocalDate($0, offsetSeconds: offset) } ?? incident.date
        let dateText = localDate.map(Clock.date) ?? "Date not stated"
        self.init(
            site: SiteChrome(siteTitle: config.title, pageTitle: incident.title, depth: 2, section: "incidents"),
            title: incident.title,
            dateText: dateText,
            dateISO: localDate?.description ?? "",
            hasDate: localDate != nil,
            severity: incident.severity?.description ?? "",
            severityClass: ViewFactory.severityClass(incident.severity),
            hasSeverity: incident.severity != nil,
            services: incident.services.map { Link(text: $0, href: ViewFactory.serviceHref($0, root: root)) },
            hasServices: !incident.services.isEmpty,
            authors: incident.authors.joined(separator: ", "),
            hasAuthors: !incident.authors.isEmpty,
            // A draft (shown only by `build --drafts` or `serve --drafts`) says so where the status stands.
            status: incident.isDraft ? "Draft, not published" : incident.isOpen ? "Open" : "Resolved",
            statusClass: incident.isDraft ? "draft" : incident.isOpen ? "open" : "resolved",
            zoneText: incident.zoneStated ? Self.zoneLabel(incident) : "\(Clock.zoneLabel(offsetSeconds: offset)), the site default (the document names no zone)",
            source: incident.source,
            metrics: cards,
            chartSVG: Self.chart(incident),
            timeline: rows,
            hasTimeline: !rows.isEmpty,
            hasWho: incident.timeline.contains { $0.who != nil },
            actionItems: incident.actionItems.enumerated().map { offset, item in
                ActionItemView(text: item.text, owner: item.owner ?? "", hasOwner: item.owner != nil, done: item.done, line: item.line,
                               anchor: ViewFactory.actionAnchor(offset + 1))
            },
            hasActionItems: !incident.actionItems.isEmpty,
            openActionCount: incident.actionItems.filter { !$0.done }.count,
            bodyHTML: body,
            related: Array(related),
            hasRelated: !related.isEmpty,
            notes: incident.diagnostics.map { Note(level: $0.level.rawValue, text: ($0.line > 0 ? "line \($0.line): " : "") + $0.message) },
            hasNotes: !incident.diagnostics.isEmpty
        )
    }

    /// "2026-09-02 11:58 UTC".
    static func utcText(_ instant: Date) -> String {
        // The ISO text has one "T" (date, time) and ":00Z" only at its end, when the seconds are zero.
        let iso = ISO8601.utc(instant).split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false).joined(separator: " ")
        return iso.hasSuffix(":00Z") ? String(iso.dropLast(4)) + " UTC" : iso
    }

    /// The timeline row a milestone should link to: the row it was read from, else
    /// the row marked with it at the same instant, else any row at that instant
    /// (front matter times usually repeat a timeline entry).
    static func rowAnchor(for milestone: Milestone, value: MilestoneValue, in timeline: [TimelineEvent]) -> String? {
        let row = timeline.first { $0.line == value.line }
            ?? timeline.first { $0.milestone == milestone && $0.at == value.at }
            ?? timeline.first { $0.at == value.at }
        return row.map { "ev-L\($0.line)" }
    }

    /// The axis names the zone: "Europe/Berlin, UTC+02:00", or just the offset when it says as much.
    static func zoneLabel(_ incident: Incident) -> String {
        let offset = Clock.zoneLabel(offsetSeconds: incident.offsetSeconds)
        let name = incident.zoneName.trimmingCharacters(in: .whitespaces)
        guard incident.zoneStated, !name.isEmpty, name != offset, name != "UTC" || offset != "UTC" else { return offset }
        return "\(name), \(offset)"
    }

    /// The body as the page shows it: without an opening `<h1>` that repeats the
    /// title (the header shows it), and with headings one level down, since the
    /// body sits under the page's own `<h1>`.
    static func bodyForPage(_ html: String, title: String) -> String {
        demotingHeadings(droppingTitleHeading(html, title: title))
    }

    static func droppingTitleHeading(_ html: String, title: String) -> String {
        guard html.hasPrefix("<h1"), let close = html.range(of: "</h1>") else { return html }
        let heading = html[..<close.lowerBound]
        guard let start = heading.firstIndex(of: ">") else { return html }
        var text = String(heading[heading.index(after: start)...])
        if let anchor = text.range(of: " <a class=\"anchor\"") { text = String(text[..<anchor.lowerBound]) }
        guard text == HTMLEscaping.escape(title) else { return html }
        return String(html[close.upperBound...].drop { $0 == "\n" })
    }

    /// h1 → h2 … h5 → h6 (h6 stays). Only the renderer's own tags can match:
    /// text `<` is escaped and raw HTML is dropped unless the site allows it.
    static func demotingHeadings(_ html: String) -> String {
        // One pass over the bytes: `<hN` and `</hN` (N = 1…5) followed by a space or `>` become N + 1.
        var bytes = Array(html.utf8)
        guard bytes.count > 3 else { return html }
        var index = 0
        while index + 3 < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                let h = bytes[index + 1] == UInt8(ascii: "/") ? index + 2 : index + 1
                if h + 2 < bytes.count, bytes[h] == UInt8(ascii: "h"), (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(bytes[h + 1]),
                   bytes[h + 2] == UInt8(ascii: " ") || bytes[h + 2] == UInt8(ascii: ">") {
                    bytes[h + 1] += 1
                    index = h + 2
                    continue
                }
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Source lines that have an `id="L<n>"` anchor in the body HTML.
    static func lineAnchors(in html: String) -> Set<Int> {
        var anchors = Set<Int>()
        let bytes = Array(html.utf8)
        let marker = Array("id=\"L".utf8)
        var index = 0
        while index + marker.count < bytes.count {
            if bytes[index] == marker[0], Array(bytes[index..<index + marker.count]) == marker {
                var cursor = index + marker.count
                var value = 0
                while cursor < bytes.count, cursor - index - marker.count < 9, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]) {
                    value = value * 10 + Int(bytes[cursor] - UInt8(ascii: "0"))
                    cursor += 1
                }
                if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\""), value > 0 { anchors.insert(value) }
                index = cursor
                continue
            }
            index += 1
        }
        return anchors
    }

    /// `L<n>` for the body block that holds source line `line`: the block starting
    /// there, else the nearest block starting above it (a list item or table row
    /// belongs to a block anchored by its first line).
    static func blockAnchor(line: Int, in anchors: Set<Int>) -> String? {
        guard line > 0 else { return nil }
        for n in stride(from: line, through: max(1, line - 200), by: -1) where anchors.contains(n) {
            return "L\(n)"
        }
        return nil
    }

    static func chart(_ incident: Incident) -> String {
        let events = incident.timeline.compactMap { event -> ChartEvent? in
            guard let at = event.at else { return nil }
            return ChartEvent(at: at, label: event.text, detail: event.text, milestone: event.milestone?.rawValue, anchor: "ev-L\(event.line)")
        }
        let milestones = Milestone.allCases.compactMap { milestone in
            incident.time(of: milestone).map { ChartMilestone(name: milestone.rawValue, at: $0) }
        }
        return ResponsiveChart.html { width, suffix in
            TimelineChart.svg(TimelineChartInput(title: "Timeline of \(incident.title)", zoneLabel: zoneLabel(incident),
                                                 utcOffsetSeconds: incident.offsetSeconds, milestones: milestones,
                                                 events: events, width: width, idPrefix: "tl" + suffix))
        }
    }
}
