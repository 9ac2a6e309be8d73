import Foundation

/// An incident timeline: time axis with local-time ticks, coloured phase bands
/// between milestones, one marker per event with a tooltip, and labels stacked
/// in lanes so they never overlap.
public enum TimelineChart {
    static let margin = 24.0
    static let laneHeight = 16.0
    static let minimumSpan = 600.0

    /// Renders `input` as a standalone, accessible SVG document (no XML prolog),
    /// byte-identical for identical input.
    public static func svg(_ input: TimelineChartInput) -> String {
        let width = max(input.width, 320)
        let ids = ChartIDs(prefix: input.idPrefix, fallback: "tl")
        let title = input.title.isEmpty ? "Incident timeline" : input.title
        // An event without a usable time cannot be placed; drop it rather than poison the axis.
        let timed = input.events.filter { $0.at.timeIntervalSince1970.isFinite }
        let milestones = input.milestones.filter { $0.at.timeIntervalSince1970.isFinite }
        guard !timed.isEmpty else {
            return ChartFrame.empty(kind: "timeline", width: width, ids: ids, title: title, message: "No timed events")
        }
        // Stable sort: equal instants keep their input order.
        let events = timed.enumerated()
            .sorted { $0.element.at != $1.element.at ? $0.element.at < $1.element.at : $0.offset < $1.offset }
            .map(\.element)
        let phases = TimelinePhase.phases(from: milestones)
        let scale = timeAxis(events: events, phases: phases, width: width, offset: input.utcOffsetSeconds)
        // A phone-sized chart keeps labels short so they need fewer lanes; the tooltip has the full text.
        let limit = width < 520 ? 22 : 40
        let texts = events.map { TextMetrics.truncate($0.label.isEmpty ? $0.detail : $0.label, limit: limit) }
        let placements = LabelLayout.layout(anchors: events.map { scale($0.at) }, widths: texts.map { TextMetrics.width($0) },
                                            minX: 4, maxX: Double(width) - 4)
        let lanes = (placements.filter(\.isLabelled).map(\.lane).max() ?? 0) + 1

        // Vertical layout, top to bottom: phase names, label lanes, track, axis.
        let top = 6.0
        let laneTop = top + 18
        let trackY = laneTop + Double(lanes) * laneHeight + 10
        let axisY = trackY + 14
        let height = axisY + 40

        // Gridlines go under the translucent bands so they never strike through band names.
        let ticks = scale.ticks(pixelsPerTick: 80)
        var body: [SVG] = []
        body.append(gridLayer(ticks, scale: scale, top: top, axisY: axisY))
        body.append(bandLayer(phases, scale: scale, top: top, bottom: axisY))
        body.append(axisLayer(ticks, scale: scale, width: width, trackY: trackY, axisY: axisY, zone: input.zoneLabel))

        func baseline(_ lane: Int) -> Double { laneTop + Double(lanes - 1 - lane) * laneHeight + 12 }
        body.append(SVG("g", ["class": "leaders", "stroke": "#9ca3af", "stroke-width": "1"], placements.filter(\.isLabelled).map { p in
            SVG("line", ["class": "leader", "x1": Num.s(p.anchorX), "y1": Num.s(baseline(p.lane) + 3),
                         "x2": Num.s(p.anchorX), "y2": Num.s(trackY - 6)])
        }))

        // Milestone markers are drawn last so they sit on top of plain ones.
        let drawOrder = placements.sorted { a, b in
            let ma = events[a.index].milestone != nil, mb = events[b.index].milestone != nil
            return ma != mb ? !ma : a.index < b.index
        }
        body.append(SVG("g", ["class": "events"], drawOrder.map { p in
            eventElement(events[p.index], text: texts[p.index], placement: p, y: baseline(p.lane), trackY: trackY)
        }))

        let fills = phases.map { ("phase-" + $0.name, ChartPalette.phaseColor($0.name)) }
            + events.compactMap(\.milestone).map { m in
                let slug = ChartPalette.slug(m)
                return ("milestone-" + slug, ChartPalette.milestoneColor(slug))
            }
        return ChartFrame.root(kind: "timeline", width: width, height: height, ids: ids, title: title,
                               desc: description(events: events, milestones: milestones, input: input) + breakNote(scale),
                               fills: fills, children: body).render()
    }

    /// An axis over events and milestones, widened to a minimum span (so a single
    /// instant still gets an axis), with long quiet gaps compressed into breaks.
    static func timeAxis(events: [ChartEvent], phases: [TimelinePhase], width: Int, offset: Int) -> TimeAxis {
        let times = events.map(\.at) + phases.flatMap { [$0.start, $0.end] }
        return TimeAxis(times: times, range: (margin, Double(width) - margin), utcOffsetSeconds: offset, minimumSpan: minimumSpan)
    }

