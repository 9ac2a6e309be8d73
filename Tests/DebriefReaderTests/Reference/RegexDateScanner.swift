import DebriefModel
import Foundation
@testable import DebriefReader

/// The date patterns as the reader ran them before issue 9 replaced them with hand-written
/// scanners: kept in the tests only, as the reference the scanners must agree with on every
/// input (`ScannerEquivalenceTests`). Full regex scans, without the gates and the memo in front.
enum RegexDateScanner {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let monthName = #"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"#
    static let weekday = #"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?,?\s+)?"#

    static let isoRegex = try! NSRegularExpression(pattern: #"(?<![\d/.-])(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d])"#)
    static let numericRegex = try! NSRegularExpression(pattern: #"(?<![\d/.:-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[-/.]\d)"#)
    static let monthFirstRegex = try! NSRegularExpression(
        pattern: "(?<![A-Za-z])" + weekday + monthName + #"(?:[\s-]*(?:the\s+)?)(\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:\s*[–—-]\s*\d{1,2}(?:st|nd|rd|th)?(?![\d:]))?(?:(?:,\s*|[\s-]+)(\d{4}))?(?!\d)"#,
        options: [.caseInsensitive])
    static let dayFirstRegex = try! NSRegularExpression(
        pattern: #"(?<![\d])(\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-)"# + monthName + #"(?:,?\s+(\d{4})|-(\d{4}))?(?![\d])"#,
        options: [.caseInsensitive])

    /// What `DateScanner.dates(in:order:)` answered.
    static func dates(in text: String, order: DateOrder = .auto) -> [DateMatch] {
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var out: [DateMatch] = []
        func taken(_ range: NSRange) -> Bool { out.contains { NSIntersectionRange($0.range, range).length > 0 } }
        func string(_ match: NSTextCheckingResult, _ index: Int) -> String? {
            let range = match.range(at: index)
            return range.location == NSNotFound ? nil : ns.substring(with: range)
        }
        for match in isoRegex.matches(in: text, range: whole) {
            guard let y = Int(string(match, 1)!), let m = Int(string(match, 2)!), let d = Int(string(match, 3)!),
                  let date = LocalDate(validYear: y, month: m, day: d) else { continue }
            out.append(DateMatch(range: match.range, date: date, alternative: nil, yearMissing: false))
        }
        for match in numericRegex.matches(in: text, range: whole) where !taken(match.range) {
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
        for regex in [monthFirstRegex, dayFirstRegex] {
            let monthFirst = regex === monthFirstRegex
            for match in regex.matches(in: text, range: whole) where !taken(match.range) {
                let monthText = string(match, monthFirst ? 1 : 2)!.lowercased()
                guard let monthIndex = months.firstIndex(where: { monthText.hasPrefix($0) }),
                      let day = Int(string(match, monthFirst ? 2 : 1)!) else { continue }
                let yearText = string(match, 3) ?? (monthFirst ? nil : string(match, 4))
                let year = yearText.flatMap { Int($0) } ?? 2000
                guard let date = LocalDate(validYear: year, month: monthIndex + 1, day: day) ?? (yearText == nil ? LocalDate(validYear: 2000, month: monthIndex + 1, day: day) : nil) else { continue }
                if yearText == nil, monthText == "may", string(match, 1)?.first == "m" { continue }
                out.append(DateMatch(range: match.range, date: date, alternative: nil, yearMissing: yearText == nil))
            }
        }
        return out.sorted { $0.range.location < $1.range.location }
    }
}
