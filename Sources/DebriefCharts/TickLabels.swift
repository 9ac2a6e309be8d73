/// Horizontal axis labels that never overlap: labels near the chart edges are
/// anchored inwards instead of being clipped, and a label that would collide
/// with an already kept one is dropped (its tick and gridline remain).
enum TickLabels {
    struct Placed: Equatable {
        var x: Double
        var label: String
        var anchor: String
    }

    /// Labels to draw, left to right. With `keepLast`, collisions are resolved
    /// from the right so the last label (e.g. the latest month) always survives.
    static func place(_ ticks: [(x: Double, label: String)], minX: Double, maxX: Double, gap: Double = 8,
                      keepLast: Bool = false) -> [Placed] {
        let boxes = ticks.map { tick -> (Placed, lo: Double, hi: Double) in
            let w = TextMetrics.width(tick.label)
            if tick.x - w / 2 < minX { return (Placed(x: tick.x, label: tick.label, anchor: "start"), tick.x, tick.x + w) }
            if tick.x + w / 2 > maxX { return (Placed(x: tick.x, label: tick.label, anchor: "end"), tick.x - w, tick.x) }
            return (Placed(x: tick.x, label: tick.label, anchor: "middle"), tick.x - w / 2, tick.x + w / 2)
        }
        var kept: [(Placed, lo: Double, hi: Double)] = []
        for box in keepLast ? Array(boxes.reversed()) : boxes {
            if let last = kept.last, box.lo < last.hi + gap && last.lo < box.hi + gap { continue }
            kept.append(box)
        }
        return (keepLast ? kept.reversed() : kept).map(\.0)
    }
}
