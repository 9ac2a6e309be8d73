@testable import DebriefCharts
import Foundation
import Testing

@Suite struct DurationAxisTests {
    @Test(arguments: [[3000.0, 3300, 3600], [40.0], [5400.0, 7200, 9000], [259_200.0]] as [[Double]])
    func tickedDomainHoldsTwoReadableTicks(values: [Double]) {
        let (a, b) = LogScale.tickedDomain(values)
        let ticks = LogScale(domain: (a, b), range: (0, 100)).durationTicks()
        #expect(ticks.count >= 2)
        #expect(values.allSatisfy { $0 >= a && $0 <= b })
    }

    @Test func stripOfATightClusterHasSeveralTicks() {
        let points = [2700.0, 3300, 4200].enumerated().map { StripPoint(label: "p\($0.offset)", seconds: $0.element, category: "SEV2") }
        let svg = StripChart.svg(StripChartInput(title: "TTR", points: points))
        let ticks = XMLCheck.texts(of: "text", in: svg).filter { DurationTick.all.map(\.label).contains($0) }
        #expect(ticks.count >= 2)
    }

    /// A point sitting where the median label would go pushes the label to another spot.
    @Test func trendMedianLabelAvoidsPoints() {
        let base = 1_714_000_000.0
        let points = [(0.0, 3600.0), (5, 3600), (10, 3600)].map {
            TrendPoint(label: "x", at: Date(timeIntervalSince1970: base + $0.0 * 86_400), seconds: $0.1, category: "SEV2")
        }
        let label = DurationTrendChart.medianLabel("median 1 h", lineY: 100, left: 40, right: 700,
                                                   avoiding: [(x: 690, y: 100), (x: 50, y: 100)])
        #expect(label.render().contains("y=\"115\""))
        let svg = DurationTrendChart.svg(DurationTrendChartInput(title: "t", points: points))
        #expect(XMLCheck.isWellFormed(svg) && svg.contains(">median 1 h<"))
    }
}
