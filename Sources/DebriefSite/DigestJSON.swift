import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// The digest as JSON: the report's values (seconds, UTC instants) and the trend sentence.
enum DigestJSON {
    static func render(_ report: DigestReport, facts: DigestFacts) -> String {
        func summary(_ summary: MetricsSummary) -> JSONValue {
            .object([IncidentMetrics.Kind.timeToDetect, .timeToAcknowledge, .timeToIdentify, .timeToMitigate, .timeToResolve].map { kind in
                let stats = summary[kind]
                return (kind.meanAbbreviation, .object([
                    ("n", .int(stats.n)), ("mean", number(stats.mean)), ("median", number(stats.median)), ("p90", number(stats.p90)),
                ]))
            })
        }
        func number(_ value: Double?) -> JSONValue { value.map { .int(Int($0.rounded())) } ?? .null }
        func incident(_ incident: Incident) -> JSONValue {
            let metrics = IncidentMetrics(incident)
            return .object([
                ("slug", .string(incident.slug)), ("title", .string(incident.title)),
                ("severity", .optional(incident.severity?.description)),
                ("services", .array(incident.services.map(JSONValue.string))),
                ("started", .optional(incident.startedAt.map(ISO8601.utc))),
                ("resolved", .optional(incident.time(of: .resolved).map(ISO8601.utc))),
                ("open", .bool(DigestBuilder.isUnresolved(incident, at: report.end))),
                ("timeToDetect", .optional(metrics.timeToDetect)), ("timeToResolve", .optional(metrics.timeToResolve)),
            ])
        }
        func item(_ entry: DigestReport.Item) -> JSONValue {
            var fields: [(String, JSONValue)] = [
                ("incident", .string(entry.incident.slug)), ("text", .string(entry.item.text)),
                ("owner", .optional(entry.item.owner)), ("done", .bool(entry.item.done)),
            ]
            if let age = entry.ageSeconds { fields.append(("ageSeconds", .int(age))) }
            return .object(fields)
        }
        func counts(_ counts: [DigestReport.Count]) -> JSONValue {
            .array(counts.map { .object([("name", .string($0.name)), ("count", .int($0.count))]) })
        }
        let value = JSONValue.object([
            ("week", .string(report.week.description)),
            ("start", .string(ISO8601.utc(report.start))), ("end", .string(ISO8601.utc(report.end))),
            ("incidents", .array(report.incidents.map(incident))),
            ("unresolved", .array(report.unresolved.map(incident))),
            ("impact", .object([
                ("seconds", .int(report.impact.seconds)), ("incidentsCounted", .int(report.impact.counted)),
                ("lackingStart", .int(report.impact.lackingStart)), ("lackingEnd", .int(report.impact.lackingEnd)),
            ])),
            ("metrics", .object([
                ("week", summary(report.metrics)),
                ("previous4Weeks", summary(report.previous4.summary)),
                ("previous12Weeks", summary(report.previous12.summary)),
            ])),
            ("trend", .object([("verdict", .string(report.trendVerdict.rawValue)), ("sentence", .string(report.trendSentence))])),
            ("severityMix", counts(report.severityMix)),
            ("topServices", counts(report.topServices)),
            ("actionItemsCreated", .array(report.createdActionItems.map(item))),
            ("openActionItems", .array(report.openActionItems.map(item))),
            ("openActionItemCount", .int(report.openActionItemCount)),
            ("longest", report.longest.map { .object([
                ("incident", .string($0.incident.slug)), ("seconds", .int($0.seconds)), ("open", .bool($0.isOpen)),
            ]) } ?? .null),
        ])
        return value.rendered() + "\n"
    }
}
