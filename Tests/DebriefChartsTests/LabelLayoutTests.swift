@testable import DebriefCharts
import Testing

@Suite struct LabelLayoutTests {
    /// Deterministic pseudo-random numbers for property-style checks.
    struct LCG {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    static func assertNoOverlap(_ placements: [LabelLayout.Placement], minX: Double, maxX: Double) {
        for p in placements {
            #expect(p.x >= minX - 1e-9 && p.x + p.width <= maxX + 1e-9)
        }
        for a in placements {
            for b in placements where a.index < b.index && a.lane == b.lane {
                let apart = a.x + a.width + LabelLayout.gap <= b.x + 1e-9 || b.x + b.width + LabelLayout.gap <= a.x + 1e-9
                #expect(apart, "labels \(a.index) and \(b.index) overlap in lane \(a.lane)")
            }
        }
    }

    @Test(arguments: 1...40)
    func randomLabelsNeverOverlap(seed: Int) {
        var rng = LCG(state: UInt64(seed))
        let n = 1 + Int(rng.next() * 40)
        let anchors = (0..<n).map { _ in 24 + rng.next() * 712 }
        let widths = (0..<n).map { _ in 20 + rng.next() * 240 }
        let placements = LabelLayout.layout(anchors: anchors, widths: widths, minX: 4, maxX: 756)
        #expect(placements.count == n)
        #expect(placements.map(\.index) == Array(0..<n))
        Self.assertNoOverlap(placements, minX: 4, maxX: 756)
    }

    @Test func spacedLabelsShareOneLane() {
        let placements = LabelLayout.layout(anchors: [10, 200, 400], widths: [100, 100, 100], minX: 0, maxX: 600)
        #expect(placements.map(\.lane) == [0, 0, 0])
    }

    @Test func sameInstantLabelsStackEarliestOnTop() {
        let placements = LabelLayout.layout(anchors: [300, 300, 300], widths: [80, 80, 80], minX: 0, maxX: 600)
        #expect(placements.map(\.lane) == [2, 1, 0])
        Self.assertNoOverlap(placements, minX: 0, maxX: 600)
    }

    @Test func labelsNearTheRightEdgeArePulledIn() {
        let placements = LabelLayout.layout(anchors: [595], widths: [120], minX: 0, maxX: 600)
        #expect(placements[0].x == 480)
        #expect(placements[0].anchorX == 595)
    }

    @Test func labelWiderThanChartIsClamped() {
        let placements = LabelLayout.layout(anchors: [50], widths: [900], minX: 0, maxX: 300)
        #expect(placements[0].x == 0 && placements[0].width == 300)
    }

    @Test func truncatesLongLabels() {
        let long = String(repeating: "abcdefghij", count: 6)
        let cut = TextMetrics.truncate(long)
        #expect(cut.count == 40)
        #expect(cut.hasSuffix("\u{2026}"))
        #expect(TextMetrics.truncate("short") == "short")
        #expect(TextMetrics.truncate("two\nlines") == "two lines")
    }
}
