import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// A ``DigestReport`` as ready strings, shared by the digest page and every
/// `debrief digest` format so they always say the same thing.
struct DigestFacts: Sendable {
    struct IncidentLine: Sendable {
        let title: String
        /// Link to the incident page; nil when the output has nowhere to link to.
        let href: String?
        let startedText: String
        let severity: String
        let severityClass: String
        let servicesText: String
        let ttd: String
        let ttr: String
        let isOpen: Bool
        /// "open for 3 d 2 h at the week's end" (unresolved list only).
        let openFor: String
    }

    struct MetricLine: Sendable {
        let abbreviation: String
        let name: String
        let week: String
        let previous4: String
        let previous12: String
    }

    struct ItemLine: Sendable {
        let text: String
        let owner: String
        let hasOwner: Bool
        let done: Bool
        let incidentTitle: String
        let incidentHref: String?
        let age: String
    }

    /// Open items shown before "and N more".
    static let openItemLimit = 25

    let weekLabel: String
    let rangeText: String
    let zoneName: String
    let siteTitle: String
    let headline: String
    let hasIncidents: Bool
    let incidents: [IncidentLine]
    let unresolved: [IncidentLine]
    let impactText: String
    let metrics: [MetricLine]
    let previous4Label: String
    let previous12Label: String
    let trendSentence: String
    let trendVerdict: String
    let severityMix: [DigestReport.Count]
    let topServices: [DigestReport.Count]
    let createdItems: [ItemLine]
    let openItems: [ItemLine]
    let openItemsHidden: Int
    let longestText: String?
    let longestTitle: String?
    let longestHref: String?

    /// - Parameter link: the URL of an incident page by slug, or nil for none.
    init(_ report: DigestReport, config: SiteConfig, link: (String) -> String?) {
        let zone = config.foundationZone
        func localDate(_ instant: Date) -> LocalDate {
            LocalDate(instant, offsetSeconds: zone.secondsFromGMT(for: instant))
        }
        func when(_ instant: Date?) -> String {
            guard let instant else { return "unknown" }
            let offset = zone.secondsFromGMT(for: instant)
            return Clock.date(instant, offsetSeconds: offset) + " " + Clock.time(instant, offsetSeconds: offset)
        }
        func line(_ incident: Incident) -> IncidentLine {
            let metrics = IncidentMetrics(incident)
            let resolution = Resolution(incident, at: report.end)
            let open = resolution == .open
            let openFor = resolution == .notStated ? "no resolution time stated"
                : incident.startedAt.map { "open for " + DurationFormat.text(seconds: Int(report.end.timeIntervalSince($0))) + " at the week's end" } ?? ""
            return IncidentLine(
                title: incident.title, href: link(incident.slug),
                // Without a `started` milestone the incident is placed by its first known time; say so.
                startedText: when(incident.startedAt) + (incident.time(of: .started) == nil && incident.startedAt != nil ? " (start not stated)" : ""),
                severity: incident.severity?.description ?? "—", severityClass: ViewFactory.severityClass(incident.severity),
                servicesText: incident.services.isEmpty ? "—" : incident.services.joined(separator: ", "),
                ttd: metrics.timeToDetect.map { DurationFormat.text(seconds: $0) } ?? "—",
                ttr: resolution.ttrText,
                isOpen: open, openFor: openFor)
        }
        func cell(_ summary: SampleSummary) -> String {
            (summary.mean.map { DurationFormat.text(seconds: $0) } ?? "—") + " (n = \(summary.n))"
        }
        func item(_ entry: DigestReport.Item) -> ItemLine {
            ItemLine(text: entry.item.text, owner: entry.item.owner ?? "", hasOwner: entry.item.owner != nil, done: entry.item.done,
                     incidentTitle: entry.incident.title, incidentHref: link(entry.incident.slug),
                     age: entry.ageSeconds.map { DurationFormat.text(seconds: $0) } ?? "")
        }
        let first = localDate(report.start)
        let last = LocalDate(daysSinceEpoch: localDate(report.end).daysSinceEpoch - 1)
        weekLabel = report.week.description
        rangeText = Clock.date(first) + " – " + Clock.date(last)
        zoneName = config.timezone
        siteTitle = config.title
        let count = report.incidents.count
        let unresolvedCount = report.unresolved.count
        headline = (count == 0 ? "No incidents this week." : "\(count) incident\(count == 1 ? "" : "s") started this week.")
            + (unresolvedCount == 0 ? "" : " \(unresolvedCount) incident\(unresolvedCount == 1 ? " was" : "s were") unresolved at the week's end.")
        hasIncidents = count > 0
        incidents = report.incidents.map(line)
        unresolved = report.unresolved.map(line)
        impactText = Self.impact(report.impact, incidents: count)
        let previous4 = report.previous4, previous12 = report.previous12
        metrics = [IncidentMetrics.Kind.timeToDetect, .timeToAcknowledge, .timeToMitigate, .timeToResolve].map { kind in
            MetricLine(abbreviation: kind.meanAbbreviation, name: "Mean " + kind.title.lowercased(),
                       week: cell(report.metrics[kind]), previous4: cell(previous4.summary[kind]), previous12: cell(previous12.summary[kind]))
        }
        previous4Label = "Previous 4 weeks"
        previous12Label = "Previous 12 weeks"
        trendSentence = report.trendSentence
        trendVerdict = report.trendVerdict.rawValue
        severityMix = report.severityMix
        topServices = report.topServices
        createdItems = report.createdActionItems.map(item)
        openItems = report.openActionItems.prefix(Self.openItemLimit).map(item)
        openItemsHidden = max(0, report.openActionItemCount - openItems.count)
        if let longest = report.longest {
            longestTitle = longest.incident.title
            longestHref = link(longest.incident.slug)
            longestText = DurationFormat.text(seconds: longest.seconds) + (longest.isOpen ? " so far (still open at the week's end)" : "")
        } else {
            longestTitle = nil; longestHref = nil; longestText = nil
        }
    }

    /// "112 customer-impact minutes (1 h 52 min) across 3 incidents, clipped to the week; 1 incident had no start time."
    static func impact(_ impact: DigestReport.Impact, incidents: Int) -> String {
        guard incidents > 0 else { return "No customer impact recorded: no incidents started this week." }
        let minutes = impact.seconds / 60
        var text = "\(minutes) customer-impact minute\(minutes == 1 ? "" : "s") (\(DurationFormat.text(seconds: impact.seconds))) across "
            + "\(impact.counted) incident\(impact.counted == 1 ? "" : "s"), clipped to the week"
        if impact.lackingStart > 0 {
            text += "; \(impact.lackingStart) incident\(impact.lackingStart == 1 ? " has" : "s have") no start time and \(impact.lackingStart == 1 ? "is" : "are") not counted"
        }
        if impact.lackingEnd > 0 {
            text += "; \(impact.lackingEnd) incident\(impact.lackingEnd == 1 ? " has" : "s have") no resolution time and \(impact.lackingEnd == 1 ? "is" : "are") not counted"
        }
        return text + "."
    }

    /// "SEV1 1 · SEV2 2", or "none".
    static func counts(_ counts: [DigestReport.Count]) -> String {
        counts.isEmpty ? "none" : counts.map { "\($0.name) \($0.count)" }.joined(separator: " · ")
    }
}
