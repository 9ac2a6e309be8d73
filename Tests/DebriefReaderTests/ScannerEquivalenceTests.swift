import DebriefModel
import Foundation
import Testing
@testable import DebriefReader

/// The hand-written clock and date scanners (issue 9) find exactly what the regular expressions
/// they replaced found (kept in `Reference/`): every group of every match, and every reading, on
/// many random lines from an alphabet that stresses the patterns, on lines in our own words, and
/// with every code point classed as ICU classes it.
@Suite("Clock and date scanners agree with the patterns they replaced")
struct ScannerEquivalenceTests {
    /// SplitMix64: the same lines on every run and every machine.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let figures = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "12", "07", "59", "24", "00", "30", "45", "2024", "1999"]
    static let marks = [":", ":", ".", ",", "-", "/", " ", " ", "  ", "\t", "~", "(", ")", "+", "\u{2212}", "\u{2013}", "\u{2014}", "_", "h"]
    static let letters = ["a", "p", "m", "A", "P", "M", "s", "t", "n", "d", "r", "o", "f", "e", "x", "T", "Z", "am", "pm", "a.m.", "p.m.", "AM", "PM", "a.", "p.m"]
    static let words = [
        "UTC", "GMT", "PST", "CEST", "EAT", "IST", "Z", "ABCDEF", "DB", "Europe/Berlin", "America/Argentina/Buenos_Aires", "Etc/GMT", "Foo/",
        "approx", "approximately", "approx.", "about", "around", "roughly", "ABOUT", "Around", "APPROX", "aroundx",
        "Jan", "January", "feb", "Mar", "March", "Apr", "April", "May", "may", "June", "Jun", "Jul", "July", "Aug", "August", "Sep", "Sept",
        "September", "Oct", "Nov", "Dec", "DECEMBER", "Mon", "Monday", "Tue", "Tues", "Tuesday", "Wed", "Wednesday", "Thu", "Thur", "Thurs",
        "Thursday", "Fri", "Sat", "Saturday", "Sun", "the", "of", "st", "nd", "rd", "th",
    ]
    /// Characters where Unicode and ICU's classes part from ASCII: letters beyond ASCII, case-folding
    /// letters (ſ, the Kelvin sign, ligatures), figures of other scripts (one a surrogate pair),
    /// spaces, combining marks and format characters, emoji.
    static let exotic = [
        "é", "\u{17F}", "\u{212A}", "\u{FB06}", "\u{FB05}", "ß", "İ", "ü", "😀", "١", "٢", "\u{1D7D8}", "\u{00A0}", "\u{202F}",
        "\u{2009}", "\u{0085}", "\u{0301}", "\u{200D}", "\u{200B}", "\u{FE0F}", "日", "Ł", "ǅ", "Ⅻ", "²",
    ]

