import DebriefModel
import Foundation

/// A clock time found in text.
public struct ClockMatch: Sendable, Equatable {
    /// UTF-16 offsets of the whole match (time, meridiem and attached zone).
    public var range: NSRange
    public var time: ClockTime
    /// The zone written right after the time ("PST", "(UTC)", "GMT+2"), if any.
    public var zone: ZoneSpec?
    /// True for `~16:05` or "approximately 16:05".
    public var approximate: Bool
    /// True when the reading had an explicit am/pm.
    public var twelveHour: Bool
    /// True for `24:00`: midnight at the end of the day, the next day's 00:00.
    public var endOfDay = false
}

extension ClockMatch {
    /// The end of a range written without am/pm takes the start's afternoon:
    /// "from 1:10pm until 1:19" ends at 13:19.
    func inheritingMeridiem(from start: ClockMatch) -> ClockMatch {
        guard !twelveHour, start.twelveHour, start.time.hour >= 12, time.hour >= 1, time.hour < 12 else { return self }
        var copy = self
        copy.time.hour += 12
        return copy.time >= start.time ? copy : self
    }
}

/// Finds clock times as people write them: `07:43`, `7:43 AM`, `1:10pm`,
/// `4: 45 am`, `8.40 AM`, `14:15pm`, `9:06a`, `12:00 p.m.`, `16:05:57`, `4pm`.
public enum TimeScanner {
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

    /// False when `text` cannot hold a clock, so the pattern need not run (most lines): every clock
    /// has an hour in ASCII figures (`Int` reads no others), and in ASCII text the figures are
    /// followed, past figures, dashes and spaces, by `:`, `h`, `.` or the letter of an am/pm.
    static func mayHoldClock(_ text: String) -> Bool {
        var figure = false, ascii = true, followed = false, open = false
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39: figure = true; open = true
            case 0x20, 0x09...0x0D, UInt8(ascii: "-"): break
            case UInt8(ascii: ":"), UInt8(ascii: "h"), UInt8(ascii: "."), UInt8(ascii: "a"), UInt8(ascii: "A"), UInt8(ascii: "p"), UInt8(ascii: "P"):
                if open { followed = true }
                open = false
            case 0x80...: ascii = false; open = false
            default: open = false
            }
        }
        return figure && (followed || !ascii)
    }

    /// `timeRegex.matches(in: text)`. A match can only start where the pattern can: at a `~`, an
    /// "approx", "about", "around" or "roughly" (any case) or an ASCII figure, none of them after a
    /// figure, `:`, `.`, `,` or `/`, or at any character beyond ASCII (a figure of another script);
    /// the pattern is tried there alone (anchored, seeing the text around it) and the scan goes on
    /// after each match, as ICU's full scan does, which tries the whole pattern at every character.
    static func matches(in text: String) -> [NSTextCheckingResult] {
        let units = Array(text.utf16)
        var out: [NSTextCheckingResult] = []
        var position = 0
        for start in units.indices where start >= position && mayStartClock(units, at: start) {
            guard let match = timeRegex.firstMatch(in: text, options: [.anchored, .withTransparentBounds],
                                                   range: NSRange(location: start, length: units.count - start)) else { continue }
            out.append(match)
            position = match.range.location + match.range.length
        }
        return out
    }

    static let approximations = ["approx", "about", "around", "roughly"].map { $0.utf16.map { $0 } }

    /// True when a clock's match may start at UTF-16 offset `start` (see `matches(in:)`).
    static func mayStartClock(_ units: [UInt16], at start: Int) -> Bool {
        let unit = units[start]
        if unit >= 0x80 { return true }
        if start > 0 {
            let before = units[start - 1]
            if (before >= 0x30 && before <= 0x39) || before == 0x3A || before == 0x2E || before == 0x2C || before == 0x2F { return false }
        }
        if (unit >= 0x30 && unit <= 0x39) || unit == 0x7E { return true }
        let lower = unit | 0x20
        guard lower == 0x61 || lower == 0x72 else { return false }
        return approximations.contains { word in
            start + word.count <= units.count && zip(units[start...], word).allSatisfy { $0 | 0x20 == $1 }
        }
    }

    /// Lines scanned already: the reader's passes over a document scan many lines more than once.
    static let memo = Memo<String, [ClockMatch]>(capacity: 20_000)

    /// Every clock time in `text`, in order.
    public static func times(in text: String) -> [ClockMatch] {
        guard mayHoldClock(text) else { return [] }
        // ASCII lines only: a memo's key is equal to canonically equivalent text (see `Memo`).
        return text.utf8.allSatisfy({ $0 < 0x80 }) ? memo.value(for: text, scan) : scan(text)
    }

    static func scan(_ text: String) -> [ClockMatch] {
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
            // A bare number is a time only with am/pm ("4pm"); "a"/"p" alone need minutes ("9:06a").
            if minuteText == nil && (meridiem == nil || meridiem == "a" || meridiem == "p") { continue }
            if minuteText == nil, group(6)?.first == " " { /* "4 pm" */ }
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
                    // "14:15pm": a 24-hour reading with a stray suffix.
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
                    // Not a zone after all ("10:55 DB failover"): drop it from the match.
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
