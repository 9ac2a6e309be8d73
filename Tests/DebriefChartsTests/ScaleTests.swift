import DebriefCharts
import Testing

@Suite struct ScaleTests {
    @Test func linearMapsAndInverts() {
        let s = LinearScale(domain: (0, 10), range: (100, 0))
        #expect(s(0) == 100)
        #expect(s(10) == 0)
        #expect(s(2.5) == 75)
        #expect(LinearScale(domain: (5, 5), range: (0, 10))(5) == 5)
    }

    @Test(arguments: [
        (0, [0, 1]), (1, [0, 1]), (4, [0, 1, 2, 3, 4]), (7, [0, 2, 4, 6, 8]), (9, [0, 2, 4, 6, 8, 10]),
        (37, [0, 10, 20, 30, 40]), (120, [0, 50, 100, 150]),
    ])
    func integerTicks(max: Int, expected: [Int]) {
        #expect(LinearScale.integerTicks(maxValue: max, maxTicks: 5) == expected)
    }

    @Test func integerTicksSurviveHugeValues() {
        #expect(LinearScale.integerTicks(maxValue: Int.max).count <= 6)
    }

    @Test func logClampsZeroAndNegative() {
        let s = LogScale(domain: (1, 1000), range: (0, 300))
        #expect(s(0) == 0)
        #expect(s(-5) == 0)
        #expect(abs(s(10) - 100) < 1e-9)
        #expect(abs(s(100) - 200) < 1e-9)
        #expect(s(Double.nan) == 0)
    }

    @Test func logDurationTicksStayInDomain() {
        let s = LogScale(domain: (30, 2 * 86_400), range: (0, 600))
        #expect(s.durationTicks().map(\.label) == ["1 min", "5 min", "15 min", "1 h", "4 h", "1 d"])
        let narrow = LogScale(domain: (400, 4000), range: (0, 600))
        #expect(narrow.durationTicks().map(\.label) == ["15 min", "1 h"])
    }

    @Test func paddedDomainAlwaysSpansATenfold() {
        for values in [[3600.0], [0.0], [1800, 1900], [60, 604_800]] {
            let (a, b) = LogScale.paddedDomain(values)
            #expect(b / a >= 9.999)
            #expect(values.allSatisfy { max($0, 1) >= a && max($0, 1) <= b })
            #expect(!LogScale(domain: (a, b), range: (0, 1)).durationTicks().isEmpty)
        }
    }
}
