import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// `search.json`: what the index page's search box looks through, one entry per
/// incident, newest first. Kept small: the text is the summary, root cause and
/// resolution cut to ``textLimit`` characters, so 10,000 postmortems stay a few MB.
enum SearchIndex {
    static let textLimit = 320

    static func json(_ incidents: [Incident]) -> String {
        let entries = ViewFactory.newestFirst(incidents).map { incident -> JSONValue in
            let row = ViewFactory.row(incident, root: "")
            return .object([
                ("title", .string(incident.title)),
                ("href", .string(row.href)),
                ("date", .string(row.dateText)),
                ("severity", .string(incident.severity?.description ?? "")),
                ("services", .array(incident.services.map(JSONValue.string))),
                ("tags", .array(incident.tags.map(JSONValue.string))),
                ("open", .bool(incident.isOpen)),
                ("text", .string(text(incident))),
            ])
        }
        return JSONValue.object([("version", .int(1)), ("incidents", .array(entries))]).rendered(indent: 0) + "\n"
    }

    /// Summary, root cause and resolution, whitespace collapsed, cut at a word before ``textLimit``.
    static func text(_ incident: Incident) -> String {
        let joined = [incident.summary, incident.rootCause, incident.resolution]
            .joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard joined.count > textLimit else { return joined }
        let cut = joined.prefix(textLimit)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
    }
}
