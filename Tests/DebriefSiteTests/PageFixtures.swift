import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation
import Testing
@testable import DebriefSite

/// Golden files of this suite live in `Goldens/pages/`.
enum PageGolden {
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try Golden.check(actual, folder: "pages", named: name, sourceLocation: sourceLocation)
    }
}

/// A fixed set of incidents built in code (no disk): a full one in a stated
/// zone, a sparse multi-day one in the site's default zone, an open one with
/// no timeline, and an undated one.
enum PageFixtures {
    static let config: SiteConfig = {
        var config = SiteConfig()
        config.title = "Lumen Freight postmortems"
        return config
    }()

    static func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    static func event(_ utc: String, _ text: String, _ milestone: Milestone?, line: Int, offset: Int) -> TimelineEvent {
        let instant = at(utc)
        let local = instant.addingTimeInterval(TimeInterval(offset))
        let seconds = Int(local.timeIntervalSince1970) % 86_400
        return TimelineEvent(at: instant, localDate: LocalDate(instant, offsetSeconds: offset),
                             localTime: ClockTime(hour: seconds / 3600, minute: seconds % 3600 / 60),
                             offsetSeconds: offset, text: text, milestone: milestone, line: line)
    }

    /// Full: every milestone, front matter times (lines 5–10) repeating timeline rows, two entries on one line.
    static let checkout: LoadedIncident = {
        let offset = 7200
        var incident = Incident(
            source: "Content/2026-09-02-checkout.md", slug: "2026-09-02-checkout",
            title: "Checkout latency after connection-pool change", authors: ["Priya Raman", "Tomás Ortega"],
            date: LocalDate(year: 2026, month: 9, day: 2), dateSource: "front matter", offsetSeconds: offset,
            zoneStated: true, zoneName: "Europe/Berlin", severity: Severity(level: 2),
            services: ["checkout-api", "postgres-primary"], tags: ["database", "config"], status: "resolved")
        incident.milestones = [
            .started: MilestoneValue(at: at("2026-09-02T12:03:00Z"), line: 5, source: "front matter"),
            .detected: MilestoneValue(at: at("2026-09-02T12:09:00Z"), line: 6, source: "front matter"),
            .acknowledged: MilestoneValue(at: at("2026-09-02T12:12:00Z"), line: 24, source: "timeline"),
            .identified: MilestoneValue(at: at("2026-09-02T12:40:00Z"), line: 26, source: "timeline"),
            .mitigated: MilestoneValue(at: at("2026-09-02T12:52:00Z"), line: 9, source: "front matter"),
            .resolved: MilestoneValue(at: at("2026-09-02T13:20:00Z"), line: 10, source: "front matter"),
        ]
        incident.timeline = [
            event("2026-09-02T11:58:00Z", "Deploy of checkout-api 4.18.0 began (canary skipped, \"driver bump only\").", nil, line: 21, offset: offset),
            event("2026-09-02T12:03:00Z", "Rollout reached all pods; p99 latency and 504 rate rose.", nil, line: 22, offset: offset),
            event("2026-09-02T12:09:00Z", "Alert fired: checkout p99 > 2 s for 5 min.", .detected, line: 23, offset: offset),
            event("2026-09-02T12:12:00Z", "On-call (Tomás) acknowledged & began investigating.", .acknowledged, line: 24, offset: offset),
            event("2026-09-02T12:21:00Z", "Postgres checked: CPU 30%, 60 active connections, no lock waits.", nil, line: 25, offset: offset),
            event("2026-09-02T12:40:00Z", "Root cause identified: pool limits defaulted to 8 open / 2 idle per pod.", .identified, line: 26, offset: offset),
            event("2026-09-02T12:52:00Z", "Rolled back to 4.17.3; error rate fell within two minutes.", .mitigated, line: 27, offset: offset),
            event("2026-09-02T12:55:00Z", "Status page updated <all regions>.", nil, line: 27, offset: offset),
            event("2026-09-02T13:20:00Z", "Retry backlog drained, p99 back to normal.", .resolved, line: 29, offset: offset),
        ]
        incident.actionItems = [
            ActionItem(text: "Set DB_MAX_OPEN explicitly in the checkout-api chart", owner: "tomas", done: true, line: 40),
            ActionItem(text: "Add pool saturation alert: wait time p95 > 100 ms", owner: "priya", done: false, line: 41),
            ActionItem(text: "Remove the \"dependency bump\" canary bypass", owner: nil, done: false, line: 42),
        ]
        // As DebriefMarkdown's HTMLRenderer writes it: anchored headings, blocks with id="L<line>".
        let body = """
        <h1 id="checkout-latency-after-connection-pool-change">Checkout latency after connection-pool change <a class="anchor" href="#checkout-latency-after-connection-pool-change" aria-label="Link to this section">#</a></h1>
        <h2 id="summary">Summary <a class="anchor" href="#summary" aria-label="Link to this section">#</a></h2>
        <p id="L15">Release 4.18.0 of <code>checkout-api</code> upgraded our Postgres driver.</p>
        <h2 id="timeline">Timeline <a class="anchor" href="#timeline" aria-label="Link to this section">#</a></h2>
        <ul id="L21">
        <li>13:58 Deploy of checkout-api 4.18.0 began.</li>
        <li>14:03 Rollout reached all pods.</li>
        </ul>
        <table id="L23">
        <thead><tr><th>Time</th><th>Event</th></tr></thead>
        <tbody><tr><td>14:09</td><td>Alert fired</td></tr></tbody>
        </table>
        <h3 id="what-went-well">What went well <a class="anchor" href="#what-went-well" aria-label="Link to this section">#</a></h3>
        <p id="L35">The rollback was quick.</p>

        """
        return LoadedIncident(incident: incident, bodyHTML: body)
    }()

