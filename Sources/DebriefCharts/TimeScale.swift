import Foundation

/// Maps instants onto a pixel range and produces "nice" ticks labelled in the
/// incident's local time (a fixed UTC offset, not a host time zone).
public struct TimeScale: Sendable, Equatable {
    /// Domain bounds.
    public var start: Date, end: Date
    /// Pixel positions of `start` and `end`.
    public var rangeStart: Double, rangeEnd: Double
    /// Local time = UTC + this offset; used for tick alignment and labels.
    public var utcOffsetSeconds: Int

    /// Candidate steps in seconds: 1, 2, 5, 10, 15, 30 min; 1, 2, 3, 6, 12 h; 1, 2, 7 days.
    public static let stepCandidates: [Int] = [
        60, 120, 300, 600, 900, 1800,
        3600, 7200, 10_800, 21_600, 43_200,
        86_400, 172_800, 604_800,
    ]

    /// Creates a scale mapping `start → range.0` and `end → range.1`.
    public init(start: Date, end: Date, range: (Double, Double), utcOffsetSeconds: Int = 0) {
        self.start = start
        self.end = end
        (rangeStart, rangeEnd) = range
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// Pixel position of `date`.
    public func callAsFunction(_ date: Date) -> Double {
        LinearScale(domain: (start.timeIntervalSince1970, end.timeIntervalSince1970), range: (rangeStart, rangeEnd))(date.timeIntervalSince1970)
    }

    /// The smallest candidate step giving fewer than `maxTicks` intervals over
    /// `span` seconds (so at most `maxTicks` ticks); beyond the list, weeks double.
    public static func niceStep(span: Double, maxTicks: Int = 8) -> Int {
        let limit = Double(max(maxTicks, 2))
        let s = span.isFinite ? max(span, 1) : 1
        for step in stepCandidates where s / Double(step) < limit {
            return step
        }
        var step = 604_800
        while s / Double(step) >= limit, step < Int.max / 4 { step *= 2 }
        return step
    }

    /// Ticks at multiples of ``niceStep(span:maxTicks:)`` in local time (weeks
    /// start on Monday). Labels are `"07:45"`; when the domain spans more than
    /// one local day, midnight ticks read `"Jul 15"` and a first tick that is not
    /// at midnight reads `"Jul 15 06:00"`; day-sized steps always read `"Jul 15"`.
    public func ticks(maxTicks: Int = 8) -> [TimeTick] {
        let a = start.timeIntervalSince1970, b = end.timeIntervalSince1970
        guard a.isFinite, b.isFinite, b > a else { return [] }
        let step = TimeScale.niceStep(span: b - a, maxTicks: maxTicks)
        let origin = step % 604_800 == 0 ? 4 * 86_400 : 0 // 1970-01-05 was a Monday
        let localStart = CivilTime.epochSeconds(start) + utcOffsetSeconds
        let localEnd = CivilTime.epochSeconds(end) + utcOffsetSeconds
        let crossesDays = CivilTime(localSeconds: localStart).dayKey != CivilTime(localSeconds: localEnd).dayKey
        var t = origin + CivilTime.floorDiv(localStart - origin + step - 1, step) * step
        var ticks: [TimeTick] = []
        while t <= localEnd {
            let civil = CivilTime(localSeconds: t)
            let midnight = civil.hour == 0 && civil.minute == 0
            let label: String
            if step >= 86_400 || (crossesDays && midnight) {
                label = civil.monthDay
            } else if crossesDays && ticks.isEmpty {
                label = civil.monthDay + " " + civil.hhmm
            } else {
                label = civil.hhmm
            }
            let date = Date(timeIntervalSince1970: Double(t - utcOffsetSeconds))
            ticks.append(TimeTick(date: date, label: label, isDayBoundary: midnight))
            t += step
        }
        return ticks
    }
}
