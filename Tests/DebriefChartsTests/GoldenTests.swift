import DebriefCharts
import Testing

@Suite struct GoldenTests {
    @Test func timeline() throws {
        try Golden.check(TimelineChart.svg(Fixtures.timeline), named: "timeline.svg")
    }

    @Test func bars() throws {
        try Golden.check(BarChart.svg(Fixtures.bars), named: "bars.svg")
    }

    @Test func strip() throws {
        try Golden.check(StripChart.svg(Fixtures.strip), named: "strip.svg")
    }

    @Test func trend() throws {
        try Golden.check(DurationTrendChart.svg(Fixtures.trend), named: "trend.svg")
    }
}
