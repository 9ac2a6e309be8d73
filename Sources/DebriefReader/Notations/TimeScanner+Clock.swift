import Foundation

/// One match of the clock scanner: UTF-16 offsets of the whole and of each part, the groups of
/// the pattern it replaced (1 approximate, 2 hour, 3 minute, 4 second, 5 dotted minute,
/// 6 meridiem, 7 zone; the zone's range is empty when none is written).
struct ClockGroups: Equatable {
    var whole: Range<Int>
    var approximate: Range<Int>?
    var hour: Range<Int>
    var minute: Range<Int>?
    var second: Range<Int>?
    var dottedMinute: Range<Int>?
    var meridiem: Range<Int>?
    var zone: Range<Int>

    /// The groups as `NSTextCheckingResult.range(at:)` gives them, 0 to 7.
    var ranges: [NSRange] {
        [whole, approximate, hour, minute, second, dottedMinute, meridiem, zone].map { range in
            range.map { NSRange(location: $0.lowerBound, length: $0.count) } ?? NSRange(location: NSNotFound, length: 0)
        }
    }
}

/// The clock, part by part, in the order the pattern tried its choices: each part calls its
/// continuation with every way it can end, preferred first, and the first way the rest accepts
/// wins, which is how a backtracking regular expression picks its match.
extension TimeScanner {
    /// Every match in `text`, in order: tried at each code point, and after a match from its end.
    static func matches(in text: ScanText) -> [ClockGroups] {
        var out: [ClockGroups] = []
        var index = 0
        while let (value, next) = text.scalar(at: index) {
            // A clock starts with a figure, `~`, or the a/r of "approx", "about", "around", "roughly".
            let lower = value | 0x20
            if ScanClass.isDigit(value) || value == 0x7E || lower == 0x61 || lower == 0x72, let match = match(text, at: index) {
                out.append(match)
                index = match.whole.upperBound
            } else {
                index = next
            }
        }
        return out
    }

    static let approximations: [StaticString] = ["approximately", "approx.", "approx", "about", "around", "roughly"]

    /// The clock starting at `start`, if one does.
    static func match(_ text: ScanText, at start: Int) -> ClockGroups? {
        // Not just after a figure, `:`, `.`, `,` or `/` (inside a number, a date or a version).
        if let (before, _) = text.scalar(before: start),
           ScanClass.isDigit(before) || before == 0x3A || before == 0x2E || before == 0x2C || before == 0x2F { return nil }
        var hourStart = start
        var approximate: Range<Int>?
        if text.unit(start) == 0x7E {
            // `~` and at most one space.
            hourStart = text.space(at: start + 1) ?? start + 1
            approximate = start..<hourStart
        } else if !ScanClass.isDigit(text.scalar(at: start)!.value) {
            // "approx", "approx.", "approximately", "about", "around", "roughly" (any case), then
            // spaces. The words rule each other out, so the first one written is the one.
            guard let end = approximations.lazy.compactMap({ text.folded($0, at: start) }).first(where: { text.space(at: $0) != nil })
            else { return nil }
            hourStart = text.spaces(from: end)
            approximate = start..<hourStart
        }
        var found: ClockGroups?
        _ = text.digits(at: hourStart, 1, 2) { hourEnd in
            var groups = ClockGroups(whole: start..<hourEnd, approximate: approximate, hour: hourStart..<hourEnd, zone: hourEnd..<hourEnd)
            let matched = minutes(text, hourEnd, &groups) { afterMinutes, groups in
                dash(text, afterMinutes) { afterDash in
                    meridiem(text, afterDash, &groups) { end, groups in
                        // No figure right after the clock; then the zone, which may be empty.
                        guard text.digit(at: end) == nil else { return false }
                        groups.zone = end..<zoneEnd(text, from: end)
                        groups.whole = start..<groups.zone.upperBound
                        return true
                    }
                }
            }
            if matched { found = groups }
            return matched
        }
        return found
    }

