import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// The action-item ledger (`actions/index.html`): every action item of every
/// incident, open ones first. The rows are ``ActionLedger``'s, the same the digest's
/// "open items" are cut from; this view only formats them.
public struct LedgerPageView: Sendable, MustacheView {
    public struct Row: Sendable, MustacheView {
        public let text: String
        public let owner: String
        public let hasOwner: Bool
        /// "open" or "done", for the filter script and the status badge.
        public let status: String
        public let statusText: String
        public let isOpen: Bool
        public let age: String
        /// Seconds, −1 when unknown (the sort script reads it).
        public let ageSort: Int
        public let incidentTitle: String
        /// The item on its incident's page.
        public let href: String
        public let incidentDate: String
        public let incidentDateSort: String
        public let severity: String
        public let severityClass: String
        public let severitySort: Int
    }

    public struct Owner: Sendable, MustacheView {
        public let name: String
    }

    public let site: SiteChrome
    public let lede: String
    public let asOfText: String
    public let rows: [Row]
    public let hasRows: Bool
    public let openCount: Int
    public let doneCount: Int
    /// Every named owner, by name, for the owner filter.
    public let owners: [Owner]
    public let hasUnowned: Bool
}

extension LedgerPageView {
    /// - Parameter asOf: the instant ages are measured to, and its week (nil: no dated incident).
    public init(ledger: ActionLedger, asOf: (instant: Date, week: ISOWeek)?, config: SiteConfig) {
        let all = ledger.rows(asOf: asOf?.instant)
        let ordered = all.filter(\.isOpen) + all.filter { !$0.isOpen }
        let rows = ordered.map { Self.row($0, root: "../") }
        let open = all.filter(\.isOpen).count
        let incidentCount = Set(all.map(\.incident.slug)).count
        let zone = config.foundationZone
        self.init(
            site: SiteChrome(siteTitle: config.title, pageTitle: "Action items", depth: 1, section: "actions"),
            lede: all.isEmpty ? "No action items yet." : "\(all.count) action item\(all.count == 1 ? "" : "s") from \(incidentCount) incident\(incidentCount == 1 ? "" : "s"): "
                + "\(open) open, \(all.count - open) done.",
            asOfText: asOf.map { asOf in
                let last = asOf.instant.addingTimeInterval(-1)
                return "An item is as old as its incident: ages run from the incident's start to the end of "
                    + "\(asOf.week) (\(Clock.date(last, offsetSeconds: zone.secondsFromGMT(for: last)))), the latest digest week, "
                    + "so this page changes only when the postmortems do."
            } ?? "No incident has a known date, so no item has an age.",
            rows: rows,
            hasRows: !rows.isEmpty,
            openCount: open,
            doneCount: all.count - open,
            owners: Set(all.compactMap(\.item.owner)).sorted().map(Owner.init),
            hasUnowned: all.contains { $0.item.owner == nil }
        )
    }

    static func row(_ row: ActionLedger.Row, root: String) -> Row {
        let incident = row.incident
        let summary = ViewFactory.row(incident, root: root)
        return Row(
            text: row.item.text,
            owner: row.item.owner ?? "",
            hasOwner: row.item.owner != nil,
            status: row.isOpen ? "open" : "done",
            statusText: row.isOpen ? "Open" : "Done",
            isOpen: row.isOpen,
            age: row.ageSeconds.map { DurationFormat.text(seconds: max(0, $0)) } ?? "—",
            ageSort: row.ageSeconds ?? -1,
            incidentTitle: incident.title,
            href: ViewFactory.incidentHref(incident.slug, root: root) + "#" + ViewFactory.actionAnchor(row.number),
            incidentDate: summary.dateText,
            incidentDateSort: summary.dateSort,
            severity: summary.severity,
            severityClass: summary.severityClass,
            severitySort: summary.severitySort
        )
    }
}
