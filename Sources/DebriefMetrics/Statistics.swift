import DebriefModel
import Foundation

/// Descriptive statistics of one sample of measurements (for example
/// time-to-resolve in seconds for the incidents of one week).
///
/// Percentiles use linear interpolation between closest ranks, the same
/// method as numpy's default (`method="linear"`, R type 7): for a sorted
/// sample `x[0] ... x[n-1]` and a fraction `p`, the position is
/// `h = (n - 1) * p`, and the result is `x[⌊h⌋] + (h - ⌊h⌋) * (x[⌊h⌋+1] - x[⌊h⌋])`.
/// The median is the 0.5 percentile, which for an even `n` is the mean of
/// the two middle values.
public struct SampleSummary: Sendable, Equatable {
    /// Number of values summarised (NaN values are not counted).
    public let n: Int
    /// Arithmetic mean, or `nil` for an empty sample.
    public let mean: Double?
    /// Median (0.5 percentile), or `nil` for an empty sample.
    public let median: Double?
    /// 90th percentile by linear interpolation, or `nil` for an empty sample.
    public let p90: Double?
    /// Smallest value, or `nil` for an empty sample.
    public let min: Double?
    /// Largest value, or `nil` for an empty sample.
    public let max: Double?

    /// Summarises `values`. NaN values are ignored, because they have no
    /// place in an ordering and would make the percentiles depend on input order.
    public init(_ values: [Double]) {
        let sorted = values.filter { !$0.isNaN }.sorted()
        n = sorted.count
        guard !sorted.isEmpty else {
            mean = nil; median = nil; p90 = nil; min = nil; max = nil
            return
        }
        mean = sorted.reduce(0, +) / Double(sorted.count)
        median = Self.percentile(sorted: sorted, 0.5)
        p90 = Self.percentile(sorted: sorted, 0.9)
        min = sorted.first
        max = sorted.last
    }

    /// The `p` quantile (`0...1`) of an already sorted sample, by linear
    /// interpolation between closest ranks; `nil` when the sample is empty.
    public static func percentile(sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let clamped = Swift.min(Swift.max(p, 0), 1)
        let h = Double(sorted.count - 1) * clamped
        let lower = Int(h.rounded(.down))
        let upper = Swift.min(lower + 1, sorted.count - 1)
        let t = h - Double(lower)
        let a = sorted[lower], b = sorted[upper]
        // numpy interpolates from whichever end is nearer; matching it keeps
        // results bit-identical with the reference values in the tests.
        return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t
    }

    /// Median of an unsorted sample; `nil` when it is empty.
    public static func median(_ values: [Double]) -> Double? {
        percentile(sorted: values.sorted(), 0.5)
    }
}
