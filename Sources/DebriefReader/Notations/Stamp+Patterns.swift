import Foundation

/// One match of a stamp's pattern: the ranges of the whole (0) and of each group, as
/// `NSTextCheckingResult.range(at:)` gives them (`NSNotFound` for a group that took no part).
struct PatternMatch: Equatable {
    var ranges: [NSRange]
    var range: NSRange { ranges[0] }
    func range(at index: Int) -> NSRange { ranges[index] }

    init(_ whole: Range<Int>, _ groups: [Range<Int>?] = []) {
        ranges = ([whole] + groups).map { range in
            range.map { NSRange(location: $0.lowerBound, length: $0.count) } ?? NSRange(location: NSNotFound, length: 0)
        }
    }
}

/// The pieces of a stamp, read by hand (issue 9) where regular expressions read them before:
/// each finds what its pattern, tried anchored at `at`, found (the patterns are kept in the
/// tests, which hold both to the same answers). Words compare as `ScanText.folded` does.
extension Stamp {
    typealias Pattern = (ScanText, Int) -> PatternMatch?

    /// `\s?` at `at`: the places after it, the space first.
    static func optionalSpace(_ text: ScanText, _ at: Int) -> [Int] {
        text.space(at: at).map { [$0, at] } ?? [at]
    }

    static let prefixWordList: [StaticString] = ["at", "on", "around", "about", "approximately", "approx.", "approx", "by", "since", "from", "circa", "ca."]

    /// "at ", "on ", "around ", "approx. ", "circa "… (any case), one or more, each with spaces.
    static func prefixWords(_ text: ScanText, _ at: Int) -> PatternMatch? {
        var end = at
        while let word = prefixWordList.lazy.compactMap({ text.folded($0, at: end) }).first(where: { text.space(at: $0) != nil }) {
            end = text.spaces(from: word)
        }
        return end > at ? PatternMatch(at..<end) : nil
    }

    static let weekdayNames: [StaticString] = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
    static let weekdayEndings: [StaticString] = ["day", "sday", "nesday", "rsday", "urday"]

    /// "Thurs 07:06", "Mon. 4pm", "Tuesday, 9:30" (any case): a weekday, an ending, `.`, `,` and
    /// spaces, before one or two figures and `:`, `.` and a figure, or an am/pm. (Group: the name.)
    static func weekdayClock(_ text: ScanText, _ at: Int) -> PatternMatch? {
        for name in weekdayNames {
            guard let stem = text.folded(name, at: at) else { continue }
            for ending in weekdayEndings.compactMap({ text.folded($0, at: stem) }) + [stem] {
                for dot in text.unit(ending) == 0x2E ? [ending + 1, ending] : [ending] {
                    for comma in text.unit(dot) == 0x2C ? [dot + 1, dot] : [dot] where text.space(at: comma) != nil {
                        let clock = text.spaces(from: comma)
                        if clockFollows(text, clock) { return PatternMatch(at..<clock, [at..<stem]) }
                    }
                }
            }
        }
        return nil
    }

    /// One or two figures and then `:`, `.` and a figure, or spaces and an am/pm ("a", ".", "m").
    static func clockFollows(_ text: ScanText, _ at: Int) -> Bool {
        text.digits(at: at, 1, 2) { end in
            if text.unit(end) == 0x3A || (text.unit(end) == 0x2E && text.digit(at: end + 1) != nil) { return true }
            let letter = text.spaces(from: end)
            guard text.lower(letter) == 0x61 || text.lower(letter) == 0x70 else { return false }
            return text.lower(letter + 1) == 0x6D || (text.unit(letter + 1) == 0x2E && text.lower(letter + 2) == 0x6D)
        }
    }

    /// "T+0", "T0", "T+4m", "T+1h20m", "T-2d", "T + 90 min", "T−1 day 2 hours": `T`, a space, and
    /// zero (with or without `+`), or a sign and days, hours and minutes, each optional; before
    /// no word character or `:`. (Groups: the zero, the sign, days, hours, minutes.)
    static func relativeClock(_ text: ScanText, _ at: Int) -> PatternMatch? {
        guard text.unit(at) == 0x54 else { return nil } // T
        func free(_ end: Int) -> Bool {
            guard let (value, _) = text.scalar(at: end) else { return true }
            return !ScanClass.isWord(value) && value != 0x3A
        }
        for afterT in optionalSpace(text, at + 1) {
            let zeros = (text.unit(afterT) == 0x2B ? optionalSpace(text, afterT + 1) : []) + [afterT]
            if let zero = zeros.first(where: { text.unit($0) == 0x30 && free($0 + 1) }) {
                return PatternMatch(at..<zero + 1, [zero..<zero + 1, nil, nil, nil, nil])
            }
            guard [0x2B, 0x2D, 0x2212].contains(text.unit(afterT)) else { continue }
            var days: Range<Int>?, hours: Range<Int>?, minutes: Range<Int>?
            var end = afterT
            let found = optionalSpace(text, afterT + 1).contains { start in
                amount(text, start, "d", ["ays", "ay", ""], spaced: true, &days) { next in
                    amount(text, next, "h", ["ours", "our", "rs", "r", ""], spaced: true, &hours) { next in
                        amount(text, next, "m", ["inutes", "inute", "in", ""], spaced: false, &minutes) { next in
                            guard free(next) else { return false }
                            end = next
                            return true
                        }
                    }
                }
            }
            if found { return PatternMatch(at..<end, [nil, afterT..<afterT + 1, days, hours, minutes]) }
        }
        return nil
    }

