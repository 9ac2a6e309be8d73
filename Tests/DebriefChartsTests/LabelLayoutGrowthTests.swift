@testable import DebriefCharts
import Foundation
import Testing

/// The label layout's work grows linearly with the number of labels (it once
/// grew with the cube: every lane checked against every lane below it), counted
/// in lane probes rather than timed.
@Suite struct LabelLayoutGrowthTests {
    /// A dense timeline: `n` labels of 20–40 characters on a 960-unit chart.
    static func dense(_ n: Int) -> (anchors: [Double], widths: [Double]) {
        let anchors = (0..<n).map { 24 + Double($0) * 912 / Double(max(n - 1, 1)) }
        let widths = (0..<n).map { Double(20 + $0 % 21) * TextMetrics.charWidth }
        return (anchors, widths)
    }

    static func probes(_ n: Int) -> (probes: Int, placements: [LabelLayout.Placement]) {
        let input = dense(n)
        var probes = 0
        let placements = LabelLayout.layout(anchors: input.anchors, widths: input.widths, minX: 4, maxX: 956, probes: &probes)
        return (probes, placements)
    }

    @Test func workGrowsLinearly() {
        let small = Self.probes(2_000).probes, large = Self.probes(8_000).probes
        // Linear: 4×; the old layout did about 64× here.
        #expect(Double(large) / Double(small) < 5, "2,000 labels: \(small) probes, 8,000: \(large)")
    }

    @Test func lanesStayBoundedAndLabelsNeverOverlap() {
        let (_, placements) = Self.probes(4_000)
        #expect(placements.count == 4_000)
        #expect(placements.map(\.index) == Array(0..<4_000))
        let labelled = placements.filter(\.isLabelled)
        #expect(labelled.map(\.lane).max() == LabelLayout.maxLanes - 1)
        #expect(labelled.count < placements.count)
        var byLane: [Int: [LabelLayout.Placement]] = [:]
        for p in labelled { byLane[p.lane, default: []].append(p) }
        for (lane, items) in byLane {
            let sorted = items.sorted { $0.x < $1.x }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                #expect(a.x + a.width + LabelLayout.gap <= b.x + 1e-9, "labels \(a.index) and \(b.index) overlap in lane \(lane)")
            }
        }
    }

    @Test func aTimelineOfThousandsHasABoundedHeight() {
        let start = Date(timeIntervalSince1970: 1_720_000_000)
        let events = (0..<4_000).map { i in
            ChartEvent(at: start.addingTimeInterval(Double(i) * 20), label: "entry \(i) on the api", detail: "", milestone: nil, anchor: "ev-L\(i + 1)")
        }
        let svg = TimelineChart.svg(TimelineChartInput(title: "Long", zoneLabel: "UTC", utcOffsetSeconds: 0, milestones: [],
                                                       events: events, width: 960, idPrefix: "tl"))
        #expect(svg.components(separatedBy: "<circle").count - 1 == 4_000)
        let labels = svg.components(separatedBy: "class=\"label\"").count - 1
        #expect(labels > 0 && labels < 4_000)
        let height = Double(TimelineChart.laneHeight) * Double(LabelLayout.maxLanes) + 120
        let viewBox = svg.range(of: "viewBox=\"0 0 960 ").map { svg[$0.upperBound...].prefix { $0 != "\"" } }
        #expect(viewBox.flatMap { Double($0) }.map { $0 <= height } == true)
    }
}
