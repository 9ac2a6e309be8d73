import DebriefModel
import Foundation

extension ReadingContext {
    /// Zones whose writers may put the month first in `05/04/2020`: the United
    /// States' and Canada's abbreviations and regions. UTC and bare offsets say nothing about the writer.
    static let monthFirstZoneNames: Set<String> = [
        "PST", "PDT", "PT", "MST", "MDT", "MT", "CST", "CDT", "CT", "EST", "EDT", "ET",
        "AKST", "AKDT", "HST", "PACIFIC", "EASTERN",
    ]
    static let monthFirstRegions: Set<String> = [
        "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
        "America/Anchorage", "America/Detroit", "America/Boise", "America/Toronto", "America/Vancouver",
        "America/Edmonton", "America/Winnipeg", "America/Halifax", "Pacific/Honolulu",
    ]
    static let neutralZoneNames: Set<String> = ["UTC", "Z", "ZULU"]

    /// How a document written in `name` most likely orders day and month in
    /// numeric dates, or nil when the zone says nothing (UTC, bare North American
    /// offsets: keep `auto`, which reads slash dates month first and dashed or dotted
    /// ones day first). A US or Canadian zone name: month first ("03-10-2017" in PT is
    /// March 10). Outside the Americas, day first.
    static func zoneDateOrder(name: String, spec: ZoneSpec) -> DateOrder? {
        let trimmed = name.trimmingCharacters(in: CharacterSet(charactersIn: " ()[]*_,.:"))
        let upper = trimmed.uppercased()
        if neutralZoneNames.contains(upper) { return nil }
        if monthFirstZoneNames.contains(upper) || upper.hasPrefix("US/") { return .monthFirst }
        switch spec {
        case .region(let identifier):
            if monthFirstRegions.contains(identifier) || identifier.hasPrefix("US/") || identifier.hasPrefix("Canada/") { return .monthFirst }
            if identifier == "UTC" || identifier == "GMT" { return nil }
            return .dayFirst
        case .fixed(let seconds):
            // UTC±0 written as "UTC" stays neutral (above); "GMT" is British usage.
            if seconds == 0 { return upper.hasPrefix("GMT") ? .dayFirst : nil }
            // North American offsets written as numbers could be either.
            if (-10 * 3600)...(-4 * 3600) ~= seconds { return nil }
            return .dayFirst
        }
    }

    /// The order under which the document's numeric dates lie closest together, when that
    /// settles it: "11-10-2023 23:03 to 01:02 on 12-10-2023" is two days apart read day
    /// first and two months apart read month first. Nil with fewer than two dates, none
    /// ambiguous, or a tie; the zone may decide then.
    static func spanDateOrder(_ lines: [String]) -> DateOrder? {
        var monthFirst: [Int] = [], dayFirst: [Int] = [], ambiguous = false
        for line in lines where line.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") }) {
            for match in DateScanner.dates(in: line, order: .monthFirst) {
                monthFirst.append(match.date.daysSinceEpoch)
                dayFirst.append((match.alternative ?? match.date).daysSinceEpoch)
                if match.alternative != nil { ambiguous = true }
            }
        }
        guard ambiguous, monthFirst.count >= 2 else { return nil }
        let spanMonthFirst = monthFirst.max()! - monthFirst.min()!, spanDayFirst = dayFirst.max()! - dayFirst.min()!
        if spanMonthFirst == spanDayFirst { return nil }
        return spanMonthFirst < spanDayFirst ? .monthFirst : .dayFirst
    }
}