    /// Sparse and multi-day: no zone stated (site default), no severity, only started and resolved.
    static let search: LoadedIncident = {
        var incident = Incident(
            source: "Content/2026-10-01-search.md", slug: "2026-10-01-search", title: "Search index rebuild ran for 30 hours",
            date: LocalDate(year: 2026, month: 10, day: 1), dateSource: "summary", offsetSeconds: 0, zoneStated: false,
            zoneName: "UTC", services: ["search"], tags: ["Database"])
        incident.milestones = [
            .started: MilestoneValue(at: at("2026-10-01T06:12:00Z"), line: 12, source: "timeline"),
            .resolved: MilestoneValue(at: at("2026-10-02T11:50:00Z"), line: 16, source: "timeline"),
        ]
        incident.timeline = [
            event("2026-10-01T06:12:00Z", "fsync latency jumps from 3 ms to 2–8 s.", .started, line: 12, offset: 0),
            event("2026-10-01T07:31:00Z", "Failover to replica completed.", nil, line: 13, offset: 0),
            event("2026-10-01T09:05:00Z", "Full reindex started.", nil, line: 14, offset: 0),
            event("2026-10-02T04:40:00Z", "New replica caught up.", nil, line: 15, offset: 0),
            event("2026-10-02T11:50:00Z", "Search freshness verified. Resolved.", .resolved, line: 16, offset: 0),
        ]
        incident.timeline[1].who = "lee.h"  // a table's Who column
        incident.actionItems = [ActionItem(text: "Alert on search freshness lag > 10 min", owner: nil, done: false, line: 30)]
        incident.diagnostics = [Diagnostic(.warning, line: 0, "no time zone stated; read in UTC (the site default)")]
        let body = """
        <h1 id="postmortem">Postmortem <a class="anchor" href="#postmortem" aria-label="Link to this section">#</a></h1>
        <ul id="L12">
        <li>06:12 fsync latency jumps.</li>
        <li>07:31 Failover.</li>
        </ul>

        """
        return LoadedIncident(incident: incident, bodyHTML: body)
    }()

    /// Open, SEV1, no timeline at all; shares checkout-api with `checkout`.
    static let edge: LoadedIncident = {
        var incident = Incident(
            source: "Content/2026-10-28-edge.md", slug: "2026-10-28-edge", title: "TLS handshake failures at the Frankfurt edge",
            date: LocalDate(year: 2026, month: 10, day: 28), dateSource: "file name", offsetSeconds: 3600, zoneStated: true,
            zoneName: "CET", severity: Severity(level: 1), services: ["edge-cdn", "checkout-api"], status: "open")
        incident.milestones = [.detected: MilestoneValue(at: at("2026-10-28T08:45:00Z"), line: 7, source: "summary")]
        return LoadedIncident(incident: incident, bodyHTML: "<p id=\"L3\">Investigation continues.</p>\n")
    }()

    /// No date anywhere.
    static let undated: LoadedIncident = LoadedIncident(
        incident: Incident(source: "Content/notes.md", slug: "notes", title: "Notes from a game day", severity: Severity(level: 4)),
        bodyHTML: "<p id=\"L1\">Nothing broke.</p>\n")

    static let all = [checkout, search, edge, undated]
    static var incidents: [Incident] { all.map(\.incident) }
}