    private static func bandLayer(_ phases: [TimelinePhase], scale: TimeAxis, top: Double, bottom: Double) -> SVG {
        var items: [SVG] = []
        for phase in phases {
            let x0 = scale(phase.start), x1 = scale(phase.end)
            let color = ChartPalette.phaseColor(phase.name)
            let duration = DurationText.format(seconds: phase.end.timeIntervalSince(phase.start))
            items.append(SVG("rect", ["class": "phase phase-\(phase.name)", "x": Num.s(x0), "y": Num.s(top),
                                      "width": Num.s(x1 - x0), "height": Num.s(bottom - top), "fill": color,
                                      "fill-opacity": "0.22"],
                             [SVG("title", [:], [.text("\(phase.name): \(duration)")])]))
            // Name the band only when the name (or its short form) fits inside it; the tooltip always has it.
            if let name = [phase.name, TimelinePhase.shortNames[phase.name]].compactMap({ $0 })
                .first(where: { TextMetrics.width($0) + 8 <= x1 - x0 }) {
                items.append(SVG("text", ["class": "phase-name muted", "x": Num.s(x0 + 4), "y": Num.s(top + 12),
                                          "fill": "#6b7280", "font-size": "10"], [.text(name)]))
            }
        }
        return SVG("g", ["class": "phases"], items)
    }

    private static func gridLayer(_ ticks: [TimeTick], scale: TimeAxis, top: Double, axisY: Double) -> SVG {
        SVG("g", ["class": "grid-layer"], ticks.map { tick in
            let x = Num.s(scale(tick.date))
            return SVG("line", ["class": "grid", "x1": x, "y1": Num.s(top), "x2": x, "y2": Num.s(axisY + 4),
                                "stroke": "#e5e7eb", "stroke-width": tick.isDayBoundary ? "2" : "1"])
        })
    }

    private static func axisLayer(_ ticks: [TimeTick], scale: TimeAxis, width: Int, trackY: Double,
                                  axisY: Double, zone: String) -> SVG {
        var items: [SVG] = []
        for segment in scale.segments {
            items.append(SVG("line", ["class": "track", "x1": Num.s(segment.x0), "y1": Num.s(trackY), "x2": Num.s(segment.x1),
                                      "y2": Num.s(trackY), "stroke": "#9ca3af", "stroke-width": "2"]))
            items.append(SVG("line", ["class": "axis", "x1": Num.s(segment.x0), "y1": Num.s(axisY), "x2": Num.s(segment.x1),
                                      "y2": Num.s(axisY), "stroke": "#9ca3af"]))
        }
        items += scale.breaks.map { breakMark($0, trackY: trackY, axisY: axisY) }
        let placed = datedTickLabels(ticks, scale: scale, width: width)
        items += placed.map { p in
            SVG("text", ["class": "tick muted", "x": Num.s(p.x), "y": Num.s(axisY + 16), "text-anchor": p.anchor,
                         "fill": "#6b7280"], [.text(p.label)])
        }
        let zoneText = zone.isEmpty ? "Time" : "Time (\(zone))"
        items.append(SVG("text", ["class": "axis-title muted", "x": Num.s(Double(width) / 2), "y": Num.s(axisY + 33),
                                  "text-anchor": "middle", "fill": "#6b7280"], [.text(zoneText)]))
        return SVG("g", ["class": "axis-layer"], items)
    }

    /// Tick labels that never overlap and never mislead: labels carrying a date
    /// are kept first, and a kept label on a new day whose dated neighbour was
    /// dropped gets the date itself (then the labels are placed again).
    static func datedTickLabels(_ ticks: [TimeTick], scale: TimeAxis, width: Int) -> [TickLabels.Placed] {
        let xs = ticks.map { scale($0.date) }
        var labels = ticks.map(\.label)
        let days = ticks.map { CivilTime($0.date, utcOffsetSeconds: scale.utcOffsetSeconds) }
        func dated(_ i: Int) -> Bool { labels[i].count > 5 }
        for _ in 0..<4 {
            let kept = TickLabels.keptIndices(Array(zip(xs, labels)), important: ticks.indices.map(dated), minX: 2, maxX: Double(width) - 2)
            var changed = false
            for (previous, i) in zip([nil] + kept.map(Optional.some), kept) where !dated(i) {
                if previous.map({ days[$0].dayKey != days[i].dayKey }) ?? (days[i].dayKey != days.first?.dayKey) {
                    labels[i] = days[i].monthDay + " " + days[i].hhmm
                    changed = true
                }
            }
            if !changed {
                return kept.map { TickLabels.Placed(x: xs[$0], label: labels[$0], anchor: "middle") }
                    .map { TickLabels.place([(x: $0.x, label: $0.label)], minX: 2, maxX: Double(width) - 2)[0] }
            }
        }
        return TickLabels.place(Array(zip(xs, labels)), important: ticks.indices.map(dated), minX: 2, maxX: Double(width) - 2)
    }

