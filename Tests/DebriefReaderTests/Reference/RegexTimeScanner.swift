import DebriefModel
import Foundation
@testable import DebriefReader

/// The clock pattern as the reader ran it before issue 9 replaced it with a hand-written scanner:
/// kept in the tests only, as the reference the scanner must agree with on every input
/// (`ScannerEquivalenceTests`). A full regex scan, without the gates and the memo in front.
enum RegexTimeScanner {
    static let zonePattern =
        #"(?:(?:\s*,(?=\s*[A-Z][A-Za-z/_+\-0-9]*\s*\)))?\s*\(?\s*(?:(?:UTC|GMT)\s?[+\-\u2212]\s?\d{1,2}(?::?\d{2})?|\+UTC|(?<=\d|\d:\d\d:\d\d\s)[+\u2212](?:0\d|1[0-4]):?(?:00|30|45)(?!\d)|(?<=\()[+\u2212](?:0\d|1[0-4]):?(?:00|30|45)(?=\))|(?<=\d:\d\d:\d\d|\d:\d\d:\d\d[.,]\d|\d:\d\d:\d\d[.,]\d\d\d|\d:\d\d:\d\d[.,]\d\d\d\d\d\d)-\d{2}:\d{2}(?!\d)|(?:UTC|GMT|Z)(?![A-Za-z])|[A-Z]{2,5}(?![A-Za-z/])|[A-Z][A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)\s*\)?)?"#

    static let timeRegex: NSRegularExpression = {
        let pattern =
            #"(?<![\d:.,/])(~\s?|(?i:approx(?:imately|\.)?\s+|about\s+|around\s+|roughly\s+))?"#
            + #"(\d{1,2})(?:(?:\s?:\s?|h)(\d{2})(?::(\d{2})(?:[.,]\d{1,6})?)?|\.(\d{2})(?=\s*(?i:[ap]\.?m\b|[ap]\.m\.)|\s*[A-Z]{2,4}\b))?"#
            + #"(?:-\d{2}(?![\d:.]))?"#
            + #"(\s*(?i:a\.m\.|p\.m\.|am\b|pm\b|a(?![A-Za-z])|p(?![A-Za-z])))?"#
            + #"(?![\d])"#
            + "(" + zonePattern + ")"
        return try! NSRegularExpression(pattern: pattern)
    }()

    /// Every match of the pattern in `text`, as ICU's full scan finds them.
    static func matches(in text: String) -> [NSTextCheckingResult] {
        timeRegex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
    }

    /// What `TimeScanner.times(in:)` answered.
    static func times(in text: String) -> [ClockMatch] {
        let ns = text as NSString
        var out: [ClockMatch] = []
        for match in matches(in: text) {
            func group(_ index: Int) -> String? {
                let range = match.range(at: index)
                return range.location == NSNotFound ? nil : ns.substring(with: range)
            }
            guard let hourText = group(2), var hour = Int(hourText) else { continue }
            let minuteText = group(3) ?? group(5)
            let meridiem = group(6)?.trimmingBlanks().lowercased().replacingOccurrences(of: ".", with: "")
            if minuteText == nil && (meridiem == nil || meridiem == "a" || meridiem == "p") { continue }
            let minute = minuteText.flatMap { Int($0) } ?? 0
            let second = group(4).flatMap { Int($0) } ?? 0
            guard minute < 60, second < 60, hour <= 24 else { continue }
            var twelveHour = false
            if let meridiem, !meridiem.isEmpty {
                if hour >= 1 && hour <= 12 {
                    twelveHour = true
                    if meridiem.hasPrefix("p") && hour != 12 { hour += 12 }
                    if meridiem.hasPrefix("a") && hour == 12 { hour = 0 }
                } else if hour == 0 || hour > 12 {
                } else {
                    continue
                }
            }
            let endOfDay = hour == 24
            if endOfDay { guard minute == 0, second == 0 else { continue }; hour = 0 }
            var zone: ZoneSpec?
            var range = match.range
            if let zoneText = group(7), !zoneText.trimmingBlanks().isEmpty {
                zone = ZoneNames.parse(zoneText)
                if zone == nil {
                    let zoneRange = match.range(at: 7)
                    range = NSRange(location: range.location, length: zoneRange.location - range.location)
                }
            }
            out.append(ClockMatch(
                range: range,
                time: ClockTime(hour: hour, minute: minute, second: second),
                zone: zone,
                approximate: group(1) != nil,
                twelveHour: twelveHour,
                endOfDay: endOfDay
            ))
        }
        return out
    }
}
