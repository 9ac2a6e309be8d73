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
        json(incidents, texts: incidents.map(text))
    }

    /// `texts`: each incident's ``text(_:)``, worked out when it was read (a summary has no section texts).
    static func json(_ incidents: [Incident], texts: [String]) -> String {
        let entries = ViewFactory.newestFirstOrder(incidents).map { index -> JSONValue in
            let incident = incidents[index]
            let row = ViewFactory.row(incident, root: "")
            return .object([
                ("title", .string(incident.title)),
                ("href", .string(row.href)),
                ("date", .string(row.dateText)),
                ("severity", .string(incident.severity?.description ?? "")),
                ("services", .array(incident.services.map(JSONValue.string))),
                ("tags", .array(incident.tags.map(JSONValue.string))),
                ("open", .bool(incident.isOpen)),
                ("text", .string(texts[index])),
            ])
        }
        return JSONValue.object([("version", .int(1)), ("incidents", .array(entries))]).rendered(indent: 0) + "\n"
    }

    /// Summary, root cause and resolution, whitespace collapsed, cut at a word before ``textLimit``.
    static func text(_ incident: Incident) -> String {
        let joined = collapsed([incident.summary, incident.rootCause, incident.resolution].joined(separator: " "))
        guard joined.count > textLimit else { return joined }
        let cut = joined.prefix(textLimit)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
    }

    /// The words of `source` joined by single spaces, as `split(whereSeparator: \.isWhitespace)`
    /// and `joined(separator: " ")` give them, up to the word that takes the text past
    /// `textLimit + 1` characters: the first `textLimit + 1` characters, all ``text(_:)``
    /// reads, are then those of the whole text (a character's end is settled by what follows it).
    static func collapsed(_ source: String) -> String {
        var out = ""
        var index = source.startIndex
        while let start = source[index...].firstIndex(where: { !$0.isWhitespace }) {
            let end = source[start...].firstIndex(where: \.isWhitespace) ?? source.endIndex
            if !out.isEmpty { out += " " }
            out += source[start..<end]
            index = end
            if out.utf8.count > textLimit + 1, out.count > textLimit + 1 { break }
        }
        return out
    }
}
