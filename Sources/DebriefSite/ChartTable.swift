import DebriefCharts

/// The numbers behind a chart, shown as a table under it (in a closed
/// `<details>`), for readers who cannot see the chart or want exact values.
public struct ChartTable: Sendable, MustacheView {
    public struct Row: Sendable, MustacheView {
        public let cells: [String]
    }

    public let caption: String
    public let columns: [String]
    public let rows: [Row]

    init(caption: String, columns: [String], rows: [[String]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows.map { Row(cells: $0) }
    }

    /// One row per bar: its label, the count per category, the total.
    static func bars(_ bars: [Bar], categories: [String], caption: String, first: String) -> ChartTable {
        ChartTable(caption: caption, columns: [first] + categories + ["Total"], rows: bars.map { bar in
            let counts = categories.map { c in bar.segments.filter { $0.category == c }.reduce(0) { $0 + $1.value } }
            return [bar.label] + counts.map(String.init) + [String(bar.segments.reduce(0) { $0 + $1.value })]
        })
    }

    /// One row per incident: title, severity and duration (as the chart's tooltips say it).
    static func durations(_ points: [(title: String, category: String, seconds: Double)], caption: String,
                          valueName: String) -> ChartTable {
        ChartTable(caption: caption, columns: ["Incident", "Severity", valueName], rows: points.map {
            [$0.title, $0.category, DurationText.format(seconds: $0.seconds)]
        })
    }
}
