/// A dot (strip) chart of durations on a logarithmic x axis, e.g. time to
/// resolve per incident; points are jittered vertically so equal values stay visible.
public enum StripChart {
    /// Renders `input` as a standalone, accessible SVG document, byte-identical for identical input.
    public static func svg(_ input: StripChartInput) -> String {
        let width = max(input.width, 240)
        let ids = ChartIDs(prefix: input.idPrefix, fallback: "strip")
        let title = input.title.isEmpty ? "Durations" : input.title
        let points = input.points.filter { $0.seconds.isFinite }
        guard !points.isEmpty else {
            return ChartFrame.empty(kind: "strip", width: width, ids: ids, title: title, message: "No durations")
        }
        let categories = DurationMarks.categories(points.map(\.category))
        let legend = Legend.layout(DurationMarks.legendItems(categories), x: 8, y: 4, maxX: Double(width) - 8)
        let bandTop = 4 + legend.height + 6
        let height = max(Double(input.height), bandTop + 21 + 36 + 40)
        let axisY = height - 36
        let pointsTop = bandTop + 23, pointsBottom = axisY - 8  // clear of the median label above them
        let left = 16.0, right = Double(width) - 16
        let x = LogScale(domain: LogScale.tickedDomain(points.map(\.seconds)), range: (left, right))
        let ticks = x.durationTicks()

        var axis: [SVG] = ticks.map { t in
            SVG("line", ["class": "grid", "x1": Num.s(x(t.seconds)), "y1": Num.s(bandTop), "x2": Num.s(x(t.seconds)),
                         "y2": Num.s(axisY + 4), "stroke": "#e5e7eb"])
        }
        axis.append(SVG("line", ["class": "axis", "x1": Num.s(left), "y1": Num.s(axisY), "x2": Num.s(right),
                                 "y2": Num.s(axisY), "stroke": "#9ca3af"]))
        axis += TickLabels.place(ticks.map { (x($0.seconds), $0.label) }, minX: 2, maxX: Double(width) - 2).map { p in
            SVG("text", ["class": "tick muted", "x": Num.s(p.x), "y": Num.s(axisY + 16), "text-anchor": p.anchor,
                         "fill": "#6b7280"], [.text(p.label)])
        }
        axis.append(SVG("text", ["class": "axis-title muted", "x": Num.s(Double(width) / 2), "y": Num.s(axisY + 31),
                                 "text-anchor": "middle", "fill": "#6b7280"], [.text(input.axisLabel)]))

        var body = legend.elements
        body.append(SVG("g", ["class": "axis-layer"], axis))
        let median = DurationMarks.median(points.map(\.seconds)) ?? 0
        body.append(medianMark(x: x(median), top: bandTop, bottom: axisY, text: "median " + DurationText.format(seconds: median),
                               maxX: Double(width) - 4))
        let mid = (pointsTop + pointsBottom) / 2, spread = pointsBottom - pointsTop
        body.append(SVG("g", ["class": "points"], points.enumerated().map { i, p in
            DurationMarks.point(cx: x(p.seconds), cy: mid + DurationMarks.jitter(i) * spread, label: p.label,
                                seconds: p.seconds, category: p.category, href: p.href)
        }))

        let secs = points.map(\.seconds)
        let noun = points.count == 1 ? "1 duration" : "\(points.count) durations"
        let desc = points.count == 1
            ? "\(noun): " + DurationText.format(seconds: secs[0])
            : "\(noun) from \(DurationText.format(seconds: secs.min()!)) to \(DurationText.format(seconds: secs.max()!)); median \(DurationText.format(seconds: median))"
        return ChartFrame.root(kind: "strip", width: width, height: height, ids: ids, title: title, desc: desc,
                               fills: DurationMarks.fills(categories), children: body).render()
    }

    /// A dashed line at the median with its value written beside it (flipped
    /// to the left side near the right edge so it is never clipped).
    static func medianMark(x: Double, top: Double, bottom: Double, text: String, maxX: Double) -> SVG {
        let flip = x + 4 + TextMetrics.width(text) > maxX
        return SVG("g", ["class": "median"], [
            SVG("line", ["class": "axis", "x1": Num.s(x), "y1": Num.s(top + 4), "x2": Num.s(x), "y2": Num.s(bottom),
                         "stroke": "#9ca3af", "stroke-dasharray": "4 3"]),
            SVG("text", ["class": "muted", "x": Num.s(flip ? x - 4 : x + 4), "y": Num.s(top + 12),
                         "text-anchor": flip ? "end" : "start", "fill": "#6b7280", "font-size": "10"], [.text(text)]),
        ])
    }
}
