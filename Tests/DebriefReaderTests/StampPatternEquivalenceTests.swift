import Foundation
import Testing
@testable import DebriefReader

/// The hand-written pieces of a stamp (issue 9) find exactly what the patterns they replaced
/// found (kept in `Reference/RegexStampPatterns.swift`): every group, anchored at every place a
/// stamp's reading may try them, on random lines and on lines in our own words.
@Suite("Stamp scanners agree with the patterns they replaced")
struct StampPatternEquivalenceTests {
    typealias Seeded = ScannerEquivalenceTests.Seeded

    static let pieces = [
        "T", "T+", "T-", "T\u{2212}", "T + ", "T0", "0", "1", "12", "90", "d", "day", "days", "Day", "DAY", "h", "hr", "hrs", "hour", "hours",
        "m", "min", "minute", "minutes", "s", "next day", "Next Day", "(", ")", "(+1d)", "(+ 2 days)", "to", "until", "till", "TO", "at", "At",
        "on", "around", "about", "approximately", "approx.", "approx", "by", "since", "circa", "ca.", "from", "Mon", "Monday", "Tue", "Tues",
        "Tuesday", "Wed", "Wednesday", "Thu", "Thur", "Thurs", "Thursday", "Fri", "Sat", "Saturday", "Sun", "Sunday", ".", ",", ":", "-",
        "\u{2013}", "\u{2014}", "|", "*", "**", "_", " ", " ", "  ", "\t", "a", "p", "A", "P", "M", "am", "pm", "a.m", "9", "07", "4:05",
        "Resolved", "resolved", "Monitoring", "Investigating", "Identified", "Update", "Updated", "Status Update", "status", "In progress",
        "Postmortem", "Assigned", "Note", "Notified", "Acknowledged", "\u{17F}", "\u{212A}", "ß", "\u{FB01}", "\u{FB06}", "é", "😀", "١",
        "\u{1D7D8}", "\u{00A0}", "\u{0301}", "\u{200D}", "_x", "x",
        // Amounts, to meet the relative clock's units and endings often.
        "T+1m", "T+2min", "T+3minute", "T+1 minute", "T-4minutes", "T+1h", "T+1hour", "T+2 hours", "T+1hr", "T+3hrs", "T-2d", "T+1day",
        "T+2 days", "1d", "2 day", "3h", "4 hr", "5 min", "6 minute", "7m", "8hours",
    ]

    static func line(_ random: inout Seeded) -> String {
        (0..<Int.random(in: 1...14, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    static func groups(_ match: NSTextCheckingResult?) -> [NSRange]? { match.map { m in (0..<m.numberOfRanges).map(m.range(at:)) } }

    /// What differs between the scanners and their patterns on `text`: each anchored pattern at
    /// every code point's offset, and the status-post pattern on the first 40 units.
    static func difference(_ text: String) -> String? { comparison(text).difference }

    static func comparison(_ text: String) -> (difference: String?, matches: Int) {
        let line = ScanText(text)
        let length = line.count
        var offsets: [Int] = []
        var index = 0, matches = 0
        while let (_, next) = line.scalar(at: index) { offsets.append(index); index = next }
        offsets.append(length)
        for (name, regex, scanner) in RegexStampPatterns.anchored {
            for offset in offsets {
                let expected = groups(regex.firstMatch(in: text, options: [.anchored], range: NSRange(location: offset, length: length - offset)))
                let found = scanner(line, offset)?.ranges
                if found != expected { return ("\(name) at \(offset) in \(text.debugDescription): \(String(describing: found)) != \(String(describing: expected))", matches) }
                if found != nil { matches += 1 }
            }
        }
        let expected = groups(RegexStampPatterns.statusPost.firstMatch(in: text, range: NSRange(location: 0, length: min(length, 40))))
        let found = Stamp.statusPost(line)?.ranges
        if found != expected { return ("statusPost in \(text.debugDescription): \(String(describing: found)) != \(String(describing: expected))", matches) }
        return (nil, matches + (found == nil ? 0 : 1))
    }

    static let randomLines = 20_000

    @Test("random lines: the same matches and groups, at every offset")
    func random() {
        var random = Seeded(state: 2024)
        var differences: [String] = [], found = 0
        for _ in 0..<Self.randomLines {
            let text = Self.line(&random)
            let (difference, matches) = Self.comparison(text)
            found += matches
            if let difference { differences.append(difference) }
        }
        #expect(differences.isEmpty, "\(differences.count) lines differ, first: \(differences.prefix(5))")
        #expect(found > Self.randomLines / 2, "only \(found) matches")
        print("stamp scanners: \(Self.randomLines) random lines, \(found) matches at some offset, \(differences.count) differing")
    }

    static let table = [
        "T+0 deploy", "T0: start", "T + 0", "T+0s", "T+4m rollback", "T+1h20m", "T-2d", "T + 90 min", "T\u{2212}1 day 2 hours 3 minutes", "T+5",
        "T+1hour", "T+1hrs", "T+5minute", "T+1 minute", "T+1d2h", "T+1day5", "T+3m:", "T+3m_", "Tuesday 9:30 pm", "Tues. 4pm", "Tuesday, 9.5", "Thurs 07:06 PDT",
        "Mon 16:20 UTC", "Sun 3 p.m.", "Sat 123", "Monday 4 Jan", "Day 2 00:14", "day 12: x", "DAY 3, - 10:00", "day 123", "day 1x", "day 1\u{0301}",
        "at about 10:00", "approx. 10:00", "approximately around 9", "since circa 4pm", "ca. 5", "at", "at\u{00A0}noon", "on  the", " (+1d)", "(+ 2 days)",
        "(+1day)", "(+1 d ays)", "(next day)", "(Next Day)", "(next  day)", " - 10:00", " – 10:00", "—10:00", " to 10:00", "until 9", "till 9", "toward",
        "**Resolved** - 14:52 UTC - This incident is resolved.", "_Monitoring_ | fix", "Update: 11:30", "Status Update - 11:30", "Note: 11:30 is when",
        "In progress — 10:00", "Po\u{FB06}mortem: 10:00", "A\u{DF}igned - 10:00", "Noti\u{FB01}ed: 10:00", "\u{212A}", "Resolved",
        "                                  Resolved - 10:00", "Resolved                                   - 10:00", "Tue\u{17F}day 9:30",
    ]

    @Test("lines in our own words", arguments: table)
    func ownWords(text: String) {
        #expect(Self.difference(text) == nil)
    }
}
