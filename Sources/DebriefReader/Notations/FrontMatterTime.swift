import DebriefModel
import Foundation

/// Reads front matter timestamps: `2024-07-15T07:43:00+02:00`, `2024-07-15 07:43`,
/// `2024-07-15T07:43+0200`, `2024-07-15T05:43:00Z`, or a bare `07:43` on the incident's date.
enum FrontMatterTime {
    static let regex = try! NSRegularExpression(pattern:
        #"^\s*(?:(\d{4})-(\d{1,2})-(\d{1,2})[T\s]+)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+\-]\d{2}:?\d{2}|[+\-]\d{1,2}|[A-Za-z][A-Za-z/_+\-0-9]*)?\s*$"#)

    static func parse(_ text: String, zone: ZoneSpec, defaultDate: LocalDate?) -> Date? {
        let ns = text as NSString
        guard let match = regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        func int(_ index: Int) -> Int? {
            let range = match.range(at: index)
            return range.location == NSNotFound ? nil : Int(ns.substring(with: range))
        }
        let date: LocalDate?
        if let year = int(1), let month = int(2), let day = int(3) {
            date = LocalDate(validYear: year, month: month, day: day)
        } else {
            date = defaultDate
        }
        guard let date, let hour = int(4), let minute = int(5), hour < 24, minute < 60 else { return nil }
        let time = ClockTime(hour: hour, minute: minute, second: int(6) ?? 0)
        var offset = zone.offset(on: date, at: time)
        if match.range(at: 7).location != NSNotFound {
            let suffix = ns.substring(with: match.range(at: 7))
            if suffix == "Z" { offset = 0 } else if let seconds = UTCOffset.parse(suffix) { offset = seconds } else if let spec = TimeZoneTable.parse(suffix) {
                offset = spec.offset(on: date, at: time)
            } else { return nil }
        }
        return date.instant(at: time, offsetSeconds: offset)
    }
}
