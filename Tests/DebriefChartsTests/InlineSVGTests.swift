import DebriefCharts
import Foundation
import Testing

/// Charts are pasted inline into HTML pages, where the Nu HTML Checker (run by
/// `make check-site`) judges them by HTML's SVG rules and the page's CSS must
/// be able to size them.
@Suite struct InlineSVGTests {
    static let charts: [(String, String)] = [
        ("timeline", TimelineChart.svg(Fixtures.timeline)),
        ("bars", BarChart.svg(Fixtures.bars)),
        ("strip", StripChart.svg(Fixtures.strip)),
        ("trend", DurationTrendChart.svg(Fixtures.trend)),
    ]

    @Test(arguments: charts.map(\.0))
    func noPresentationAttributesHTMLRejects(name: String) throws {
        let svg = try #require(Self.charts.first { $0.0 == name }?.1)
        // paint-order is CSS-only inside HTML; as an attribute it is a validation error.
        #expect(!svg.contains(" paint-order="), "\(name) chart carries a paint-order attribute")
    }

    @Test(arguments: charts.map(\.0))
    func rootLeavesWidthToThePage(name: String) throws {
        let svg = try #require(Self.charts.first { $0.0 == name }?.1)
        let root = String(svg.prefix { $0 != ">" })
        #expect(root.contains(" width=\"100%\""))
        // An inline max-width beats any stylesheet and stopped charts filling wide figures.
        #expect(!root.contains("max-width"), "\(name) chart root: \(root)")
    }
}
