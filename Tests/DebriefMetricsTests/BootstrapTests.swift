import Testing
import DebriefModel
@testable import DebriefMetrics

struct BootstrapTests {
    static let a: [Double] = [3540, 3660, 3600, 3720, 3480, 3610, 3590, 3700, 3500, 3650, 3550, 3630]
    static let b: [Double] = [600, 700, 650, 620, 680]

    @Test func generatorIsDeterministic() {
        var g1 = SeededGenerator(seed: 42), g2 = SeededGenerator(seed: 42)
        let s1 = (0..<5).map { _ in g1.next() }
        let s2 = (0..<5).map { _ in g2.next() }
        #expect(s1 == s2)
        var g3 = SeededGenerator(seed: 43)
        #expect(s1 != (0..<5).map { _ in g3.next() })
    }

    @Test func splitMix64ReferenceOutput() {
        // First output of the reference SplitMix64 (Vigna) for seed 0.
        var g = SeededGenerator(seed: 0)
        #expect(g.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test(arguments: [UInt64(0x5EED), 1, 123_456_789])
    func sameSeedSameInterval(seed: UInt64) {
        let first = Bootstrap.medianDifferenceInterval(Self.a, Self.b, seed: seed)
        let second = Bootstrap.medianDifferenceInterval(Self.a, Self.b, seed: seed)
        #expect(first != nil)
        #expect(first == second)
    }

    @Test func clearDifferenceExcludesZero() throws {
        let interval = try #require(Bootstrap.medianDifferenceInterval(Self.a, Self.b))
        #expect(interval.upperBound < 0)
        // The bootstrap medians can only be values from the samples, so the
        // interval stays inside the extreme possible differences.
        #expect(interval.lowerBound >= 600 - 3720 && interval.upperBound <= 700 - 3480)
    }

    @Test func identicalSamplesGiveZeroWidthAtZero() throws {
        let interval = try #require(Bootstrap.medianDifferenceInterval([5, 5, 5], [5, 5]))
        #expect(interval == 0...0)
    }

    @Test(arguments: [([], [1.0, 2.0]), ([1.0], [1.0, 2.0]), ([1.0, 2.0], [3.0])])
    func tooFewValuesGiveNil(a: [Double], b: [Double]) {
        #expect(Bootstrap.medianDifferenceInterval(a, b) == nil)
    }

    @Test func invalidParametersGiveNil() {
        #expect(Bootstrap.medianDifferenceInterval(Self.a, Self.b, iterations: 0) == nil)
        #expect(Bootstrap.medianDifferenceInterval(Self.a, Self.b, confidence: 1) == nil)
    }
}
