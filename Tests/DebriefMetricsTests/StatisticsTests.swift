import Testing
import DebriefModel
@testable import DebriefMetrics

/// Reference values computed with numpy 2.4 (`np.mean`, `np.median`,
/// `np.percentile(a, 90)`, whose default method is "linear").
struct StatisticsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let values: [Double]
        let mean: Double, median: Double, p90: Double, min: Double, max: Double
        var testDescription: String { "n=\(values.count)" }
    }

    static let cases: [Case] = [
        Case(values: [42], mean: 42, median: 42, p90: 42, min: 42, max: 42),
        Case(values: [20, 10], mean: 15, median: 15, p90: 19, min: 10, max: 20),
        Case(values: [600, 700, 650, 620, 680], mean: 650, median: 650, p90: 692, min: 600, max: 700),
        Case(values: [3, 1, 4, 1, 5, 9, 2, 6, 5, 3], mean: 3.9, median: 3.5, p90: 6.299999999999999, min: 1, max: 9),
        Case(values: [3540, 3660, 3600, 3720, 3480, 3610, 3590, 3700, 3500, 3650, 3550, 3630],
             mean: 3602.5, median: 3605, p90: 3696, min: 3480, max: 3720),
    ]

    @Test(arguments: cases)
    func summaryMatchesNumpy(_ c: Case) throws {
        let s = SampleSummary(c.values)
        #expect(s.n == c.values.count)
        #expect(abs(try #require(s.mean) - c.mean) < 1e-9)
        #expect(abs(try #require(s.median) - c.median) < 1e-9)
        #expect(abs(try #require(s.p90) - c.p90) < 1e-9)
        #expect(s.min == c.min)
        #expect(s.max == c.max)
    }

    @Test func emptySampleHasNoStatistics() {
        let s = SampleSummary([])
        #expect(s == SampleSummary([]))
        #expect(s.n == 0)
        #expect(s.mean == nil && s.median == nil && s.p90 == nil && s.min == nil && s.max == nil)
    }

    @Test func nanValuesAreIgnored() {
        #expect(SampleSummary([.nan, 10, 20]) == SampleSummary([10, 20]))
    }

    @Test(arguments: [(0.0, 1.0), (0.25, 2.0), (0.5, 3.0), (1.0, 5.0), (0.9, 4.6)])
    func percentileInterpolatesLinearly(p: Double, expected: Double) throws {
        let value = try #require(SampleSummary.percentile(sorted: [1, 2, 3, 4, 5], p))
        #expect(abs(value - expected) < 1e-9)
    }
}
