import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// `digest/index.html`: every week, newest first.
public struct DigestIndexView: Sendable, MustacheView {
    public struct WeekEntry: Sendable, MustacheView {
        public let label: String
        public let href: String
        public let rangeText: String
        public let incidentCount: Int
        public let summary: String
        public let trendVerdict: String
    }

    public let site: SiteChrome
    public let lede: String
    public let hasWeeks: Bool
    public let weeks: [WeekEntry]
    public let latestHref: String
    public let hasUndated: Bool
    public let undatedText: String

    public init(reports: [DigestReport], undatedCount: Int, config: SiteConfig) {
        site = SiteChrome(siteTitle: config.title, pageTitle: "Weekly digest", depth: 1, section: "digest")
        let weekStart = config.weekStart == .monday ? "Monday" : "Sunday"
        lede = "One page per week, from the first incident's week to the latest's. Weeks start on \(weekStart) in \(config.timezone); "
            + "an incident belongs to the week it started in."
        hasWeeks = !reports.isEmpty
        weeks = reports.reversed().map { report in
            let facts = DigestFacts(report, config: config) { _ in nil }
            return WeekEntry(label: facts.weekLabel, href: "\(report.week)/index.html", rangeText: facts.rangeText,
                             incidentCount: report.incidents.count, summary: facts.headline, trendVerdict: report.trendVerdict.rawValue)
        }
        latestHref = "latest/index.html"
        hasUndated = undatedCount > 0
        undatedText = "\(undatedCount) incident\(undatedCount == 1 ? " has" : "s have") no known date or time and \(undatedCount == 1 ? "is" : "are") in no week."
    }
}
