/// The dates with a month's name, in any case ("Feb 20 2018", "Monday, May the 4th, 2020",
/// "18th April 2021", "21-Aug-2024"). Letters compare as `ScanText.folded` does.
extension DateScanner {
    /// The month names, each with its spellings in the order the pattern tried them.
    static let monthWords: [[StaticString]] = [
        ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
        ["july", "jul"], ["august", "aug"], ["september", "sept", "sep"], ["october", "oct"], ["november", "nov"],
        ["december", "dec"],
    ]
    static let weekdayNames: [StaticString] = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
    static let weekdayEndings: [StaticString] = ["day", "nesday", "rsday", "urday"]
    static let ordinals: [StaticString] = ["st", "nd", "rd", "th"]

    /// A month's name at `at`, then an optional `.`: `next` gets the name's end and each place
    /// after it, the dot first.
    static func monthName(_ text: ScanText, _ at: Int, _ next: (_ name: Int, _ end: Int) -> Bool) -> Bool {
        for spellings in monthWords {
            for spelling in spellings {
                guard let name = text.folded(spelling, at: at) else { continue }
                if text.unit(name) == 0x2E, next(name, name + 1) { return true }
                if next(name, name) { return true }
            }
        }
        return false
    }

    /// An optional "st", "nd", "rd" or "th" at `at`, tried first.
    static func ordinal(_ text: ScanText, _ at: Int, _ next: (Int) -> Bool) -> Bool {
        for suffix in ordinals {
            if let end = text.folded(suffix, at: at), next(end) { return true }
        }
        return next(at)
    }

    /// Spaces and dashes (`[\s-]*`), all of them.
    static func spacesOrDashes(_ text: ScanText, _ at: Int) -> Int {
        var index = at
        while true {
            if text.unit(index) == 0x2D { index += 1 } else if let next = text.space(at: index) { index = next } else { return index }
        }
    }

    /// The day after a month-first name: one or two figures, an ordinal, not before a figure or
    /// `:`; then optionally a range's end ("Jan 3 – 5th", en or em dash or `-`) and a year after
    /// a comma or spaces and dashes; and no figure after it all. `next` gets the end, the day's
    /// figures and the year.
    static func dayAndYear(_ text: ScanText, _ at: Int, _ found: (Int, Range<Int>, Range<Int>?) -> Bool) -> Bool {
        func notBeforeFigureOrColon(_ end: Int) -> Bool { text.digit(at: end) == nil && text.unit(end) != 0x3A }
        return text.digits(at: at, 1, 2) { day in
            // The year: after a comma and spaces, or after spaces and dashes, or none.
            func year(_ from: Int) -> Bool {
                if text.unit(from) == 0x2C {
                    let start = text.spaces(from: from + 1)
                    if let end = text.digits(at: start, exactly: 4), text.digit(at: end) == nil, found(end, at..<day, start..<end) { return true }
                }
                let start = spacesOrDashes(text, from)
                if start > from, let end = text.digits(at: start, exactly: 4), text.digit(at: end) == nil, found(end, at..<day, start..<end) { return true }
                return text.digit(at: from) == nil && found(from, at..<day, nil)
            }
            return ordinal(text, day) { end in
                guard notBeforeFigureOrColon(end) else { return false }
                // The end of a range: spaces, an en or em dash or `-`, spaces, a day and an ordinal.
                let dash = text.spaces(from: end)
                if [0x2013, 0x2014, 0x2D].contains(text.unit(dash)),
                   text.digits(at: text.spaces(from: dash + 1), 1, 2, { ordinal(text, $0) { notBeforeFigureOrColon($0) && year($0) } }) {
                    return true
                }
                return year(end)
            }
        }
    }

    /// `Feb 20 2018`, `Monday, May the 4th, 2020`, `Aug-27-2021`, `Apr 03`: not after a letter,
    /// an optional weekday (a name, an ending, a comma, spaces), a month's name and `.`, spaces
    /// and dashes, an optional "the", and `dayAndYear`. (Groups: month, day, year.)
    static func monthFirstDate(_ text: ScanText, _ start: Int) -> DateGroups? {
        guard text.isLetter(at: start, folded: true) else { return nil }
        if let (before, _) = text.scalar(before: start), ScanClass.isFoldedLetter(before) { return nil }
        var found: DateGroups?
        func fromMonth(_ at: Int) -> Bool {
            monthName(text, at) { name, end in
                let dayStart = spacesOrDashes(text, end)
                var starts = [dayStart]
                if let the = text.folded("the", at: dayStart), text.space(at: the) != nil { starts.insert(text.spaces(from: the), at: 0) }
                return starts.contains { day in
                    dayAndYear(text, day) { end, figures, year in
                        found = DateGroups(whole: start..<end, groups: [at..<name, figures, year, nil])
                        return true
                    }
                }
            }
        }
        if weekday(text, start, fromMonth) || fromMonth(start) { return found }
        return nil
    }

    /// A weekday at `at`: a name, an ending, an optional comma and spaces; `next` gets the end.
    static func weekday(_ text: ScanText, _ at: Int, _ next: (Int) -> Bool) -> Bool {
        for name in weekdayNames {
            guard let stem = text.folded(name, at: at) else { continue }
            for end in weekdayEndings.compactMap({ text.folded($0, at: stem) }) + [stem] {
                if text.unit(end) == 0x2C, text.space(at: end + 1) != nil, next(text.spaces(from: end + 1)) { return true }
                if text.space(at: end) != nil, next(text.spaces(from: end)) { return true }
            }
        }
        return false
    }

    /// `18th April 2021`, `4 of July`, `21-Aug-2024`: not after a figure, one or two figures, an
    /// ordinal, spaces (and "of" and spaces) or a dash, a month's name and `.`, then optionally a
    /// year after a comma and spaces, spaces, or a dash; and no figure after it. (Groups: day,
    /// month, year after spaces, year after a dash.)
    static func dayFirstDate(_ text: ScanText, _ start: Int) -> DateGroups? {
        guard text.digit(at: start) != nil else { return nil }
        if let (before, _) = text.scalar(before: start), ScanClass.isDigit(before) { return nil }
        var found: DateGroups?
        _ = text.digits(at: start, 1, 2) { day in
            ordinal(text, day) { end in
                var monthStarts: [Int] = []
                if text.space(at: end) != nil {
                    let afterSpaces = text.spaces(from: end)
                    if let of = text.folded("of", at: afterSpaces), text.space(at: of) != nil { monthStarts.append(text.spaces(from: of)) }
                    monthStarts.append(afterSpaces)
                } else if text.unit(end) == 0x2D {
                    monthStarts.append(end + 1)
                }
                return monthStarts.contains { month in
                    monthName(text, month) { name, end in
                        func finish(_ end: Int, _ spaced: Range<Int>?, _ dashed: Range<Int>?) -> Bool {
                            guard text.digit(at: end) == nil else { return false }
                            found = DateGroups(whole: start..<end, groups: [start..<day, month..<name, spaced, dashed])
                            return true
                        }
                        let comma = text.unit(end) == 0x2C ? end + 1 : end
                        if text.space(at: comma) != nil {
                            let year = text.spaces(from: comma)
                            if let yearEnd = text.digits(at: year, exactly: 4), finish(yearEnd, year..<yearEnd, nil) { return true }
                        }
                        if text.unit(end) == 0x2D, let yearEnd = text.digits(at: end + 1, exactly: 4), finish(yearEnd, nil, end + 1..<yearEnd) { return true }
                        return finish(end, nil, nil)
                    }
                }
            }
        }
        return found
    }
}
