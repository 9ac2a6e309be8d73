import Testing
import DebriefModel
@testable import DebriefMetrics

struct TrendTests {
    static let baseline: [Double] = [3540, 3660, 3600, 3720, 3480, 3610, 3590, 3700, 3500, 3650, 3550, 3630]
    static let fast: [Double] = [600, 700, 650, 620, 680]

    @Test func clearImprovementIsCalledBetter() {
        let result = Trend.compare(current: Self.fast, baseline: Self.baseline, metricName: "MTTR",
                                   baselineLabel: "over the previous 12 weeks")
        #expect(result.verdict == .better)
        #expect(result.sentence.hasPrefix(
            "MTTR improved: median 10 min this week against 1 h 00 min over the previous 12 weeks (95% interval of the change −"))
        #expect(result.sentence.hasSuffix(" min; 5 incidents this week and 12 over the previous 12 weeks)."))
    }

    @Test func clearIncreaseIsCalledWorse() {
        let result = Trend.compare(current: Self.baseline, baseline: Self.fast, metricName: "MTTR")
        #expect(result.verdict == .worse)
        #expect(result.sentence.hasPrefix("MTTR worsened: median 1 h 00 min this week against 10 min"))
    }

    @Test func higherIsBetterFlipsTheVerdict() {
        let result = Trend.compare(current: Self.baseline, baseline: Self.fast,
                                   metricName: "Time between incidents", lowerIsBetter: false)
        #expect(result.verdict == .better)
    }

    @Test(arguments: [
        ([1800.0, 3600, 2400, 3000], [2000.0, 3000, 4000, 2500, 3500, 4500, 1900, 2800, 3300, 2600, 3100, 3900]),
        ([2520.0, 3000, 2800], [3000.0, 2400, 3600, 2900, 3100, 2700, 3300, 2500, 3200, 2600, 3400, 2800]),
    ])
    func overlappingSamplesAreWithinNoise(current: [Double], baseline: [Double]) {
        let result = Trend.compare(current: current, baseline: baseline, metricName: "MTTR")
        #expect(result.verdict == .withinNoise)
        #expect(result.sentence.hasPrefix("MTTR change is within noise: median "))
        #expect(result.sentence.hasSuffix(", resting on \(current.count) incidents this week and \(baseline.count) over the previous weeks."))
    }

    @Test func withinNoiseSentence() {
        let result = Trend.compare(current: [2520, 2400, 2640], baseline: [3000, 2400, 3600, 2700],
                                   metricName: "MTTR")
        #expect(result == (.withinNoise, "MTTR change is within noise: median 42 min this week against 47 min over the previous weeks, resting on 3 incidents this week and 4 over the previous weeks."))
    }

    @Test(arguments: [
        ([600.0], TrendTests.baseline, "Too few incidents to compare MTTR (1 this week; at least 2 are needed in each period)."),
        ([], TrendTests.baseline, "Too few incidents to compare MTTR (0 this week; at least 2 are needed in each period)."),
        (TrendTests.fast, [3600.0], "Too few incidents to compare MTTR (1 over the previous weeks; at least 2 are needed in each period)."),
        ([], [], "Too few incidents to compare MTTR (0 this week, 0 over the previous weeks; at least 2 are needed in each period)."),
    ])
    func tooFewIncidents(current: [Double], baseline: [Double], sentence: String) {
        let result = Trend.compare(current: current, baseline: baseline, metricName: "MTTR")
        #expect(result.verdict == .insufficientData)
        #expect(result.sentence == sentence)
    }

    @Test func resultIsDeterministic() {
        let first = Trend.compare(current: Self.fast, baseline: Self.baseline, metricName: "MTTR")
        let second = Trend.compare(current: Self.fast, baseline: Self.baseline, metricName: "MTTR")
        #expect(first == second)
    }
}