    /// An optional amount of one unit, tried first: figures, a space, the unit's letter and one of
    /// its `endings` (longest first, as written), and with `spaced` a space after.
    static func amount(_ text: ScanText, _ at: Int, _ letter: StaticString, _ endings: [StaticString], spaced: Bool,
                       _ group: inout Range<Int>?, _ next: (Int) -> Bool) -> Bool {
        if text.digit(at: at) != nil {
            var figures = at
            while let after = text.digit(at: figures) { figures = after }
            for unit in optionalSpace(text, figures) {
                guard let stem = text.literal(letter, at: unit) else { continue }
                for ending in endings.compactMap({ text.literal($0, at: stem) }) {
                    for after in spaced ? optionalSpace(text, ending) : [ending] {
                        group = at..<figures
                        if next(after) { return true }
                    }
                }
            }
            group = nil
        }
        return next(at)
    }

    /// "Day 2 ", "day 12: " (any case): the day's number, ending a word, and spaces, commas,
    /// colons and dashes after it. (Group: the number.)
    static func dayN(_ text: ScanText, _ at: Int) -> PatternMatch? {
        guard let word = text.folded("day", at: at), text.space(at: word) != nil else { return nil }
        let number = text.spaces(from: word)
        for count in [2, 1] {
            guard let figures = text.digits(at: number, exactly: count), text.isWordBoundary(at: figures) else { continue }
            var end = figures
            while true {
                let unit = text.unit(end)
                if unit == 0x2C || unit == 0x3A || unit == 0x2D { end += 1 } else if let next = text.space(at: end) { end = next } else { break }
            }
            return PatternMatch(at..<end, [number..<figures])
        }
        return nil
    }

    /// " (+1d)", "(+ 2 days)", "(next day)" (any case) after a clock. (Groups: the figure, "next day".)
    static func dayMarker(_ text: ScanText, _ at: Int) -> PatternMatch? {
        let open = text.spaces(from: at)
        guard text.unit(open) == 0x28 else { return nil } // (
        if text.unit(open + 1) == 0x2B {
            for figure in optionalSpace(text, open + 2) {
                guard let afterFigure = text.digit(at: figure) else { continue }
                for unit in optionalSpace(text, afterFigure) {
                    for letter in [text.folded("d", at: unit), unit].compactMap({ $0 }) {
                        for end in [text.folded("ays", at: letter), text.folded("ay", at: letter), letter].compactMap({ $0 }) where text.unit(end) == 0x29 {
                            return PatternMatch(at..<end + 1, [figure..<afterFigure, nil])
                        }
                    }
                }
            }
        }
        if let end = text.folded("next day", at: open + 1), text.unit(end) == 0x29 {
            return PatternMatch(at..<end + 1, [nil, open + 1..<end])
        }
        return nil
    }

    /// " - ", "–", "—", " to ", " until ", " till " (any case) between the two clocks of a range.
    static func rangeJoiner(_ text: ScanText, _ at: Int) -> PatternMatch? {
        let start = text.spaces(from: at)
        let dash = text.unit(start)
        let word = text.folded("to", at: start) ?? text.folded("until", at: start) ?? text.folded("till", at: start)
        guard let end = dash == 0x2D || dash == 0x2013 || dash == 0x2014 ? start + 1 : word else { return nil }
        return PatternMatch(at..<text.spaces(from: end))
    }

    /// The labels of status-page posts and log lines, longest first, as the pattern tried them.
    static let statusPostLabels: [[UInt8]] = MilestoneRules.logLineLabels.sorted { $0.count > $1.count }.map { Array($0.utf8) }

    /// "**Resolved** - ", "Update: ", "_Monitoring_ | " (any case) within a line's first 40
    /// units: spaces, `*` and `_`, a label, spaces, `*` and `_`, a separator (`-`, `–`, `—`, `:`,
    /// `|`) and spaces. (Groups: the label, the separator.)
    static func statusPost(_ line: ScanText) -> PatternMatch? {
        let text = ScanText(units: Array(line.units.prefix(40)))
        func decoration(_ at: Int) -> Int {
            var end = at
            while true {
                if text.unit(end) == 0x2A || text.unit(end) == 0x5F { end += 1 } else if let next = text.space(at: end) { end = next } else { return end }
            }
        }
        let start = decoration(0)
        for label in statusPostLabels {
            guard let end = label.withUnsafeBufferPointer({ text.folded($0, at: start) }) else { continue }
            let separator = decoration(end)
            guard [0x2D, 0x2013, 0x2014, 0x3A, 0x7C].contains(text.unit(separator)) else { continue }
            return PatternMatch(0..<text.spaces(from: separator + 1), [start..<end, separator..<separator + 1])
        }
        return nil
    }
}
