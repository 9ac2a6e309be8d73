import Foundation

/// Durations over time: x is the incident date (local-time day/week ticks), y
/// the duration on a log scale, one point per incident, with a median line.
public enum DurationTrendChart {
    static let minimumSpan = 86_400.0

    /// Renders `input` as a standalone, accessible SVG document, byte-identical for identical input.
    public static func svg(_ input: DurationTrendChartInput) -> String {
        let width = max(input.width, 280)
        let ids = ChartIDs(prefix: input.idPrefix, fallback: "trend")
        let title = input.title.isEmpty ? "Durations over time" : input.title
        let points = input.points.filter { $0.seconds.isFinite && $0.at.timeIntervalSince1970.isFinite }
        guard !points.isEmpty else {
            return ChartFrame.empty(kind: "trend", width: width, ids: ids, title: title, message: "No durations")
        }
        let categories = DurationMarks.categories(points.map(\.category))
        let legend = Legend.layout(DurationMarks.legendItems(categories), x: 8, y: 4, maxX: Double(width) - 8)
        let plotTop = 4 + legend.height + 10
        let height = max(Double(input.height), plotTop + 80 + 40)
        let plotBottom = height - 40

        let y = LogScale(domain: LogScale.tickedDomain(points.map(\.seconds)), range: (plotBottom, plotTop))
        let yTicks = y.durationTicks()
        let left = 12 + (yTicks.map { TextMetrics.width($0.label) }.max() ?? 20) + 6, right = Double(width) - 16
        let x = timeScale(points.map(\.at), range: (left + 8, right - 8), offset: input.utcOffsetSeconds)
        let xTicks = x.ticks(maxTicks: min(8, max(4, Int((right - left) / 80))))

        var axis: [SVG] = []
        for t in yTicks {
            let ty = y(t.seconds)
            axis.append(SVG("line", ["class": "grid", "x1": Num.s(left), "y1": Num.s(ty), "x2": Num.s(right), "y2": Num.s(ty),
                                     "stroke": "#e5e7eb"]))
            axis.append(SVG("text", ["class": "tick muted", "x": Num.s(left - 6), "y": Num.s(ty + 4), "text-anchor": "end",
                                     "fill": "#6b7280"], [.text(t.label)]))
        }
        for t in xTicks {
            let tx = Num.s(x(t.date))
            axis.append(SVG("line", ["class": "grid", "x1": tx, "y1": Num.s(plotTop), "x2": tx, "y2": Num.s(plotBottom + 4),
                                     "stroke": "#e5e7eb"]))
        }
        axis.append(SVG("line", ["class": "axis", "x1": Num.s(left), "y1": Num.s(plotBottom), "x2": Num.s(right),
                                 "y2": Num.s(plotBottom), "stroke": "#9ca3af"]))
        axis += TickLabels.place(xTicks.map { (x($0.date), $0.label) }, minX: left - 4, maxX: Double(width) - 2).map { p in
            SVG("text", ["class": "tick muted", "x": Num.s(p.x), "y": Num.s(plotBottom + 16), "text-anchor": p.anchor,
                         "fill": "#6b7280"], [.text(p.label)])
        }
        let caption = input.zoneLabel.isEmpty ? "Date" : "Date (\(input.zoneLabel))"
        axis.append(SVG("text", ["class": "axis-title muted", "x": Num.s((left + right) / 2), "y": Num.s(plotBottom + 32),
                                 "text-anchor": "middle", "fill": "#6b7280"], [.text(caption)]))

        var body = legend.elements
        body.append(SVG("g", ["class": "axis-layer"], axis))
        let median = DurationMarks.median(points.map(\.seconds)) ?? 0
        let my = y(median), label = "median " + DurationText.format(seconds: median)
        let dots = points.map { (x: x($0.at), y: y($0.seconds)) }
        body.append(SVG("g", ["class": "median"], [
            SVG("line", ["class": "axis", "x1": Num.s(left), "y1": Num.s(my), "x2": Num.s(right), "y2": Num.s(my),
                         "stroke": "#9ca3af", "stroke-dasharray": "4 3"]),
            medianLabel(label, lineY: my, left: left, right: right, avoiding: dots),
        ]))
        // Draw in time order so overlapping points stack the same way every run.
        let ordered = points.enumerated().sorted { a, b in
            a.element.at != b.element.at ? a.element.at < b.element.at : a.offset < b.offset
        }.map(\.element)
        body.append(SVG("g", ["class": "points"], ordered.map { p in
            DurationMarks.point(cx: x(p.at), cy: y(p.seconds), label: p.label, seconds: p.seconds, category: p.category, href: p.href)
        }))

        let first = CivilTime(ordered.first!.at, utcOffsetSeconds: input.utcOffsetSeconds)
        let last = CivilTime(ordered.last!.at, utcOffsetSeconds: input.utcOffsetSeconds)
        let noun = points.count == 1 ? "1 incident" : "\(points.count) incidents"
        let range = first.dayKey == last.dayKey ? "on \(first.isoDate)" : "from \(first.isoDate) to \(last.isoDate)"
        let desc = "\(noun) \(range); median \(DurationText.format(seconds: median))"
        return ChartFrame.root(kind: "trend", width: width, height: height, ids: ids, title: title, desc: desc,
                               fills: DurationMarks.fills(categories), children: body).render()
    }

    /// The median's label at the first spot along its line (right end above,
    /// right end below, left end above, left end below) whose box holds no
    /// point; the right end above when every spot is taken.
    static func medianLabel(_ text: String, lineY: Double, left: Double, right: Double,
                            avoiding dots: [(x: Double, y: Double)]) -> SVG {
        let w = TextMetrics.width(text, charWidth: 6), r = 4.5 + 1
        let spots: [(x: Double, baseline: Double, anchor: String)] = [
            (right - 2, lineY - 4, "end"), (right - 2, lineY + 15, "end"),
            (left + 4, lineY - 4, "start"), (left + 4, lineY + 15, "start"),
        ]
        let free = spots.first { spot in
            let lo = spot.anchor == "end" ? spot.x - w : spot.x, hi = lo + w
            let top = spot.baseline - 9, bottom = spot.baseline + 2
            return !dots.contains { $0.x + r > lo && $0.x - r < hi && $0.y + r > top && $0.y - r < bottom }
        } ?? spots[0]
        return SVG("text", ["class": "muted label", "x": Num.s(free.x), "y": Num.s(free.baseline), "text-anchor": free.anchor,
                            "fill": "#6b7280", "font-size": "10"], [.text(text)])
    }

    static func timeScale(_ dates: [Date], range: (Double, Double), offset: Int) -> TimeScale {
        let times = dates.map(\.timeIntervalSince1970)
        var lo = times.min() ?? 0, hi = times.max() ?? 0
        if hi - lo < minimumSpan {
            let mid = (lo + hi) / 2
            lo = mid - minimumSpan / 2
            hi = mid + minimumSpan / 2
        }
        let pad = (hi - lo) * 0.03
        return TimeScale(start: Date(timeIntervalSince1970: lo - pad), end: Date(timeIntervalSince1970: hi + pad),
                         range: range, utcOffsetSeconds: offset)
    }
}
