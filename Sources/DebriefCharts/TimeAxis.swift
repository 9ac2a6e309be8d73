import Foundation

/// A time axis that compresses long quiet gaps into marked breaks, so the busy
/// stretches of an incident keep their width whether it lasted minutes or days.
///
/// The axis is piecewise linear: each busy segment maps its own time span onto
/// a share of the width (proportional to its duration, with a floor), and each
/// break takes a fixed ``breakWidth``. Without breaks it is a plain linear axis.
public struct TimeAxis: Sendable, Equatable {
    /// One stretch of time drawn linearly.
    public struct Segment: Sendable, Equatable {
        public var start: Date, end: Date
        public var x0: Double, x1: Double
    }

    /// One compressed gap between two segments.
    public struct Break: Sendable, Equatable {
        /// The quiet time left out, from the end of one segment to the start of the next.
        public var from: Date, to: Date
        /// Pixel extent of the break mark.
        public var x0: Double, x1: Double
        public var seconds: Double { to.timeIntervalSince(from) }
    }

    public private(set) var segments: [Segment]
    public private(set) var breaks: [Break]
    /// Local time = UTC + this offset; used for tick alignment and labels.
    public var utcOffsetSeconds: Int

    /// Pixel width given to each break.
    public static let breakWidth = 34.0
    /// No segment is drawn narrower than this, so a lone event still has room.
    public static let minimumSegmentWidth = 44.0
    /// Gaps shorter than this are never compressed (a quiet half hour is part of the story).
    public static let minimumBreak = 3600.0
    /// At most this many breaks; the longest gaps are compressed first.
    public static let maxBreaks = 4

    /// An axis over `times` (any order) drawn on `range`, with gaps compressed
    /// when they are at least an hour and at least `gapShare` of the whole span.
    /// A span shorter than `minimumSpan` is widened around its middle.
    public init(times: [Date], range: (Double, Double), utcOffsetSeconds: Int, minimumSpan: Double = 600,
                gapShare: Double = 0.2) {
        self.utcOffsetSeconds = utcOffsetSeconds
        let sorted = Array(Set(times.map(\.timeIntervalSince1970).filter(\.isFinite))).sorted()
        var lo = sorted.first ?? 0, hi = sorted.last ?? 0
        if hi - lo < minimumSpan {
            let mid = (lo + hi) / 2
            (lo, hi) = (mid - minimumSpan / 2, mid + minimumSpan / 2)
        }
        let span = hi - lo
        let threshold = max(Self.minimumBreak, span * gapShare)
        var candidates: [(from: Double, to: Double)] = []
        for (a, b) in zip(sorted, sorted.dropFirst()) where b - a >= threshold { candidates.append((a, b)) }
        // The longest gaps first (earlier first among equals), then back in time order.
        candidates.sort { l, r in l.to - l.from != r.to - r.from ? l.to - l.from > r.to - r.from : l.from < r.from }
        let gaps = candidates.prefix(Self.maxBreaks).sorted { $0.from < $1.from }
        // Busy stretches between the breaks, each padded a little so edge markers are not cut.
        var bounds: [(Double, Double)] = []
        var cursor = lo
        for gap in gaps { bounds.append((cursor, gap.from)); cursor = gap.to }
        bounds.append((cursor, hi))
        let padded = bounds.map { b -> (Double, Double) in
            let pad = max((b.1 - b.0) * 0.03, min(span * 0.03, 300))
            return (b.0 - pad, b.1 + pad)
        }
        let available = max(range.1 - range.0 - Double(gaps.count) * Self.breakWidth, 1)
        let floor = min(Self.minimumSegmentWidth, available / Double(padded.count))
        let total = padded.reduce(0) { $0 + ($1.1 - $1.0) }
        var x = range.0
        var segments: [Segment] = [], breaks: [Break] = []
        for (i, b) in padded.enumerated() {
            let share = total > 0 ? (b.1 - b.0) / total : 1 / Double(padded.count)
            let width = floor + (available - floor * Double(padded.count)) * share
            segments.append(Segment(start: Date(timeIntervalSince1970: b.0), end: Date(timeIntervalSince1970: b.1),
                                    x0: x, x1: x + width))
            x += width
            if i < padded.count - 1 {
                breaks.append(Break(from: Date(timeIntervalSince1970: b.1), to: Date(timeIntervalSince1970: padded[i + 1].0),
                                    x0: x, x1: x + Self.breakWidth))
                x += Self.breakWidth
            }
        }
        self.segments = segments
        self.breaks = breaks
    }

    public var rangeStart: Double { segments.first?.x0 ?? 0 }
    public var rangeEnd: Double { segments.last?.x1 ?? 0 }

    /// Pixel position of `date`: linear inside a segment, and across a break's
    /// width for an instant inside the gap (a phase band that spans it).
    public func callAsFunction(_ date: Date) -> Double {
        let t = date.timeIntervalSince1970
        var knots: [(t: Double, x: Double)] = []
        for s in segments { knots += [(s.start.timeIntervalSince1970, s.x0), (s.end.timeIntervalSince1970, s.x1)] }
        guard let first = knots.first, let last = knots.last else { return 0 }
        if t <= first.t { return LinearScale(domain: (first.t, knots[1].t), range: (first.x, knots[1].x))(t) }
        if t >= last.t { return LinearScale(domain: (knots[knots.count - 2].t, last.t), range: (knots[knots.count - 2].x, last.x))(t) }
        let i = knots.lastIndex { $0.t <= t } ?? 0
        let a = knots[i], b = knots[min(i + 1, knots.count - 1)]
        return b.t > a.t ? a.x + (t - a.t) / (b.t - a.t) * (b.x - a.x) : a.x
    }
}
