/// Maps a numeric domain linearly onto a pixel range (which may be inverted,
/// e.g. a y axis running from bottom to top).
public struct LinearScale: Sendable, Equatable {
    /// Domain start and end.
    public var domainStart: Double, domainEnd: Double
    /// Range (pixels) that `domainStart`/`domainEnd` map to.
    public var rangeStart: Double, rangeEnd: Double

    /// Creates a scale from `domain.0 → range.0` to `domain.1 → range.1`.
    public init(domain: (Double, Double), range: (Double, Double)) {
        (domainStart, domainEnd) = domain
        (rangeStart, rangeEnd) = range
    }

    /// Position of `value`; an empty domain maps everything to the middle of
    /// the range rather than dividing by zero.
    public func callAsFunction(_ value: Double) -> Double {
        let span = domainEnd - domainStart
        guard span != 0, span.isFinite, value.isFinite else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (value - domainStart) / span * (rangeEnd - rangeStart)
    }

    /// Integer ticks from 0 to a "nice" top (step 1, 2 or 5 × 10ⁿ) covering
    /// `maxValue` with at most `maxTicks` intervals; `[0, 1]` when `maxValue <= 0`.
    public static func integerTicks(maxValue: Int, maxTicks: Int = 5) -> [Int] {
        guard maxValue > 0 else { return [0, 1] }
        let maxValue = min(maxValue, 1 << 52) // keeps the rounding-up arithmetic below from overflowing
        let intervals = max(maxTicks, 1)
        var magnitude = 1
        while true {
            for mult in [1, 2, 5] {
                let step = mult * magnitude
                let top = (maxValue + step - 1) / step * step
                if top / step <= intervals {
                    return stride(from: 0, through: top, by: step).map { $0 }
                }
            }
            magnitude *= 10
        }
    }
}
