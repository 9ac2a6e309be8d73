import DebriefModel
import Foundation

/// A calendar date found in text.
public struct DateMatch: Sendable, Equatable {
    /// UTF-16 offsets of the match.
    public var range: NSRange
    /// The date; for an ambiguous numeric date, the day-first reading is in `alternative`.
    public var date: LocalDate
    /// The other reading of `03/04/2020`-style dates, when both are valid.
    public var alternative: LocalDate?
    /// True when the year was not written ("Apr 03", "August 25th").
    public var yearMissing: Bool
}

/// The order of day and month in numeric dates such as 05/04/2020.
public enum DateOrder: String, Sendable, Codable, CaseIterable {
    /// Month first for `/` dates, day first for `-` and `.` dates.
    case auto
    case dayFirst = "dmy"
    case monthFirst = "mdy"
}

/// Finds dates as people write them: `2024-07-15`, `15-07-2024`, `05/04/2020`,
/// `Feb 20 2018`, `January23, 2021`, `Monday, May the 4th, 2020`,
/// `18th April 2021`, `Aug-27-2021`, `Apr 03`.
///
/// Hand-written scanners (`DateScanner+Numeric.swift`, `DateScanner+Named.swift`) that find
/// what the regular expressions they replaced (issue 9: the reader must not run one per entry)
/// found, on every input: the patterns are kept in the tests, which hold both to the same answers.
public enum DateScanner {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Every date in `text`, in order. `order` settles 05/04/2020-style dates.
    /// A cell that is only a month and day in figures ("11/18", "18.11"), as Date columns
    /// of a table are often written; the year comes from the document.
    static func yearlessNumeric(_ cell: String, order: DateOrder) -> DateMatch? {
        let parts = cell.trimmingBlanks().split(whereSeparator: { "/.-".contains($0) })
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), parts.allSatisfy({ $0.count <= 2 }) else { return nil }
        let slash = cell.contains("/")
        let monthFirst = LocalDate(validYear: 2000, month: a, day: b)
        let dayFirst = LocalDate(validYear: 2000, month: b, day: a)
        let preferMonthFirst = order == .monthFirst || (order == .auto && slash)
        let (first, second) = preferMonthFirst ? (monthFirst, dayFirst) : (dayFirst, monthFirst)
        guard let date = first ?? second else { return nil }
        return DateMatch(range: NSRange(location: 0, length: 0), date: date, alternative: nil, yearMissing: true)
    }

    /// Lines scanned already, with the date order they were read in.
    static let memo = Memo<DateKey, [DateMatch]>(capacity: 20_000)
    struct DateKey: Hashable { var text: String, order: DateOrder }

    public static func dates(in text: String, order: DateOrder = .auto) -> [DateMatch] {
        let marks = DateMarks(text)
        guard marks.figure else { return [] }
        // ASCII lines only: a memo's key is equal to canonically equivalent text (see `Memo`).
        guard marks.ascii else { return scan(text, order: order, marks: marks) }
        return memo.value(for: DateKey(text: text, order: order)) { scan($0.text, order: $0.order, marks: marks) }
    }

    static func scan(_ text: String, order: DateOrder, marks: DateMarks) -> [DateMatch] {
        let line = ScanText(text)
        let starts = Starts(line)
        var out: [DateMatch] = []
        func taken(_ range: NSRange) -> Bool { out.contains { NSIntersectionRange($0.range, range).length > 0 } }
        func string(_ match: DateGroups, _ index: Int) -> String? { match[index].map(line.string) }
        for match in (marks.dashOrSlash ? matches(in: line, isoDate, at: starts.figures) : []) {
            guard let y = Int(string(match, 1)!), let m = Int(string(match, 2)!), let d = Int(string(match, 3)!),
                  let date = LocalDate(validYear: y, month: m, day: d) else { continue }
            out.append(DateMatch(range: match.range, date: date, alternative: nil, yearMissing: false))
        }
        for match in (marks.dashOrSlash || marks.dot ? matches(in: line, numericDate, at: starts.figures) : []) where !taken(match.range) {
            guard let a = Int(string(match, 1)!), let b = Int(string(match, 3)!), var y = Int(string(match, 4)!) else { continue }
            if y < 100 { y += 2000 }
            let separator = string(match, 2)!
            let monthFirst = LocalDate(validYear: y, month: a, day: b)
            let dayFirst = LocalDate(validYear: y, month: b, day: a)
            let preferMonthFirst: Bool
            switch order {
            case .monthFirst: preferMonthFirst = true
            case .dayFirst: preferMonthFirst = false
            case .auto: preferMonthFirst = separator == "/"
            }
            let (first, second) = preferMonthFirst ? (monthFirst, dayFirst) : (dayFirst, monthFirst)
            guard let date = first ?? second else { continue }
            let alternative = (first != nil && second != nil && first != second) ? second : nil
            out.append(DateMatch(range: match.range, date: date, alternative: alternative, yearMissing: false))
        }
        for monthFirst in [true, false] where marks.month {
            for match in matches(in: line, monthFirst ? monthFirstDate : dayFirstDate, at: monthFirst ? starts.letters : starts.figures) where !taken(match.range) {
                let monthText = string(match, monthFirst ? 1 : 2)!.lowercased()
                guard let monthIndex = months.firstIndex(where: { monthText.hasPrefix($0) }),
                      let day = Int(string(match, monthFirst ? 2 : 1)!) else { continue }
                // "21-Aug-2024" keeps its year in a group of its own.
                let yearText = string(match, 3) ?? (monthFirst ? nil : string(match, 4))
                let year = yearText.flatMap { Int($0) } ?? 2000
                guard let date = LocalDate(validYear: year, month: monthIndex + 1, day: day) ?? (yearText == nil ? LocalDate(validYear: 2000, month: monthIndex + 1, day: day) : nil) else { continue }
                // "May 4" inside words like "may 4 users" is too weak without a year or capital.
                if yearText == nil, monthText == "may", string(match, 1)?.first == "m" { continue }
                out.append(DateMatch(range: match.range, date: date, alternative: nil, yearMissing: yearText == nil))
            }
        }
        return out.sorted { $0.range.location < $1.range.location }
    }
}

