import Testing
import DebriefModel
@testable import DebriefMetrics

struct DurationFormatTests {
    @Test(arguments: [
        (0, "0 s"), (1, "1 s"), (45, "45 s"), (59, "59 s"),
        (60, "1 min"), (119, "1 min"), (2820, "47 min"), (3599, "59 min"),
        (3600, "1 h 00 min"), (3900, "1 h 05 min"), (5400, "1 h 30 min"), (86_399, "23 h 59 min"),
        (86_400, "1 d 0 h"), (183_600, "2 d 3 h"), (183_659 + 1800, "2 d 3 h"),
        (-45, "−45 s"), (-4200, "−1 h 10 min"), (-183_600, "−2 d 3 h"),
    ])
    func text(seconds: Int, expected: String) {
        #expect(DurationFormat.text(seconds: seconds) == expected)
        #expect(DurationFormat.short(seconds: seconds) == expected)
    }

    @Test func minusIsUnicodeMinusSign() {
        #expect(DurationFormat.text(seconds: -60).unicodeScalars.first == "\u{2212}")
    }

    @Test func extremesDoNotTrap() {
        #expect(DurationFormat.text(seconds: Int.min).hasPrefix("−"))
        #expect(DurationFormat.text(seconds: Int.max).hasSuffix(" h"))
        #expect(DurationFormat.text(seconds: Double.nan) == "—")
        #expect(DurationFormat.text(seconds: 1e300).hasSuffix(" h"))
    }

    @Test(arguments: [(44.6, "45 s"), (-0.4, "0 s"), (2519.6, "42 min")])
    func doubleSecondsRoundToNearestSecond(seconds: Double, expected: String) {
        #expect(DurationFormat.text(seconds: seconds) == expected)
    }
}
