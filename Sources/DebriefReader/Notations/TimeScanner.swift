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
///
/// A hand-written scanner (`TimeScanner+Clock.swift`, `TimeScanner+Zone.swift`) that finds what
/// the regular expression it replaced (issue 9: the reader must not run one per entry) found, on
/// every input: the pattern is kept in the tests, which hold the two to the same answers.
public enum TimeScanner {
    /// False when `text` cannot hold a clock, so the scanner need not run (most lines): every clock
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

    /// Lines scanned already: the reader's passes over a document scan many lines more than once.
    static let memo = Memo<String, [ClockMatch]>(capacity: 20_000)

    /// Every clock time in `text`, in order.
    public static func times(in text: String) -> [ClockMatch] {
        guard mayHoldClock(text) else { return [] }
        // ASCII lines only: a memo's key is equal to canonically equivalent text (see `Memo`).
        return text.utf8.allSatisfy({ $0 < 0x80 }) ? memo.value(for: text, scan) : scan(text)
    }

    static func scan(_ text: String) -> [ClockMatch] {
        let line = ScanText(text)
        var out: [ClockMatch] = []
        for match in matches(in: line) {
            func group(_ range: Range<Int>?) -> String? { range.map(line.string) }
            guard var hour = Int(line.string(match.hour)) else { continue }
            let minuteText = group(match.minute) ?? group(match.dottedMinute)
            let meridiem = group(match.meridiem)?.trimmingBlanks().lowercased().replacingOccurrences(of: ".", with: "")
            // A bare number is a time only with am/pm ("4pm"); "a"/"p" alone need minutes ("9:06a").
            if minuteText == nil && (meridiem == nil || meridiem == "a" || meridiem == "p") { continue }
            let minute = minuteText.flatMap { Int($0) } ?? 0
            let second = group(match.second).flatMap { Int($0) } ?? 0
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
            var end = match.whole.upperBound
            let zoneText = line.string(match.zone)
            if !zoneText.trimmingBlanks().isEmpty {
                zone = ZoneNames.parse(zoneText)
                // Not a zone after all ("10:55 DB failover"): drop it from the match.
                if zone == nil { end = match.zone.lowerBound }
            }
            out.append(ClockMatch(
                range: NSRange(location: match.whole.lowerBound, length: end - match.whole.lowerBound),
                time: ClockTime(hour: hour, minute: minute, second: second),
                zone: zone,
                approximate: match.approximate != nil,
                twelveHour: twelveHour,
                endOfDay: endOfDay
            ))
        }
        return out
    }
}
