import DebriefCharts
import Testing

@Suite struct GoldenTests {
    @Test func timeline() throws {
        try Golden.check(TimelineChart.svg(Fixtures.timeline), named: "timeline.svg")
    }

    @Test(arguments: [("timeline-10min", Fixtures.tenMinutes), ("timeline-30h", Fixtures.thirtyHours),
                      ("timeline-3d", Fixtures.threeDays)])
    func timelinesOfAnyLength(name: String, input: TimelineChartInput) throws {
        try Golden.check(TimelineChart.svg(input), named: name + ".svg")
        var narrow = input
        narrow.width = 340
        narrow.idPrefix = "tl-n"
        try Golden.check(TimelineChart.svg(narrow), named: name + "-narrow.svg")
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
