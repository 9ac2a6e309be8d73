import DebriefModel
import Foundation

/// A small, seedable random number generator (SplitMix64).
///
/// The system generator cannot be seeded, and a generated site must be the
/// same every time it is built from the same input, so every random choice
/// in Debrief goes through this generator.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator whose sequence is fully determined by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// Returns the next 64 pseudo-random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform index in `0..<count`.
    ///
    /// Uses the high half of a 128-bit product (Lemire) instead of the
    /// standard library's `random(in:)`, whose algorithm is not promised to stay
    /// the same across Swift versions. The bias is below 2⁻⁴⁰ for any realistic
    /// sample size, far under bootstrap noise.
    mutating func index(below count: Int) -> Int {
        precondition(count > 0)
        return Int(UInt64(count).multipliedFullWidth(by: next()).high)
    }
}

/// Bootstrap confidence intervals, used to tell real changes from noise.
public enum Bootstrap {
    /// Percentile-bootstrap interval for `median(b) − median(a)`.
    ///
    /// Each iteration resamples `a` and `b` with replacement (independently,
    /// since the two periods hold different incidents) and records the
    /// difference of their medians; the interval runs between the
    /// `(1 − confidence) / 2` and `(1 + confidence) / 2` percentiles of those
    /// differences (linear interpolation, as in ``SampleSummary``).
    ///
    /// - Returns: `nil` when either sample has fewer than 2 values (a single
    ///   value says nothing about spread), when `iterations < 1`, or when
    ///   `confidence` is not strictly between 0 and 1.
    public static func medianDifferenceInterval(
        _ a: [Double],
        _ b: [Double],
        iterations: Int = 2000,
        confidence: Double = 0.95,
        seed: UInt64 = 0x5EED
    ) -> ClosedRange<Double>? {
        guard a.count >= 2, b.count >= 2, iterations >= 1,
              confidence > 0, confidence < 1 else { return nil }
        var generator = SeededGenerator(seed: seed)
        var differences: [Double] = []
        differences.reserveCapacity(iterations)
        // Each resample's median is found by counting draws per rank of the
        // sorted sample instead of sorting the resample: the same multiset of
        // values, so the same median, in linear time.
        let rankedA = Ranked(a), rankedB = Ranked(b)
        var countsA = [Int](repeating: 0, count: a.count), countsB = [Int](repeating: 0, count: b.count)
        for _ in 0..<iterations {
            for _ in 0..<a.count { countsA[rankedA.rank[generator.index(below: a.count)]] += 1 }
            for _ in 0..<b.count { countsB[rankedB.rank[generator.index(below: b.count)]] += 1 }
            let medianA = rankedA.median(counts: &countsA)
            let medianB = rankedB.median(counts: &countsB)
            differences.append(medianB - medianA)
        }
        differences.sort()
        let tail = (1 - confidence) / 2
        guard let low = SampleSummary.percentile(sorted: differences, tail),
              let high = SampleSummary.percentile(sorted: differences, 1 - tail),
              low <= high else { return nil }
        return low...high
    }
}

/// A sample sorted once, with each original index's rank, for counting medians.
private struct Ranked {
    let sorted: [Double]
    let rank: [Int]

    init(_ values: [Double]) {
        let order = values.indices.sorted { (values[$0], $0) < (values[$1], $1) }
        sorted = order.map { values[$0] }
        var rank = [Int](repeating: 0, count: values.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        self.rank = rank
    }

    /// The median of the resample whose draws per rank are in `counts`; resets the counts.
    func median(counts: inout [Int]) -> Double {
        let n = sorted.count
        let upper = n / 2
        let lower = n % 2 == 0 ? upper - 1 : upper
        var seen = 0
        var low = sorted[0], high = sorted[0]
        var foundLow = false
        for position in 0..<n where counts[position] > 0 {
            seen += counts[position]
            if !foundLow && seen > lower { low = sorted[position]; foundLow = true }
            if seen > upper { high = sorted[position]; break }
        }
        for position in 0..<n { counts[position] = 0 }
        return (low + high) / 2
    }
}
