import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// `digest/feed.xml`: an Atom feed of the newest weekly digests.
enum DigestFeed {
    /// Links are relative to the feed (which lives in `digest/`) unless `baseURL` is set.
    static func atom(_ reports: [DigestReport], config: SiteConfig) -> String {
        let base = config.baseURL.isEmpty ? "" : (config.baseURL.hasSuffix("/") ? config.baseURL : config.baseURL + "/") + "digest/"
        let newest = reports.suffix(52).reversed()
        // A digest is complete when its week ends: that is its publication time.
        let updated = newest.first.map { ISO8601.utc($0.end) } ?? "1970-01-01T00:00:00Z"
        var xml = XMLWriter()
        xml.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        xml.open("feed", ["xmlns": "http://www.w3.org/2005/Atom"])
        xml.element("title", config.title + ": weekly reliability digest")
        xml.element("id", base.isEmpty ? "urn:debrief:digest:" + Slugged.slug(config.title) : base)
        xml.element("updated", updated)
        xml.empty("link", [("rel", "self"), ("href", base + "feed.xml")])
        xml.empty("link", [("rel", "alternate"), ("href", base + "index.html")])
        xml.open("author"); xml.element("name", "Debrief"); xml.close("author")
        for report in newest {
            let facts = DigestFacts(report, config: config) { _ in nil }
            xml.open("entry")
            xml.element("title", "Reliability digest \(report.week) (\(facts.rangeText))")
            xml.element("id", "urn:debrief:digest:" + Slugged.slug(config.title) + ":" + report.week.description)
            xml.element("updated", ISO8601.utc(report.end))
            xml.empty("link", [("rel", "alternate"), ("href", base + "\(report.week)/index.html")])
            xml.element("summary", [facts.headline, facts.impactText, facts.trendSentence].joined(separator: " "))
            xml.close("entry")
        }
        xml.close("feed")
        return xml.text
    }
}
