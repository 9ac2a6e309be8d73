import DebriefMetrics
import DebriefModel
import Foundation

/// `debrief stats`' output forms over ``IncidentStats`` groups.
public enum StatsOutput {
    public enum Format: String, Sendable, CaseIterable {
        /// Aligned columns for a terminal: one row per group and metric.
        case table
        /// `groups` [{dimension, key, incidents, metrics {timeToDetect: {n, mean, median, p90}, …}}], seconds.
        case json
        /// One row per group and metric, seconds; fields quoted and defused like the site's CSV export.
        case csv
    }

    public static func render(_ groups: [IncidentStats.Group], format: Format) -> String {
        switch format {
        case .table: table(groups)
        case .json: json(groups)
        case .csv: csv(groups)
        }
    }

    static func seconds(_ value: Double?) -> JSONValue { value.map { .int(Int($0.rounded())) } ?? .null }

    static func rows(_ groups: [IncidentStats.Group]) -> [(group: IncidentStats.Group, kind: IncidentMetrics.Kind, sample: SampleSummary)] {
        groups.flatMap { group in IncidentStats.kinds.map { (group, $0, group.summary[$0]) } }
    }

    static func table(_ groups: [IncidentStats.Group]) -> String {
        func duration(_ value: Double?) -> String { value.map { DurationFormat.text(seconds: $0) } ?? "—" }
        var lines = [["GROUP", "INCIDENTS", "METRIC", "N", "MEAN", "MEDIAN", "P90"]]
        for row in rows(groups) {
            let name = row.group.dimension == "all" ? "all" : "\(row.group.dimension) \(row.group.key)"
            lines.append([name, String(row.group.incidents), row.kind.meanAbbreviation, String(row.sample.n),
                          duration(row.sample.mean), duration(row.sample.median), duration(row.sample.p90)])
        }
        let widths = (0..<lines[0].count).map { column in lines.map { $0[column].count }.max() ?? 0 }
        let text = lines.map { cells in
            zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }
        return TerminalText.safe(text.joined(separator: "\n")) + "\n"
    }

    static func json(_ groups: [IncidentStats.Group]) -> String {
        let items = groups.map { group in
            JSONValue.object([
                ("dimension", .string(group.dimension)), ("key", .string(group.key)), ("incidents", .int(group.incidents)),
                ("metrics", .object(IncidentStats.kinds.map { kind in
                    let sample = group.summary[kind]
                    return (kind.rawValue, .object([("n", .int(sample.n)), ("mean", seconds(sample.mean)),
                                                    ("median", seconds(sample.median)), ("p90", seconds(sample.p90))]))
                })),
            ])
        }
        return JSONValue.object([("groups", .array(items))]).rendered() + "\n"
    }

    static func csv(_ groups: [IncidentStats.Group]) -> String {
        func number(_ value: Double?) -> String { value.map { String(Int($0.rounded())) } ?? "" }
        var lines = ["dimension,key,incidents,metric,n,mean_seconds,median_seconds,p90_seconds"]
        for row in rows(groups) {
            lines.append([Exports.csvField(row.group.dimension), Exports.csvField(row.group.key), String(row.group.incidents),
                          row.kind.meanAbbreviation, String(row.sample.n), number(row.sample.mean), number(row.sample.median),
                          number(row.sample.p90)].joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
