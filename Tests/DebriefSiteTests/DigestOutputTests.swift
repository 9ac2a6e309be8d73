import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation
import Testing
@testable import DebriefSite

/// Golden files of this suite live in `Goldens/digest/`.
enum DigestGolden {
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try Golden.check(actual, folder: "digest", named: name, sourceLocation: sourceLocation)
    }
}

/// A fixed set of incidents around New Year 2027 in Europe/Berlin: 2026-W53 runs Mon 28 Dec 2026 – Sun 3 Jan 2027.
enum DigestSiteFixture {
    static func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    static func incident(_ slug: String, _ title: String, severity: Int?, services: [String], status: String = "",
                         _ milestones: [(Milestone, String)], items: [(String, String?, Bool)] = []) -> Incident {
        Incident(source: "Content/\(slug).md", slug: slug, title: title, severity: severity.map { Severity(level: $0) },
                 services: services, status: status,
                 milestones: Dictionary(uniqueKeysWithValues: milestones.map { ($0.0, MilestoneValue(at: at($0.1), line: 3, source: "test")) }),
                 actionItems: items.enumerated().map { ActionItem(text: $0.element.0, owner: $0.element.1, done: $0.element.2, line: 20 + $0.offset) })
    }

    static let incidents: [Incident] = [
        incident("checkout-timeouts", "Checkout timeouts | pool exhausted", severity: 2, services: ["checkout-api", "postgres"],
                 [(.started, "2026-12-28T08:00:00Z"), (.detected, "2026-12-28T08:06:00Z"), (.acknowledged, "2026-12-28T08:09:00Z"),
                  (.mitigated, "2026-12-28T09:00:00Z"), (.resolved, "2026-12-28T09:30:00Z")],
                 items: [("Alert on pool wait p95 > 100 ms", "priya", false), ("Raise pool size to 40", "priya", true)]),
        incident("new-year-dns", "New Year <DNS> resolver failures", severity: 1, services: ["dns", "checkout-api"], status: "open",
                 [(.started, "2027-01-01T00:30:00Z"), (.detected, "2027-01-01T00:41:00Z")],
                 items: [("Pin the resolver version", nil, false)]),
        incident("search-lag", "Search index lag", severity: nil, services: ["search"],
                 [(.detected, "2026-12-30T10:00:00Z"), (.resolved, "2026-12-30T11:15:00Z")]),
        incident("queue-backlog", "Notification queue backlog", severity: 3, services: ["notifications"],
                 [(.started, "2027-01-02T15:00:00Z"), (.detected, "2027-01-02T15:12:00Z"), (.acknowledged, "2027-01-02T15:20:00Z"),
                  (.resolved, "2027-01-02T16:20:00Z")]),
        incident("edge-tls", "Edge TLS handshake failures", severity: 3, services: ["cdn", "checkout-api"],
                 [(.started, "2026-12-16T07:20:00Z"), (.detected, "2026-12-16T08:05:00Z"), (.resolved, "2026-12-16T09:05:00Z")],
                 items: [("Synthetic TLS probe with a large ClientHello", "hannah", false)]),
        incident("auth-keys", "Logins rejected after key rotation", severity: 2, services: ["auth"],
                 [(.started, "2026-12-10T09:12:00Z"), (.detected, "2026-12-10T09:15:00Z"), (.resolved, "2026-12-10T09:53:00Z")],
                 items: [("Refresh JWKS on unknown kid", "ines", false), ("Lower JWKS cache TTL", "ines", true)]),
        incident("cdn-purge", "CDN purge-all", severity: 3, services: ["cdn"],
                 [(.started, "2026-11-20T14:00:00Z"), (.detected, "2026-11-20T14:20:00Z"), (.resolved, "2026-11-20T15:30:00Z")],
                 items: [("Purge script refuses an empty prefix", "caleb", false)]),
        incident("db-failover", "Database failover", severity: 1, services: ["postgres"],
                 [(.started, "2026-10-05T02:00:00Z"), (.detected, "2026-10-05T02:04:00Z"), (.resolved, "2026-10-06T08:00:00Z")]),
    ]

    static var config: SiteConfig {
        var config = SiteConfig()
        config.title = "Lumen Freight postmortems"
        config.timezone = "Europe/Berlin"
        return config
    }

    static var report: DigestReport {
        DigestBuilder(incidents: incidents, bucketing: WeekBucketing(timeZone: config.foundationZone, weekStart: config.weekStart))
            .report(for: ISOWeek("2026-W53")!)
    }
}

struct DigestOutputTests {
    typealias F = DigestSiteFixture

    @Test func markdownGolden() throws {
        var config = F.config
        config.baseURL = "https://postmortems.example.com"
        try DigestGolden.check(DigestOutput.render(F.report, format: .markdown, config: config), named: "2026-W53.md")
    }

    @Test func textGolden() throws {
        try DigestGolden.check(DigestOutput.render(F.report, format: .text, config: F.config), named: "2026-W53.txt")
    }

    @Test func htmlGolden() throws {
        var config = F.config
        config.baseURL = "https://postmortems.example.com/"
        try DigestGolden.check(DigestOutput.render(F.report, format: .html, config: config), named: "2026-W53.email.html")
    }

    @Test func emailHTMLIsSelfContained() {
        let html = DigestOutput.render(F.report, format: .html, config: F.config)
        for forbidden in ["<script", "<link", "<style", "class=", "<svg", "<div"] {
            #expect(!html.contains(forbidden), "e-mail HTML contains \(forbidden)")
        }
        #expect(html.contains("<table"))
        // Titles are escaped, not passed through.
        #expect(html.contains("New Year &lt;DNS&gt; resolver failures"))
        // Without a baseURL, links are relative to the week's digest page.
        #expect(html.contains("href=\"../../incidents/checkout-timeouts/index.html\""))
    }

    @Test func markdownEscapesTableBreakingText() {
        let markdown = DigestOutput.render(F.report, format: .markdown, config: F.config)
        #expect(markdown.contains("Checkout timeouts \\| pool exhausted"))
        #expect(markdown.contains("](../../incidents/checkout-timeouts/index.html)"))
    }

    @Test func jsonCarriesTheNumbers() throws {
        let json = DigestOutput.render(F.report, format: .json, config: F.config)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["week"] as? String == "2026-W53")
        #expect(object["start"] as? String == "2026-12-27T23:00:00Z")
        let impact = try #require(object["impact"] as? [String: Any])
        // checkout 90 min + queue 80 min + DNS open from 1 Jan 00:30Z to the week end 3 Jan 23:00Z (70.5 h); search-lag has no start.
        #expect(impact["seconds"] as? Int == 90 * 60 + 80 * 60 + 70 * 3600 + 1800)
        #expect(impact["lackingStart"] as? Int == 1)
        let unresolved = try #require(object["unresolved"] as? [[String: Any]])
        #expect(unresolved.map { $0["slug"] as? String } == ["new-year-dns"])
    }
}
