import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// The `debrief inspect` output: the stable JSON contract (version 1) of
/// DESIGN.md, and a text form for people.
public enum InspectReport {
    /// One object of the JSON array.
    public static func json(_ incident: Incident, explain: Bool = false) -> JSONValue {
        let metrics = IncidentMetrics(incident)
        var fields: [(String, JSONValue)] = [
            ("source", .string(incident.source)),
            ("slug", .string(incident.slug)),
            ("title", .string(incident.title)),
            ("authors", .array(incident.authors.map(JSONValue.string))),
            ("date", .optional(incident.date?.description)),
            ("timezone", .string(UTCOffset.format(incident.offsetSeconds))),
            ("timezoneSource", .string(incident.zoneStated ? "document" : "default")),
            ("timezoneName", .string(incident.zoneName)),
            ("dateSource", .string(incident.dateSource)),
            ("severity", .optional(incident.severity?.description)),
            ("services", .array(incident.services.map(JSONValue.string))),
            ("tags", .array(incident.tags.map(JSONValue.string))),
            ("status", .string(incident.status)),
            ("milestones", .object(Milestone.allCases.map { ($0.rawValue, .optional(incident.time(of: $0).map(ISO8601.utc))) })),
            ("milestoneLines", .object(Milestone.allCases.map { ($0.rawValue, .optional(incident.milestones[$0]?.line)) })),
            ("metrics", .object(IncidentMetrics.Kind.allCases.map { ($0.rawValue, .optional(metrics[$0])) })),
            ("timeline", .array(incident.timeline.map { event in
                .object([
                    ("at", .optional(event.at.map(ISO8601.utc))),
                    ("text", .string(event.text)),
                    ("milestone", .optional(event.milestone?.rawValue)),
                    ("line", .int(event.line)),
                ])
            })),
            ("actionItems", .array(incident.actionItems.map { item in
                .object([("text", .string(item.text)), ("owner", .optional(item.owner)), ("done", .bool(item.done)), ("line", .int(item.line))])
            })),
            ("diagnostics", .array(incident.diagnostics.map { diagnostic in
                .object([("severity", .string(diagnostic.level.rawValue)), ("line", .int(diagnostic.line)), ("message", .string(diagnostic.message))])
            })),
            ("confidence", confidence(incident)),
        ]
        if explain {
            fields.append(("explanations", explanations(incident)))
            fields.append(("decisionEntries", decisionEntries(incident)))
        }
        return .object(fields)
    }

    /// The exit status `inspect` ends with, as `build` and `check` do: 1 when any file
    /// has an error (invalid front matter, unreadable bytes, …), else 0. The report is printed either way.
    public static func exitStatus(_ incidents: [Incident]) -> Int32 {
        incidents.contains { $0.diagnostics.contains { $0.level == .error } } ? 1 : 0
    }

    /// The JSON array for several incidents.
    public static func json(_ incidents: [Incident], explain: Bool = false) -> String {
        JSONValue.array(incidents.map { json($0, explain: explain) }).rendered() + "\n"
    }

    /// A readable summary for a terminal; control characters in the document's text are neutralised.
    public static func text(_ incident: Incident, explain: Bool = false) -> String {
        let metrics = IncidentMetrics(incident)
        var lines: [String] = []
        lines.append("\(incident.source): \(incident.title)")
        lines.append("  date      \(incident.date?.description ?? "unknown") (\(incident.dateSource.isEmpty ? "not found" : incident.dateSource))")
        lines.append("  zone      \(incident.zoneName) = UTC\(UTCOffset.format(incident.offsetSeconds))\(incident.zoneStated ? "" : " (site default)")")
        if !incident.authors.isEmpty { lines.append("  authors   \(incident.authors.joined(separator: ", "))") }
        if let severity = incident.severity { lines.append("  severity  \(severity)") }
        if !incident.services.isEmpty { lines.append("  services  \(incident.services.joined(separator: ", "))") }
        lines.append("  milestones")
        for milestone in Milestone.allCases {
            let value = incident.milestones[milestone]
            let at = value.map { ISO8601.utc($0.at) } ?? "not stated"
            let origin = value.map { " (line \($0.line), \($0.source)\($0.confidence.map { ", \($0.rawValue) confidence" } ?? ""))" } ?? ""
            lines.append("    \(milestone.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0))\(at)\(origin)")
        }
        lines.append("  metrics")
        for kind in IncidentMetrics.Kind.allCases {
            lines.append("    \(kind.abbreviation)  \(metrics[kind].map { DurationFormat.text(seconds: $0) } ?? "not stated")")
        }
        lines.append("  timeline (\(incident.timeline.count) events)")
        for event in incident.timeline {
            let at = event.at.map(ISO8601.utc) ?? "            ?       "
            lines.append("    L\(event.line) \(at) \(event.milestone.map { "[\($0.rawValue)] " } ?? "")\(event.text)")
        }
        lines.append("  action items (\(incident.actionItems.count))")
        for item in incident.actionItems {
            lines.append("    [\(item.done ? "x" : " ")] \(item.text)\(item.owner.map { " (owner: \($0))" } ?? "")")
        }
        for diagnostic in incident.diagnostics { lines.append("  " + diagnostic.formatted(path: incident.source)) }
        return TerminalText.safe(lines.joined(separator: "\n") + "\n" + (explain ? explanationText(incident) : ""))
    }
}
