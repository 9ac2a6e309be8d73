import Foundation

/// One match of a date scanner: UTF-16 offsets of the whole and of up to four groups, numbered
/// as in the pattern each scanner replaced.
struct DateGroups: Equatable {
    var whole: Range<Int>
    var groups: [Range<Int>?] = [nil, nil, nil, nil]

    /// Group `index` (1 to 4); 0 is the whole.
    subscript(index: Int) -> Range<Int>? {
        get { index == 0 ? whole : groups[index - 1] }
        set { groups[index - 1] = newValue }
    }

    var range: NSRange { NSRange(location: whole.lowerBound, length: whole.count) }

    /// The groups as `NSTextCheckingResult.range(at:)` gives them, 0 to `count`.
    func ranges(_ count: Int) -> [NSRange] {
        (0...count).map { index in
            self[index].map { NSRange(location: $0.lowerBound, length: $0.count) } ?? NSRange(location: NSNotFound, length: 0)
        }
    }
}

/// The numeric dates. Each scanner is tried at every code point and, after a match, from its
/// end, as a regular expression's scan is; each part tries its choices in the order the pattern
/// it replaced did, so the first way through is that pattern's match.
extension DateScanner {
    typealias DateScan = (ScanText, Int) -> DateGroups?

    /// Where a date scanner can start: where a run of figures starts (the numeric and day-first
    /// patterns), or a run of letters in either case (the month-first pattern), since each looks
    /// behind itself for a figure or a letter; it still does, this only spares it the places
    /// it would refuse.
    struct Starts {
        var figures: [Int] = [], letters: [Int] = []

        init(_ text: ScanText) {
            var index = 0, wasFigure = false, wasLetter = false
            while let (value, next) = text.scalar(at: index) {
                let figure = ScanClass.isDigit(value), letter = ScanClass.isFoldedLetter(value)
                if figure && !wasFigure { figures.append(index) }
                if letter && !wasLetter { letters.append(index) }
                (wasFigure, wasLetter, index) = (figure, letter, next)
            }
        }
    }

    /// Every match of `scanner` in `text` tried at `starts`, in order, each after the last match.
    static func matches(in text: ScanText, _ scanner: DateScan, at starts: [Int]) -> [DateGroups] {
        var out: [DateGroups] = []
        var end = 0
        for start in starts where start >= end {
            guard let match = scanner(text, start) else { continue }
            out.append(match)
            end = match.whole.upperBound
        }
        return out
    }

    /// `2024-07-15`, `2024/7/5`: four figures, `-` or `/`, one or two, `-` or `/`, one or two;
    /// not after a figure, `/`, `.` or `-`, nor before a figure. (Groups: year, month, day.)
    static func isoDate(_ text: ScanText, _ start: Int) -> DateGroups? {
        guard text.digit(at: start) != nil else { return nil }
        if let (before, _) = text.scalar(before: start), ScanClass.isDigit(before) || before == 0x2F || before == 0x2E || before == 0x2D { return nil }
        guard let year = text.digits(at: start, exactly: 4), isDashOrSlash(text.unit(year)) else { return nil }
        var found: DateGroups?
        _ = text.digits(at: year + 1, 1, 2) { month in
            guard isDashOrSlash(text.unit(month)) else { return false }
            return text.digits(at: month + 1, 1, 2) { day in
                guard text.digit(at: day) == nil else { return false }
                found = DateGroups(whole: start..<day, groups: [start..<year, year + 1..<month, month + 1..<day, nil])
                return true
            }
        }
        return found
    }

    static func isDashOrSlash(_ unit: UInt16) -> Bool { unit == 0x2D || unit == 0x2F }

    /// `15-07-2024`, `05/04/2020`, `1.2.24`: one or two figures, a separator (`-`, `/` or `.`),
    /// one or two figures, the same separator, and four figures or two; not after a figure, `/`,
    /// `.`, `:` or `-`, nor before a figure or a separator and a figure. (Groups: first number,
    /// separator, second number, year.)
    static func numericDate(_ text: ScanText, _ start: Int) -> DateGroups? {
        guard text.digit(at: start) != nil else { return nil }
        if let (before, _) = text.scalar(before: start),
           ScanClass.isDigit(before) || before == 0x2F || before == 0x2E || before == 0x3A || before == 0x2D { return nil }
        var found: DateGroups?
        _ = text.digits(at: start, 1, 2) { first in
            let separator = text.unit(first)
            guard separator == 0x2D || separator == 0x2F || separator == 0x2E else { return false }
            return text.digits(at: first + 1, 1, 2) { second in
                guard text.unit(second) == separator else { return false }
                for count in [4, 2] {
                    guard let year = text.digits(at: second + 1, exactly: count), text.digit(at: year) == nil else { continue }
                    let after = text.unit(year)
                    if (after == 0x2D || after == 0x2F || after == 0x2E) && text.digit(at: year + 1) != nil { continue }
                    found = DateGroups(whole: start..<year, groups: [start..<first, first..<first + 1, first + 1..<second, second + 1..<year])
                    return true
                }
                return false
            }
        }
        return found
    }
}
