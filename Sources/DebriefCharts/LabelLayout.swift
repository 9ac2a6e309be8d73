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
    }

    /// Horizontal spacing kept between labels in one lane.
    static let gap = 8.0
    /// Half-width of the band around a leader line treated as occupied.
    static let leaderPad = 3.0

    private struct Interval {
        var lo: Double, hi: Double
        func overlaps(_ o: Interval) -> Bool { lo < o.hi && o.lo < hi }
    }

    /// Placements in input order for labels at `anchors` with estimated `widths`,
    /// each kept within `minX...maxX`.
    static func layout(anchors: [Double], widths: [Double], minX: Double, maxX: Double) -> [Placement] {
        let n = min(anchors.count, widths.count)
        let order = (0..<n).sorted { a, b in anchors[a] != anchors[b] ? anchors[a] > anchors[b] : a > b }
        var texts: [[Interval]] = []    // per lane
        var leaders: [[Interval]] = []  // per lane: leader lines of labels in deeper lanes
        var result = [Placement?](repeating: nil, count: n)

        for i in order {
            let x = anchors[i].isFinite ? anchors[i] : minX
            let w = min(max(widths[i], 0), max(maxX - minX, 0))
            // Start the text just left of its marker, pulled inwards at the edges.
            let left = min(max(x - leaderPad, minX), maxX - w)
            let text = Interval(lo: left - gap / 2, hi: left + w + gap / 2)
            let leader = Interval(lo: x - leaderPad, hi: x + leaderPad)

            func textFits(_ lane: Int) -> Bool {
                lane >= texts.count || !texts[lane].contains { $0.overlaps(text) }
            }
            func clean(_ lane: Int) -> Bool {
                let textClear = lane >= leaders.count || !leaders[lane].contains { $0.overlaps(text) }
                let leaderClear = (0..<min(lane, texts.count)).allSatisfy { l in !texts[l].contains { $0.overlaps(leader) } }
                return textClear && leaderClear
            }
            let candidates = 0...texts.count
            let lane = candidates.first { textFits($0) && clean($0) } ?? candidates.first(where: textFits)!

            while texts.count <= lane {
                texts.append([])
                leaders.append([])
            }
            texts[lane].append(text)
            for l in 0..<lane { leaders[l].append(leader) }
            result[i] = Placement(index: i, lane: lane, x: left, width: w, anchorX: x)
        }
        return result.compactMap { $0 }
    }
}
