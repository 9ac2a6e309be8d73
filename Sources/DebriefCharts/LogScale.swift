import Foundation

/// Maps positive values logarithmically onto a pixel range, for heavy-tailed
/// durations where one multi-day incident would flatten a linear axis.
public struct LogScale: Sendable, Equatable {
    /// Domain bounds (positive; clamped to `minimum`).
    public var domainStart: Double, domainEnd: Double
    /// Range (pixels) that the domain bounds map to.
    public var rangeStart: Double, rangeEnd: Double
    /// Values at or below this (including 0 and negatives) are drawn at this value,
    /// because a logarithm of them is undefined.
    public var minimum: Double

    /// Creates a scale; `minimum` defaults to 1 (one second, for durations).
    public init(domain: (Double, Double), range: (Double, Double), minimum: Double = 1) {
        self.minimum = minimum > 0 && minimum.isFinite ? minimum : 1
        domainStart = max(domain.0, self.minimum)
        domainEnd = max(domain.1, self.minimum)
        (rangeStart, rangeEnd) = range
    }

    /// Position of `value`, clamping non-positive values to `minimum`.
    public func callAsFunction(_ value: Double) -> Double {
        let v = value.isFinite ? max(value, minimum) : minimum
        let a = log10(domainStart), b = log10(domainEnd)
        guard b != a else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (log10(v) - a) / (b - a) * (rangeEnd - rangeStart)
    }

    /// A domain around `values` padded by a factor on each side and widened to at
    /// least a 10× ratio, so a lone value or a tight cluster still gets a tick.
    public static func paddedDomain(_ values: [Double], minimum: Double = 1, factor: Double = 1.6) -> (Double, Double) {
        let vs = values.map { $0.isFinite ? max($0, minimum) : minimum }
        guard let lo = vs.min(), let hi = vs.max() else { return (60, 3600) }
        var a = max(lo / factor, minimum), b = hi * factor
        if b / a < 10 {
            let mid = sqrt(a * b)
            a = max(mid / sqrt(10), minimum)
            b = a * 10
        }
        return (a, b)
    }

    /// ``paddedDomain(_:minimum:factor:)`` widened, one readable step at a time
    /// (towards the nearer one), until it holds at least two duration ticks, so
    /// an axis is never labelled by a single "1 h".
    public static func tickedDomain(_ values: [Double], minimum: Double = 1) -> (Double, Double) {
        var (a, b) = paddedDomain(values, minimum: minimum)
        let all = DurationTick.all.map(\.seconds)
        func inside() -> Int { all.filter { $0 >= a * 0.999 && $0 <= b * 1.001 }.count }
        while inside() < 2 {
            let below = all.last { $0 < a * 0.999 }, above = all.first { $0 > b * 1.001 }
            switch (below, above) {
            case let (l?, h?): if a / l <= h / b { a = l } else { b = h }
            case let (l?, nil): a = l
            case let (nil, h?): b = h
            case (nil, nil): return (a, b)
            }
        }
        return (a, b)
    }

    /// Duration ticks inside the domain, from a fixed list (1 min, 5 min,
    /// 15 min, 1 h, 4 h, 1 d, 1 w, plus 1 s/10 s and 4 w for extreme data).
    public func durationTicks() -> [DurationTick] {
        DurationTick.all.filter { $0.seconds >= domainStart * 0.999 && $0.seconds <= domainEnd * 1.001 }
    }
}
