/// The intervals taken in one label lane, kept sorted by their left end, largest
/// first, so that "does anything here overlap X" is one binary search.
///
/// That search is exact only when sorting by left end also sorts by right end:
/// true for intervals that never overlap each other (a lane's label texts) and
/// for intervals of one width (leader lines). Labels arrive right to left, so
/// most insertions append at the end.
struct LaneIntervals {
    private(set) var lo: [Double] = []
    private(set) var hi: [Double] = []

    var isEmpty: Bool { lo.isEmpty }

    /// True when some interval `a` has `a.lo < other.hi && other.lo < a.hi`.
    func overlaps(lo otherLo: Double, hi otherHi: Double) -> Bool {
        // Intervals with hi > otherLo form a prefix (hi descends); the last of it has the smallest lo.
        var low = 0, high = hi.count
        while low < high {
            let mid = (low + high) / 2
            if hi[mid] > otherLo { low = mid + 1 } else { high = mid }
        }
        return low > 0 && lo[low - 1] < otherHi
    }

    mutating func insert(lo newLo: Double, hi newHi: Double) {
        // After every interval whose lo is at least newLo.
        var low = 0, high = lo.count
        while low < high {
            let mid = (low + high) / 2
            if lo[mid] >= newLo { low = mid + 1 } else { high = mid }
        }
        lo.insert(newLo, at: low)
        hi.insert(newHi, at: low)
    }
}
