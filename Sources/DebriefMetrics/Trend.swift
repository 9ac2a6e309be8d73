import DebriefModel
import Foundation

/// Outcome of comparing a metric between the current period and a baseline.
public enum TrendVerdict: String, Sendable, Equatable, CaseIterable {
    /// The change is larger than the noise and in the good direction.
    case better
    /// The change is larger than the noise and in the bad direction.
    case worse
    /// The bootstrap interval of the change includes zero.
    case withinNoise
    /// One of the periods has fewer than 2 incidents.
    case insufficientData
}

/// Compares a duration metric (e.g. MTTR) between this period and a baseline,
/// and says so in one plain sentence.
///
/// A change is only called better or worse when the 95% percentile-bootstrap
/// interval of `median(current) − median(baseline)` excludes zero: weekly
/// incident counts are small, and a dashboard that cries "worse" on every
/// wobble teaches people to ignore it.
public struct Trend: Sendable {
    /// Confidence level of the interval quoted in sentences.
    public static let confidence = 0.95

    /// Compares `current` against `baseline`.
    ///
    /// - Parameters:
    ///   - current: Metric values, in seconds, of the incidents in the current period.
    ///   - baseline: Metric values, in seconds, of the incidents in the baseline period.
    ///   - metricName: Name used in the sentence, e.g. "MTTR".
    ///   - lowerIsBetter: Whether a decrease is an improvement (true for durations).
    ///   - currentLabel: How the current period is named in the sentence.
    ///   - baselineLabel: How the baseline is named, read after a value
    ///     ("1 h 30 min over the previous 12 weeks").
    /// - Returns: The verdict and a sentence ending with a full stop.
    public static func compare(
        current: [Double],
        baseline: [Double],
        metricName: String,
        lowerIsBetter: Bool = true,
        currentLabel: String = "this week",
        baselineLabel: String = "over the previous weeks"
    ) -> (verdict: TrendVerdict, sentence: String) {
        let now = SampleSummary(current), before = SampleSummary(baseline)
        guard now.n >= 2, before.n >= 2,
              let medianNow = now.median, let medianBefore = before.median,
              let interval = Bootstrap.medianDifferenceInterval(
                  baseline.filter { !$0.isNaN }, current.filter { !$0.isNaN },
                  confidence: confidence)
        else {
            var counts: [String] = []
            if now.n < 2 { counts.append("\(now.n) \(currentLabel)") }
            if before.n < 2 { counts.append("\(before.n) \(baselineLabel)") }
            if counts.isEmpty { counts.append("\(now.n) \(currentLabel)") }
            return (.insufficientData,
                    "Too few incidents to compare \(metricName) (\(counts.joined(separator: ", ")); "
                    + "at least 2 are needed in each period).")
        }

        // Say what the verdict rests on: n counts only incidents where the metric is known.
        let counts = "\(now.n) incident\(now.n == 1 ? "" : "s") \(currentLabel) and \(before.n) \(baselineLabel)"
        guard interval.lowerBound > 0 || interval.upperBound < 0 else {
            return (.withinNoise,
                    "\(metricName) change is within noise: median \(DurationFormat.text(seconds: medianNow)) \(currentLabel) "
                    + "against \(DurationFormat.text(seconds: medianBefore)) \(baselineLabel), resting on \(counts).")
        }
        let increased = interval.lowerBound > 0
        let verdict: TrendVerdict = increased == lowerIsBetter ? .worse : .better
        let percent = Int((confidence * 100).rounded())
        let sentence = "\(metricName) \(verdict == .better ? "improved" : "worsened"): "
            + "median \(DurationFormat.text(seconds: medianNow)) \(currentLabel) "
            + "against \(DurationFormat.text(seconds: medianBefore)) \(baselineLabel) "
            + "(\(percent)% interval of the change \(DurationFormat.text(seconds: interval.lowerBound)) "
            + "to \(DurationFormat.text(seconds: interval.upperBound)); \(counts))."
        return (verdict, sentence)
    }
}
