/// Greedy lane assignment for timeline labels so that no two labels in a lane
/// overlap.
///
/// Labels are placed from the latest marker to the earliest, and lane 0 is the
/// one nearest the timeline track. Going right-to-left means a label's leader
/// line (a vertical segment at its marker) usually passes to the left of every
/// label already placed in the lanes it crosses, so leaders rarely cut through
/// text; when they must, the lane that avoids it is preferred but overlap
/// between labels is never allowed.
enum LabelLayout {
    /// Where one label goes.
    struct Placement: Equatable {
        /// Index into the input arrays.
        var index: Int
        /// Lane, 0 = nearest the track.
        var lane: Int
        /// Left edge of the label text.
        var x: Double
        /// Estimated text width.
        var width: Double
        /// The marker position the leader line starts from.
        var anchorX: Double
        /// False when no lane had room: the marker is drawn without a label.
        var isLabelled = true
    }

    /// Horizontal spacing kept between labels in one lane.
    static let gap = 8.0
    /// Half-width of the band around a leader line treated as occupied.
    static let leaderPad = 3.0

    /// At most this many lanes: past it a label is left out (its marker and tooltip stay),
    /// so a timeline of thousands of entries costs time linear in its length and a
    /// chart of bounded height. Charts of ordinary length never come near it.
    static let maxLanes = 60

    /// Placements in input order for labels at `anchors` with estimated `widths`,
    /// each kept within `minX...maxX`. A label that finds no room in ``maxLanes``
    /// lanes has `isLabelled == false`.
    static func layout(anchors: [Double], widths: [Double], minX: Double, maxX: Double) -> [Placement] {
        var probes = 0
        return layout(anchors: anchors, widths: widths, minX: minX, maxX: maxX, probes: &probes)
    }

    /// The same, counting `probes`: lane checks, each one binary search (tests hold its growth to linear).
    static func layout(anchors: [Double], widths: [Double], minX: Double, maxX: Double, probes: inout Int) -> [Placement] {
        let n = min(anchors.count, widths.count)
        let order = (0..<n).sorted { a, b in anchors[a] != anchors[b] ? anchors[a] > anchors[b] : a > b }
        var texts: [LaneIntervals] = []    // per lane
        var leaders: [LaneIntervals] = []  // per lane: leader lines of labels in deeper lanes
        var result = [Placement?](repeating: nil, count: n)

        for i in order {
            let x = anchors[i].isFinite ? anchors[i] : minX
            let w = min(max(widths[i], 0), max(maxX - minX, 0))
            // Start the text just left of its marker, pulled inwards at the edges.
            let left = min(max(x - leaderPad, minX), maxX - w)
            let text = (lo: left - gap / 2, hi: left + w + gap / 2)
            let leader = (lo: x - leaderPad, hi: x + leaderPad)
            func textFits(_ lane: Int) -> Bool {
                probes += 1
                return lane >= texts.count || !texts[lane].overlaps(lo: text.lo, hi: text.hi)
            }
            // A lane is clean when no leader in it crosses the text and the leader down
            // to the track crosses no text in the lanes below: true up to the first
            // lane whose texts the leader crosses.
            let last = min(texts.count, maxLanes - 1)
            let blocked = (0..<texts.count).first { probes += 1; return texts[$0].overlaps(lo: leader.lo, hi: leader.hi) } ?? texts.count
            let clean = (0...min(blocked, last)).first { lane in
                textFits(lane) && (lane >= leaders.count || !leaders[lane].overlaps(lo: text.lo, hi: text.hi))
            }
            guard let lane = clean ?? (0...last).first(where: textFits) else {
                result[i] = Placement(index: i, lane: 0, x: left, width: w, anchorX: x, isLabelled: false)
                continue
            }
            while texts.count <= lane {
                texts.append(LaneIntervals())
                leaders.append(LaneIntervals())
            }
            texts[lane].insert(lo: text.lo, hi: text.hi)
            for l in 0..<lane { leaders[l].insert(lo: leader.lo, hi: leader.hi) }
            result[i] = Placement(index: i, lane: lane, x: left, width: w, anchorX: x)
        }
        return result.compactMap { $0 }
    }
}
