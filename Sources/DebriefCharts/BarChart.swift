/// Stacked vertical bars by category (e.g. incidents per month by severity),
/// with an integer y axis, thinned x labels, a legend and a tooltip per segment.
public enum BarChart {
    /// Per-segment cap so sums of absurd inputs cannot overflow.
    static let maxValue = 1 << 40

    /// Renders `input` as a standalone, accessible SVG document, byte-identical for identical input.
    public static func svg(_ input: BarChartInput) -> String {
        let width = max(input.width, 240)
        let ids = ChartIDs(prefix: input.idPrefix, fallback: "bars")
        let title = input.title.isEmpty ? "Bar chart" : input.title
        guard !input.bars.isEmpty else {
            return ChartFrame.empty(kind: "bars", width: width, ids: ids, title: title, message: "No data")
        }
        let categories = orderedCategories(input)
        let counts = input.bars.map { bar in
            categories.map { c in bar.segments.filter { $0.category == c && $0.value > 0 }.reduce(0) { $0 + min($1.value, maxValue) } }
        }
        let totals = counts.map { $0.reduce(0, +) }
        let used = categories.indices.filter { i in counts.contains { $0[i] > 0 } }
        let legendCategories = used.isEmpty ? Array(categories.indices) : used

        let legend = Legend.layout(legendCategories.map { i in
            Legend.Item(label: categories[i], className: ChartPalette.categoryClass(categories[i]),
                        color: ChartPalette.categoryColor(categories[i]))
        }, x: 8, y: 4, maxX: Double(width) - 8)
        let plotTop = 4 + legend.height + 14
        let height = max(Double(input.height), plotTop + 60 + 26)
        let plotBottom = height - 26
        let ticks = LinearScale.integerTicks(maxValue: totals.max() ?? 0, maxTicks: max(2, min(5, Int((plotBottom - plotTop) / 28))))
        let tickLabelWidth = ticks.map { TextMetrics.width(String($0)) }.max() ?? 7
        // Leave room on the right so the last x label stays centred under its bar
        // rather than being pushed left into its neighbour.
        let lastLabelHalf = TextMetrics.width(input.bars[input.bars.count - 1].label) / 2
        let plotLeft = 10 + tickLabelWidth + 6, plotRight = Double(width) - max(8, lastLabelHalf - 2)
        let y = LinearScale(domain: (0, Double(ticks.last ?? 1)), range: (plotBottom, plotTop))

        var body = legend.elements
        body.append(SVG("g", ["class": "y-axis"], ticks.flatMap { t -> [SVG] in
            let ty = Num.s(y(Double(t)))
            return [
                SVG("line", ["class": t == 0 ? "axis" : "grid", "x1": Num.s(plotLeft), "y1": ty, "x2": Num.s(plotRight),
                             "y2": ty, "stroke": t == 0 ? "#9ca3af" : "#e5e7eb"]),
                SVG("text", ["class": "tick muted", "x": Num.s(plotLeft - 6), "y": Num.s(y(Double(t)) + 4),
                             "text-anchor": "end", "fill": "#6b7280"], [.text(String(t))]),
            ]
        }))

        let slot = (plotRight - plotLeft) / Double(input.bars.count)
        let barWidth = max(1, min(slot * 0.68, 56))
        var bars: [SVG] = []
        for (i, bar) in input.bars.enumerated() {
            let x = plotLeft + slot * Double(i) + (slot - barWidth) / 2
            var stacked = 0
            var pieces: [SVG] = []
            for c in categories.indices where counts[i][c] > 0 {
                let v = counts[i][c]
                let top = y(Double(stacked + v)), bottom = y(Double(stacked))
                pieces.append(SVG("rect", ["class": "bar " + ChartPalette.categoryClass(categories[c]), "x": Num.s(x),
                                           "y": Num.s(top), "width": Num.s(barWidth), "height": Num.s(bottom - top),
                                           "fill": ChartPalette.categoryColor(categories[c])],
                                  [SVG("title", [:], [.text("\(bar.label): \(v) \(categories[c])")])]))
                stacked += v
            }
            // Totals only where there is room to read them.
            if slot >= 20 && totals[i] > 0 {
                pieces.append(SVG("text", ["class": "total muted", "x": Num.s(x + barWidth / 2), "y": Num.s(y(Double(totals[i])) - 4),
                                           "text-anchor": "middle", "font-size": "10", "fill": "#6b7280"], [.text(String(totals[i]))]))
            }
            bars.append(SVG("g", ["class": "bar-group"], pieces))
        }
        body.append(SVG("g", ["class": "bars"], bars))

        // Thin labels from the right so the most recent bar is always labelled.
        let needed = (input.bars.map { TextMetrics.width($0.label) }.max() ?? 0) + 10
        let every = max(1, Int((needed / max(slot, 1)).rounded(.up)))
        let n = input.bars.count
        let xTicks = input.bars.indices.filter { (n - 1 - $0) % every == 0 }
            .map { (x: plotLeft + slot * (Double($0) + 0.5), label: input.bars[$0].label) }
        body.append(SVG("g", ["class": "x-axis"], TickLabels.place(xTicks, minX: 2, maxX: Double(width) - 2, keepLast: true).map { p in
            SVG("text", ["class": "tick muted", "x": Num.s(p.x), "y": Num.s(plotBottom + 16), "text-anchor": p.anchor,
                         "fill": "#6b7280"], [.text(p.label)])
        }))

        let fills = legendCategories.map { (ChartPalette.categoryClass(categories[$0]), ChartPalette.categoryColor(categories[$0])) }
        return ChartFrame.root(kind: "bars", width: width, height: height, ids: ids, title: title,
                               desc: description(input, categories: categories, counts: counts), fills: fills,
                               children: body).render()
    }

    static func orderedCategories(_ input: BarChartInput) -> [String] {
        var seen: Set<String> = []
        var out: [String] = []
        for c in input.categories + input.bars.flatMap({ $0.segments.map(\.category) }) where seen.insert(c).inserted {
            out.append(c)
        }
        return out
    }

    /// "12 bars from 2024-01 to 2024-12; 37 in total: 4 SEV1, 10 SEV2".
    static func description(_ input: BarChartInput, categories: [String], counts: [[Int]]) -> String {
        let n = input.bars.count
        var text = n == 1 ? "1 bar, \(input.bars[0].label)" : "\(n) bars from \(input.bars[0].label) to \(input.bars[n - 1].label)"
        let perCategory = categories.indices.map { c in counts.reduce(0) { $0 + $1[c] } }
        let total = perCategory.reduce(0, +)
        text += "; \(total) in total"
        let parts = categories.indices.filter { perCategory[$0] > 0 }.map { "\(perCategory[$0]) \(categories[$0])" }
        if !parts.isEmpty { text += ": " + parts.joined(separator: ", ") }
        return text
    }
}
