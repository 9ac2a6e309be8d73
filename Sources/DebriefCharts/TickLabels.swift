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

    /// Like ``place(_:minX:maxX:gap:keepLast:)``, but labels flagged `important`
    /// (those that carry a date) are kept first, then the others where they fit,
    /// so a crowded axis never loses the day it is on.
    static func place(_ ticks: [(x: Double, label: String)], important: [Bool], minX: Double, maxX: Double,
                      gap: Double = 8) -> [Placed] {
        let boxes = self.boxes(ticks, minX: minX, maxX: maxX)
        return kept(boxes, important: important, gap: gap).map { boxes[$0].0 }
    }

    /// Indices of the labels that ``place(_:important:minX:maxX:gap:)`` keeps, ascending.
    static func keptIndices(_ ticks: [(x: Double, label: String)], important: [Bool], minX: Double, maxX: Double,
                            gap: Double = 8) -> [Int] {
        kept(boxes(ticks, minX: minX, maxX: maxX), important: important, gap: gap)
    }

    private static func boxes(_ ticks: [(x: Double, label: String)], minX: Double, maxX: Double) -> [(Placed, lo: Double, hi: Double)] {
        ticks.map { tick -> (Placed, lo: Double, hi: Double) in
            let w = TextMetrics.width(tick.label)
            if tick.x - w / 2 < minX { return (Placed(x: tick.x, label: tick.label, anchor: "start"), tick.x, tick.x + w) }
            if tick.x + w / 2 > maxX { return (Placed(x: tick.x, label: tick.label, anchor: "end"), tick.x - w, tick.x) }
            return (Placed(x: tick.x, label: tick.label, anchor: "middle"), tick.x - w / 2, tick.x + w / 2)
        }
    }

    private static func kept(_ boxes: [(Placed, lo: Double, hi: Double)], important: [Bool], gap: Double) -> [Int] {
        var kept: [Int] = []
        let order = boxes.indices.filter { important.indices.contains($0) && important[$0] }
            + boxes.indices.filter { !(important.indices.contains($0) && important[$0]) }
        for i in order where !kept.contains(where: { boxes[i].lo < boxes[$0].hi + gap && boxes[$0].lo < boxes[i].hi + gap }) {
            kept.append(i)
        }
        return kept.sorted()
    }
}