    /// Two slashes on the axis at each side of a compressed gap, and how long it was on the track.
    private static func breakMark(_ mark: TimeAxis.Break, trackY: Double, axisY: Double) -> SVG {
        let quiet = DurationText.format(seconds: mark.seconds)
        var items: [SVG] = [SVG("title", [:], [.text("No events for \(quiet); the axis skips this gap")])]
        for x in [mark.x0 + 4, mark.x1 - 4] {
            items.append(SVG("line", ["class": "axis", "x1": Num.s(x - 3), "y1": Num.s(axisY + 5), "x2": Num.s(x + 3),
                                      "y2": Num.s(axisY - 5), "stroke": "#9ca3af"]))
        }
        let short = DurationText.compact(seconds: mark.seconds)
        if TextMetrics.width(short, charWidth: 5.5) <= mark.x1 - mark.x0 - 2 {
            items.append(SVG("text", ["class": "break-gap muted", "x": Num.s((mark.x0 + mark.x1) / 2), "y": Num.s(trackY + 3),
                                      "text-anchor": "middle", "fill": "#6b7280", "font-size": "9"], [.text(short)]))
        }
        return SVG("g", ["class": "axis-break"], items)
    }

    private static func eventElement(_ event: ChartEvent, text: String, placement p: LabelLayout.Placement,
                                     y: Double, trackY: Double) -> SVG {
        let slug = event.milestone.map(ChartPalette.slug)
        let markerClass = slug.map { "marker milestone-\($0)" } ?? "marker"
        let stamp = CivilTime(event.at).isoMinute + " UTC \u{2014} " + (event.detail.isEmpty ? event.label : event.detail)
        let circle = SVG("circle", ["class": markerClass, "cx": Num.s(p.anchorX), "cy": Num.s(trackY),
                                    "r": slug == nil ? "4.5" : "6",
                                    "fill": slug.map(ChartPalette.milestoneColor) ?? "#ffffff",
                                    "stroke": "#1f2937", "stroke-width": "1.5"])
        // The halo behind the text (paint-order) lives in the chart's CSS: as an
        // attribute it is invalid HTML in an inline SVG, and without paint-order a
        // stroke attribute would paint over the glyphs.
        var children = [SVG("title", [:], [.text(stamp)]), circle]
        if p.isLabelled {
            children.append(SVG("text", ["class": "label", "x": Num.s(p.x), "y": Num.s(y), "fill": "#1f2937"], [.text(text)]))
        }
        if let href = Href.fragment(event.anchor) {
            return SVG("a", ["class": "event", "href": href], children)
        }
        return SVG("g", ["class": "event"], children)
    }

    /// "; the axis skips 2 quiet gaps (13 h, 9 h)", or nothing without breaks.
    static func breakNote(_ axis: TimeAxis) -> String {
        guard !axis.breaks.isEmpty else { return "" }
        let n = axis.breaks.count
        return "; the axis skips \(n) quiet gap\(n == 1 ? "" : "s") ("
            + axis.breaks.map { DurationText.format(seconds: $0.seconds) }.joined(separator: ", ") + ")"
    }

    /// "8 events from 07:05 to 07:57 UTC+02:00; resolved after 52 min".
    static func description(events: [ChartEvent], milestones: [ChartMilestone], input: TimelineChartInput) -> String {
        guard let first = events.first, let last = events.last else { return "No timed events" }
        let offset = input.utcOffsetSeconds
        let a = CivilTime(first.at, utcOffsetSeconds: offset), b = CivilTime(last.at, utcOffsetSeconds: offset)
        let sameDay = a.dayKey == b.dayKey
        let from = sameDay ? a.hhmm : a.monthDay + " " + a.hhmm
        let to = sameDay ? b.hhmm : b.monthDay + " " + b.hhmm
        let zone = input.zoneLabel.isEmpty ? "" : " " + input.zoneLabel
        var text = events.count == 1 ? "1 event at \(from)\(zone)" : "\(events.count) events from \(from) to \(to)\(zone)"
        func when(_ name: String) -> Date? { milestones.filter { $0.name.lowercased() == name }.map(\.at).min() }
        if let resolved = when("resolved") {
            if let started = when("started"), resolved >= started {
                text += "; resolved after " + DurationText.format(seconds: resolved.timeIntervalSince(started))
            } else {
                text += "; resolved at " + CivilTime(resolved, utcOffsetSeconds: offset).hhmm
            }
        }
        return text
    }
}