    /// The minutes after the hour, tried in the pattern's order: `:MM` or `hMM` (with spaces
    /// around the colon), then `:SS` and a fraction of up to six figures; else `.MM` when an
    /// am/pm or a capitalised word follows ("8.40 AM", "14.30 CET"); else none.
    static func minutes(_ text: ScanText, _ at: Int, _ groups: inout ClockGroups,
                        _ next: (Int, inout ClockGroups) -> Bool) -> Bool {
        var afterSeparator: Int?
        let colon = text.space(at: at) ?? at
        if text.unit(colon) == 0x3A {
            afterSeparator = text.space(at: colon + 1) ?? colon + 1
        } else if text.unit(at) == 0x68 { // h
            afterSeparator = at + 1
        }
        if let minuteStart = afterSeparator, let minuteEnd = text.digits(at: minuteStart, exactly: 2) {
            groups.minute = minuteStart..<minuteEnd
            if text.unit(minuteEnd) == 0x3A, let secondEnd = text.digits(at: minuteEnd + 1, exactly: 2) {
                groups.second = minuteEnd + 1..<secondEnd
                let mark = text.unit(secondEnd)
                if mark == 0x2E || mark == 0x2C, text.digits(at: secondEnd + 1, 1, 6, { next($0, &groups) }) { return true }
                if next(secondEnd, &groups) { return true }
                groups.second = nil
            }
            if next(minuteEnd, &groups) { return true }
            groups.minute = nil
        }
        if text.unit(at) == 0x2E, let minuteEnd = text.digits(at: at + 1, exactly: 2), dottedMinuteFollowed(text, minuteEnd) {
            groups.dottedMinute = at + 1..<minuteEnd
            if next(minuteEnd, &groups) { return true }
            groups.dottedMinute = nil
        }
        return next(at, &groups)
    }

    /// After `.MM`: spaces, then an am/pm ("am", "a.m", "a.m.", any case, ending a word) or two
    /// to four capitals ending a word.
    static func dottedMinuteFollowed(_ text: ScanText, _ at: Int) -> Bool {
        let start = text.spaces(from: at)
        let letter = text.lower(start)
        if letter == 0x61 || letter == 0x70 {
            if text.unit(start + 1) == 0x2E, text.lower(start + 2) == 0x6D, text.isWordBoundary(at: start + 3) || text.unit(start + 3) == 0x2E { return true }
            if text.lower(start + 1) == 0x6D, text.isWordBoundary(at: start + 2) { return true }
        }
        var capitals = 0
        while capitals < 4, ScanClass.isUpper(text.unit(start + capitals)) { capitals += 1 }
        return capitals >= 2 && (2...capitals).contains { text.isWordBoundary(at: start + $0) }
    }

    /// An optional `-NN` not followed by a figure, `:` or `.` ("4-30 pm"), tried first.
    static func dash(_ text: ScanText, _ at: Int, _ next: (Int) -> Bool) -> Bool {
        if text.unit(at) == 0x2D, let end = text.digits(at: at + 1, exactly: 2), text.digit(at: end) == nil,
           text.unit(end) != 0x3A, text.unit(end) != 0x2E, next(end) { return true }
        return next(at)
    }

    /// An optional am/pm after spaces, in any case, tried in this order: "a.m.", "am" ending a
    /// word, "a" before no letter (and the same with p).
    static func meridiem(_ text: ScanText, _ at: Int, _ groups: inout ClockGroups,
                         _ next: (Int, inout ClockGroups) -> Bool) -> Bool {
        let start = text.spaces(from: at)
        let letter = text.lower(start)
        if letter == 0x61 || letter == 0x70 {
            var ends: [Int] = []
            if text.unit(start + 1) == 0x2E, text.lower(start + 2) == 0x6D, text.unit(start + 3) == 0x2E { ends.append(start + 4) }
            if text.lower(start + 1) == 0x6D, text.isWordBoundary(at: start + 2) { ends.append(start + 2) }
            if !text.isLetter(at: start + 1, folded: true) { ends.append(start + 1) }
            for end in ends {
                groups.meridiem = at..<end
                if next(end, &groups) { return true }
            }
            groups.meridiem = nil
        }
        return next(at, &groups)
    }
}