    /// Something close to a clock or a date, for the pieces around it to bend: "7:05", "23:59:60.5",
    /// "2024-7-15", "15/07/24".
    static func near(_ random: inout Seeded) -> String {
        func figures(_ range: ClosedRange<Int>, _ width: Int) -> String {
            let value = String(Int.random(in: range, using: &random))
            return Bool.random(using: &random) ? String(repeating: "0", count: max(0, width - value.count)) + value : value
        }
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return figures(0...25, 2) + ":" + figures(0...61, 2)
        case 1: return figures(0...25, 2) + ":" + figures(0...61, 2) + ":" + figures(0...61, 2) + [".", ","].randomElement(using: &random)! + figures(0...9999999, 1)
        case 2: return figures(1990...2030, 4) + ["-", "/"].randomElement(using: &random)! + figures(0...13, 2) + ["-", "/"].randomElement(using: &random)! + figures(0...32, 2)
        default:
            let mark = ["-", "/", "."].randomElement(using: &random)!
            return figures(0...32, 2) + mark + figures(0...32, 2) + mark + figures(0...2030, 2)
        }
    }

    /// A random line of 1 to 24 pieces, most of them figures and marks.
    static func line(_ random: inout Seeded) -> String {
        let kinds: [(weight: Int, pieces: [String])] = [(30, figures), (28, marks), (12, letters), (15, words), (7, exotic)]
        var text = ""
        for _ in 0..<Int.random(in: 1...24, using: &random) {
            var pick = Int.random(in: 0..<100, using: &random)
            guard pick < 92 else { text += near(&random); continue }
            for kind in kinds {
                if pick < kind.weight { text += kind.pieces.randomElement(using: &random)!; break }
                pick -= kind.weight
            }
        }
        return text
    }

    static func groups(_ match: NSTextCheckingResult) -> [NSRange] { (0..<match.numberOfRanges).map(match.range(at:)) }

    /// What differs between the clock scanner and its pattern on `text`, or nil.
    static func clockDifference(_ text: String) -> String? {
        let scanner = TimeScanner.matches(in: ScanText(text)).map(\.ranges)
        let pattern = RegexTimeScanner.matches(in: text).map(groups)
        if scanner != pattern { return "clock groups of \(text.debugDescription): \(scanner) != \(pattern)" }
        let expected = RegexTimeScanner.times(in: text)
        if TimeScanner.scan(text) != expected || TimeScanner.times(in: text) != expected {
            return "clock readings of \(text.debugDescription): \(TimeScanner.scan(text)) != \(expected)"
        }
        return nil
    }

    static var datePairs: [(DateScanner.DateScan, KeyPath<DateScanner.Starts, [Int]>, NSRegularExpression, Int)] {
        [(DateScanner.isoDate, \.figures, RegexDateScanner.isoRegex, 3), (DateScanner.numericDate, \.figures, RegexDateScanner.numericRegex, 4),
         (DateScanner.monthFirstDate, \.letters, RegexDateScanner.monthFirstRegex, 3), (DateScanner.dayFirstDate, \.figures, RegexDateScanner.dayFirstRegex, 4)]
    }

    /// What differs between the date scanners and their patterns on `text`, or nil.
    static func dateDifference(_ text: String, order: DateOrder) -> String? {
        let whole = NSRange(location: 0, length: (text as NSString).length)
        for (index, (scanner, start, regex, count)) in datePairs.enumerated() {
            let line = ScanText(text)
            let found = DateScanner.matches(in: line, scanner, at: DateScanner.Starts(line)[keyPath: start]).map { $0.ranges(count) }
            let expected = regex.matches(in: text, range: whole).map(groups)
            if found != expected { return "date pattern \(index) on \(text.debugDescription): \(found) != \(expected)" }
        }
        let expected = RegexDateScanner.dates(in: text, order: order)
        if DateScanner.scan(text, order: order, marks: .all) != expected || DateScanner.dates(in: text, order: order) != expected {
            return "date readings of \(text.debugDescription) (\(order)): \(DateScanner.dates(in: text, order: order)) != \(expected)"
        }
        return nil
    }

    static let randomLines = 30_000

    @Test("random lines: the same clock matches, groups and readings")
    func randomClocks() {
        var random = Seeded(state: 9)
        var differences: [String] = [], found = 0
        for _ in 0..<Self.randomLines {
            let text = Self.line(&random)
            if !RegexTimeScanner.times(in: text).isEmpty { found += 1 }
            if let difference = Self.clockDifference(text) { differences.append(difference) }
        }
        #expect(differences.isEmpty, "\(differences.count) lines differ, first: \(differences.prefix(5))")
        // The alphabet is worth something only if many lines hold a clock.
        #expect(found > Self.randomLines / 6, "only \(found) lines with a clock")
        print("clock scanner: \(Self.randomLines) random lines, \(found) with a clock, \(differences.count) differing")
    }

    @Test("random lines: the same date matches, groups and readings, in each date order")
    func randomDates() {
        var random = Seeded(state: 42)
        var differences: [String] = [], found = 0
        for index in 0..<Self.randomLines {
            let text = Self.line(&random)
            let order = DateOrder.allCases[index % DateOrder.allCases.count]
            if !RegexDateScanner.dates(in: text, order: order).isEmpty { found += 1 }
            if let difference = Self.dateDifference(text, order: order) { differences.append(difference) }
        }
        #expect(differences.isEmpty, "\(differences.count) lines differ, first: \(differences.prefix(5))")
        #expect(found > Self.randomLines / 20, "only \(found) lines with a date")
        print("date scanners: \(Self.randomLines) random lines, \(found) with a date, \(differences.count) differing")
    }

    /// Lines in our own words where the patterns backtrack, look around, or meet Unicode.
    static let table = [
        "paged at 3:07am, acked 3:09 AM (PST), fixed 3.40 PM", "roughly 4pm the queue drained", "around 4-30 pm", "approximately  7 43",
        "approx. 11:02", "APPROXIMATELY 9:15", "approxx 9:15", "~ 09:30 and ~9:31", "~  9:32", "at 12:34:567 nothing", "12:34:56.1234567",
        "16:05:57.123-07:00 deploy", "16:05:57,5-07:00", "16:05:57.12-07:00", "10:00:00 +0530 and 10:00:00+05:30", "noon (+0545) and (−0100)",
        "09:00 UTC+5:30", "09:00 GMT - 3", "09:00 UTC−0530", "09:00+UTC", "09:00 Z", "09:00 Zulu", "09:00 ZZ", "09:00 ABCDEF", "09:00 ABCDE/",
        "09:00 Europe/Berlin)", "09:00 (America/Argentina/Buenos_Aires)", "09:00, PST) then", "09:00 , CEST )", "09:00, nope)", "10:55 DB failover",
        "8.40am", "8.40 a.m.", "8.40 a.mx", "8.40 AMX", "8.40 AMEX", "8.40 CET", "8.40\u{0301} AM", "14h05", "14 h05", "4 : 05", "4 :05 ", "9:06a",
        "9:06ax", "9:06 p.m.5", "9:06 p.m5", "12:00 p.m.", "24:00", "24:01", "0:30 am", "13:00 pm", "4pm", "4 p", "4a.m.", "1/2 4:05", "v2.4:05",
        "١٢:٣٠", "12:\u{1D7D8}\u{1D7D8}", "12:30\u{00A0}PM", "12:30\u{202F}PM", "12:30\u{200B}pm", "12:30 p\u{0301}m", "12:30 pm\u{0301}", "12:30 am\u{17F}",
        "12:30 a\u{212A}", "12:30 PST\u{0301}", "12:30 PSTé", "9:30 ab", "9:30 a b", "😀12:30😀",
        "on 2024-07-15 and 2024/7/5", "2024-07-155", "1/2024-07-15", "05/04/2020 and 5.4.20 and 5-4-2020", "05/04-2020", "05/04/202", "05/04/20201",
        "05/04/2020/1", "12:05/04/2020", "Feb 20 2018", "January23, 2021", "Monday, May the 4th, 2020", "Tuesday May 4", "Tues, May 4", "Tueday May 4",
        "Thursday, June 3rd", "18th April 2021", "18 of April, 2021", "21-Aug-2024", "Aug-27-2021", "Apr 03", "apr. 3", "Sept. 3rd", "Septhe 3", "Junthe 4",
        "May 4 users", "may 4 2024", "in May 4", "Jan 3 – 5th, 2024", "Jan 3—5", "Jan 3 - 5: later", "Jan 3:", "Jan 34", "March 3 20201", "Mar 3rd:",
        "\u{17F}ep 3", "Augu\u{FB06} 4", "4\u{FB06} May", "Tue\u{17F}day, May 4", "\u{212A}May 4", "éMay 4", "May ١", "4 May\u{1D7D8}", "3rd of MAY 2020",
    ]

    @Test("lines in our own words", arguments: table)
    func ownWords(text: String) {
        #expect(Self.clockDifference(text) == nil)
        for order in DateOrder.allCases { #expect(Self.dateDifference(text, order: order) == nil) }
    }

    @Test("a few readings spelled out")
    func spelledOut() {
        let clocks = TimeScanner.times(in: "roughly 4-30 pm, then 16:05:57.1234567 and 9:06 p.m.5")
        #expect(clocks.map(\.time) == [ClockTime(hour: 16, minute: 0), ClockTime(hour: 16, minute: 5, second: 57), ClockTime(hour: 21, minute: 6)])
        #expect(clocks.first?.approximate == true)
        #expect(TimeScanner.times(in: "10:55 DB failover").first?.range == NSRange(location: 0, length: 5))
        #expect(DateScanner.dates(in: "Septhe 3").first?.date == LocalDate(validYear: 2000, month: 9, day: 3))
    }

    /// Every code point, classed by the scanners' `ScanClass` and by ICU's pattern classes.
    @Test("every code point in the same classes as ICU's")
    func classes() throws {
        let values = (0...0x10FFFF).filter { !(0xD800...0xDFFF).contains($0) }
        let text = String(String.UnicodeScalarView(values.map { Unicode.Scalar(UInt32($0))! }))
        let units = Array(text.utf16)
        func members(_ pattern: String) throws -> Set<UInt32> {
            let regex = try NSRegularExpression(pattern: pattern)
            return Set(regex.matches(in: text, range: NSRange(location: 0, length: units.count)).map {
                ScanText(String(decoding: units[$0.range.location..<$0.range.location + $0.range.length], as: UTF16.self)).scalar(at: 0)!.value
            })
        }
        let all = values.map(UInt32.init)
        for (pattern, test) in [
            (#"\d"#, ScanClass.isDigit), (#"\s"#, ScanClass.isSpace), (#"\w"#, ScanClass.isWord),
            (#"[\p{Grapheme_Extend}\p{Cf}]"#, ScanClass.isExtendOrFormat), ("[A-Za-z]", ScanClass.isLetter),
            ("(?i)[A-Za-z]", { ScanClass.isLetter($0) || $0 == 0x17F || $0 == 0x212A }),
        ] as [(String, (UInt32) -> Bool)] {
            let icu = try members(pattern)
            let differing = all.filter { test($0) != icu.contains($0) }
            #expect(differing.isEmpty, "\(pattern): \(differing.prefix(20).map { String($0, radix: 16) })")
        }
    }
}
