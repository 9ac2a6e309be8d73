import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// Machine-readable exports of all incidents: JSON (the inspect contract), CSV and an Atom feed.
public enum Exports {
    /// `incidents.json`: the `debrief inspect` contract for every incident, newest first.
    public static func json(_ incidents: [Incident]) -> String {
        InspectReport.json(ViewFactory.newestFirst(incidents))
    }

    /// `incidents.csv` (RFC 4180): one row per incident with its metrics in seconds.
    public static func csv(_ incidents: [Incident]) -> String {
        var lines = ["slug,title,date,severity,services,status,started,resolved,ttd_s,tta_s,tti_s,ttm_s,ttr_s,action_items,open_action_items"]
        for incident in ViewFactory.newestFirst(incidents) {
            let metrics = IncidentMetrics(incident)
            let fields: [String] = [
                incident.slug, incident.title, incident.date?.description ?? "", incident.severity?.description ?? "",
                incident.services.joined(separator: ";"), incident.isOpen ? "open" : "resolved",
                incident.time(of: .started).map(ISO8601.utc) ?? "", incident.time(of: .resolved).map(ISO8601.utc) ?? "",
            ] + IncidentMetrics.Kind.allCases.map { metrics[$0].map(String.init) ?? "" }
              + [String(incident.actionItems.count), String(incident.actionItems.filter { !$0.done }.count)]
            lines.append(fields.map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Characters that make a spreadsheet read a cell (or a line of one) as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// One RFC 4180 field. Scalars are checked, not Characters: "\r\n" is one
    /// Character in Swift, so a lone CR or LF would slip past a Character test.
    static func csvField(_ text: String) -> String {
        let value = defuseFormulas(text)
        guard value != text || value.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) }) else { return value }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in value.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// Prefixes `'` to the value, and to every line inside it, that starts like a
    /// formula; a plain number such as `-42` is left alone.
    static func defuseFormulas(_ text: String) -> String {
        guard Double(text) == nil else { return text }
        var out = String.UnicodeScalarView()
        var atLineStart = true
        for scalar in text.unicodeScalars {
            if atLineStart, formulaStarts.contains(scalar) { out.append("'") }
            out.append(scalar)
            atLineStart = scalar == "\n" || scalar == "\r"
        }
        return String(out)
    }

    /// An Atom feed of the newest incidents. Links are relative to the feed unless `baseURL` is set.
    public static func atom(_ incidents: [Incident], config: SiteConfig) -> String {
        let sorted = ViewFactory.newestFirst(incidents).prefix(50)
        let base = config.baseURL.isEmpty ? "" : (config.baseURL.hasSuffix("/") ? config.baseURL : config.baseURL + "/")
        let updated = sorted.compactMap(\.startedAt).max().map(ISO8601.utc) ?? "1970-01-01T00:00:00Z"
        var xml = XMLWriter()
        xml.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        xml.open("feed", ["xmlns": "http://www.w3.org/2005/Atom"])
        xml.element("title", config.title)
        xml.element("id", base.isEmpty ? "urn:debrief:" + Slugged.slug(config.title) : base)
        xml.element("updated", updated)
        xml.empty("link", [("rel", "self"), ("href", base + "feed.xml")])
        xml.empty("link", [("rel", "alternate"), ("href", base + "index.html")])
        for incident in sorted {
            let metrics = IncidentMetrics(incident)
            xml.open("entry")
            xml.element("title", incident.title)
            xml.element("id", "urn:debrief:incident:" + incident.slug)
            xml.element("updated", incident.startedAt.map(ISO8601.utc) ?? updated)
            xml.empty("link", [("rel", "alternate"), ("href", base + "incidents/" + incident.slug + "/index.html")])
            for author in incident.authors { xml.open("author"); xml.element("name", author); xml.close("author") }
            if incident.authors.isEmpty { xml.open("author"); xml.element("name", "Unknown"); xml.close("author") }
            let summary = [incident.severity?.description, incident.services.isEmpty ? nil : incident.services.joined(separator: ", "),
                           metrics.timeToResolve.map { "TTR " + DurationFormat.text(seconds: $0) }].compactMap { $0 }.joined(separator: " · ")
            xml.element("summary", summary.isEmpty ? incident.title : summary)
            xml.close("entry")
        }
        xml.close("feed")
        return xml.text
    }
}

enum Slugged {
    static func slug(_ text: String) -> String { ViewFactory.serviceSlug(text) }
}