/// What a text holds that each date pattern needs, found in one pass, so a pattern runs only
/// where it could match: a day in ASCII figures (`Int` reads no others), the `-` or `/` of ISO
/// dates, the `-`, `/` or `.` of numeric ones, and a month's first three letters at a word start
/// (in ASCII text; other text is left to the patterns, whose case folding reaches beyond ASCII).
struct DateMarks {
    var figure = false, dashOrSlash = false, dot = false, month = false, ascii = true

    /// Marks that let every pattern run (to compare a gated scan with the full one).
    static var all: DateMarks {
        var marks = DateMarks("")
        marks.figure = true; marks.dashOrSlash = true; marks.dot = true; marks.month = true
        return marks
    }

    /// "jan" … "dec" as three bytes.
    static let months: [UInt32] = DateScanner.months.map { $0.utf8.reduce(0) { $0 << 8 | UInt32($1) } }

    init(_ text: String) {
        let months = Self.months
        var window: UInt32 = 0 // the last four bytes, letters in lower case
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39: figure = true
            case UInt8(ascii: "-"), UInt8(ascii: "/"): dashOrSlash = true
            case UInt8(ascii: "."): dot = true
            case 0x80...: ascii = false
            default: break
            }
            let lower = byte | 0x20
            window = window << 8 | UInt32(lower)
            guard !month, lower >= 0x61, lower <= 0x7A else { continue }
            let before = window >> 24
            if !(before >= 0x61 && before <= 0x7A), months.contains(window & 0xFF_FFFF) { month = true }
        }
        if !ascii { month = true }
    }
}
