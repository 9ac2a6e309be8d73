import Foundation

extension TimeAxis {
    /// Ticks for every segment, about one per `pixelsPerTick`, labelled in local
    /// time. A tick carries its date ("Oct 2 06:00", or "Oct 2" at midnight)
    /// whenever its day differs from the previous tick's, and the first tick does
    /// when the axis crosses days; a segment too narrow for a nice tick gets one
    /// at its middle, so every busy stretch is anchored in time.
    public func ticks(pixelsPerTick: Double = 80) -> [TimeTick] {
        var raw: [Date] = []
        var midnight: [Bool] = []
        for s in segments {
            let count = max(1, Int((s.x1 - s.x0) / pixelsPerTick))
            let inner = TimeScale(start: s.start, end: s.end, range: (s.x0, s.x1), utcOffsetSeconds: utcOffsetSeconds)
                .ticks(maxTicks: max(2, count))
            if inner.isEmpty {
                let mid = Date(timeIntervalSince1970: (s.start.timeIntervalSince1970 + s.end.timeIntervalSince1970) / 2)
                let whole = Date(timeIntervalSince1970: (mid.timeIntervalSince1970 / 60).rounded() * 60)
                raw.append(whole)
                midnight.append(false)
            } else {
                raw += inner.map(\.date)
                midnight += inner.map(\.isDayBoundary)
            }
        }
        let first = CivilTime(segments.first?.start ?? Date(timeIntervalSince1970: 0), utcOffsetSeconds: utcOffsetSeconds)
        let last = CivilTime(segments.last?.end ?? Date(timeIntervalSince1970: 0), utcOffsetSeconds: utcOffsetSeconds)
        let crossesDays = first.dayKey != last.dayKey
        var previousDay: Int?
        return zip(raw, midnight).map { date, isMidnight in
            let civil = CivilTime(date, utcOffsetSeconds: utcOffsetSeconds)
            let newDay = previousDay.map { $0 != civil.dayKey } ?? crossesDays
            previousDay = civil.dayKey
            let label = !newDay ? civil.hhmm : (isMidnight ? civil.monthDay : civil.monthDay + " " + civil.hhmm)
            return TimeTick(date: date, label: label, isDayBoundary: isMidnight)
        }
    }
}
