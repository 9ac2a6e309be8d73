import DebriefCharts
import Testing

@Suite struct BarChartTests {
    @Test func fixtureIsWellFormedWithSegmentTitles() {
        let svg = BarChart.svg(Fixtures.bars)
        #expect(XMLCheck.isWellFormed(svg))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"sev-month-title sev-month-desc\""))
        let titles = XMLCheck.texts(of: "title", in: svg)
        #expect(titles.contains("2024-07: 3 SEV2"))
        #expect(svg.contains("class=\"bar sev-sev2\""))
        #expect(svg.contains(".sev-sev1{fill:var(--sev-sev1,#"))
        #expect(XMLCheck.texts(of: "desc", in: svg)
            == ["12 bars from 2023-08 to 2024-07; 59 in total: 5 SEV1, 16 SEV2, 23 SEV3, 11 SEV4, 4 unknown"])
    }

    @Test func isDeterministic() {
        #expect(BarChart.svg(Fixtures.bars) == BarChart.svg(Fixtures.bars))
    }

    @Test func emptyAndZeroInputs() {
        let empty = BarChart.svg(BarChartInput(title: "e", bars: [], categories: ["SEV1"]))
        #expect(empty.contains("No data") && XMLCheck.isWellFormed(empty))
        let zeros = BarChart.svg(BarChartInput(title: "z", bars: [Bar(label: "a", segments: [BarSegment(category: "SEV1", value: 0)])],
                                               categories: ["SEV1"]))
        #expect(XMLCheck.isWellFormed(zeros))
        #expect(!zeros.contains("class=\"bar "))
    }

    @Test func unknownCategoriesAreKeptAndEscaped() {
        let svg = BarChart.svg(BarChartInput(title: "t", bars: [
            Bar(label: "<m>", segments: [BarSegment(category: "Team \"A\"", value: 2), BarSegment(category: "SEV1", value: 1),
                                         BarSegment(category: "Team \"A\"", value: 1)]),
        ], categories: ["SEV1"]))
        #expect(XMLCheck.isWellFormed(svg))
        #expect(XMLCheck.texts(of: "title", in: svg).contains("<m>: 3 Team \"A\""))
        #expect(svg.contains("class=\"bar sev-team-a\""))
    }

    @Test func crowdedLabelsAreThinnedButLastKept() {
        let bars = (1...52).map { Bar(label: "2024-W\($0 < 10 ? "0" : "")\($0)", segments: [BarSegment(category: "SEV2", value: $0 % 5)]) }
        let svg = BarChart.svg(BarChartInput(title: "w", bars: bars, categories: ["SEV2"], width: 500))
        let labels = XMLCheck.texts(of: "text", in: svg).filter { $0.hasPrefix("2024-W") }
        #expect(labels.count > 3 && labels.count < 52)
        #expect(labels.last == "2024-W52")
    }
}
