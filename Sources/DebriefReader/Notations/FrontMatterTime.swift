import DebriefModel
import Foundation

/// Reads front matter timestamps: `2024-07-15T07:43:00+02:00`, `2024-07-15 07:43`,
/// `2024-07-15T07:43+0200`, `2024-07-15T05:43:00Z`, or a bare `07:43` on the incident's date.
enum FrontMatterTime {
    static let regex = try! NSRegularExpression(pattern:
        #"^\s*(?:(\d{4})-(\d{1,2})-(\d{1,2})[T\s]+)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+\-]\d{2}:?\d{2}|[+\-]\d{1,2}|[A-Za-z][A-Za-z/_+\-0-9]*)?\s*$"#)

    /// A timestamp's parts as written: its date (if any), its clock, and its zone (if any; `Z`,
    /// `+02:00`, `+0200`, a name) with the zone's text.
    struct Reading {
        var date: LocalDate?
        var time: ClockTime
        var zone: (spec: ZoneSpec, text: String)?
    }

    /// The parts of `text`, or nil when it is no timestamp (or names a zone not understood).
    static func read(_ text: String) -> Reading? {
        let ns = text as NSString
        guard let match = regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        func int(_ index: Int) -> Int? {
            let range = match.range(at: index)
            return range.location == NSNotFound ? nil : Int(ns.substring(with: range))
        }
        guard let hour = int(4), let minute = int(5), hour < 24, minute < 60 else { return nil }
        var reading = Reading(date: nil, time: ClockTime(hour: hour, minute: minute, second: int(6) ?? 0))
        if let year = int(1), let month = int(2), let day = int(3) {
            guard let date = LocalDate(validYear: year, month: month, day: day) else { return nil }
            reading.date = date
        }
        if match.range(at: 7).location != NSNotFound {
            let suffix = ns.substring(with: match.range(at: 7))
            if suffix == "Z" { reading.zone = (.fixed(seconds: 0), suffix) } else if let seconds = UTCOffset.parse(suffix) {
                reading.zone = (.fixed(seconds: seconds), suffix)
            } else if let spec = TimeZoneTable.parse(suffix) { reading.zone = (spec, suffix) } else { return nil }
        }
        return reading
    }

    static func parse(_ text: String, zone: ZoneSpec, defaultDate: LocalDate?) -> Date? {
        guard let reading = read(text), let date = reading.date ?? defaultDate else { return nil }
        let spec = reading.zone?.spec ?? zone
        return date.instant(at: reading.time, offsetSeconds: spec.offset(on: date, at: reading.time))
    }
}
