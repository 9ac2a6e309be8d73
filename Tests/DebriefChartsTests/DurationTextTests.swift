import DebriefCharts
import Testing

@Suite struct DurationTextTests {
    @Test(arguments: [
        (0, "0 min"), (1, "1 s"), (45, "45 s"), (59, "59 s"), (60, "1 min"), (119, "1 min"), (2820, "47 min"),
        (3599, "59 min"), (3600, "1 h"), (3900, "1 h 05 min"), (5400, "1 h 30 min"), (7200, "2 h"),
        (86_399, "23 h 59 min"), (86_400, "1 d"), (172_800, "2 d"), (183_600, "2 d 3 h"), (-2820, "\u{2212}47 min"),
        (-45, "\u{2212}45 s"),
    ])
    func formats(seconds: Int, expected: String) {
        #expect(DurationText.format(seconds: seconds) == expected)
    }

    @Test func extremesDoNotTrap() {
        #expect(DurationText.format(seconds: Int.min).hasPrefix("\u{2212}"))
        #expect(DurationText.format(seconds: Int.max).hasSuffix(" h"))
        #expect(DurationText.format(seconds: Double.nan) == "\u{2014}")
        #expect(DurationText.format(seconds: 3899.6) == "1 h 05 min")
    }
}
