import Foundation

/// A time zone as a document states it: a fixed offset ("GMT+2", "PST" — taken
/// as written, even out of season) or a region whose offset depends on the date
/// ("PT", "US/Pacific", "Europe/Berlin").
public enum ZoneSpec: Hashable, Sendable {
    case fixed(seconds: Int)
    case region(identifier: String)

    /// The UTC offset in force at a local date and clock reading.
    public func offset(on date: LocalDate, at time: ClockTime = ClockTime(hour: 12, minute: 0)) -> Int {
        switch self {
        case .fixed(let seconds):
            return seconds
        case .region(let identifier):
            guard let zone = TimeZone(identifier: identifier) else { return 0 }
            // Guess with the standard offset, then correct once for DST.
            let guess = date.instant(at: time, offsetSeconds: zone.secondsFromGMT(for: date.instant(at: time, offsetSeconds: 0)))
            return zone.secondsFromGMT(for: guess)
        }
    }
}

/// Reading time zone names and offsets as people write them in prose.
public enum TimeZoneTable {
    /// Abbreviations Debrief knows, with the offset they stand for. "PT", "ET",
    /// "CT" and "MT" name regions (DST by date); the others are fixed offsets.
    public static let abbreviations: [String: ZoneSpec] = {
        var table: [String: ZoneSpec] = [:]
        let fixed: [(String, Double)] = [
            ("UTC", 0), ("GMT", 0), ("Z", 0), ("ZULU", 0), ("WET", 0), ("WEST", 1),
            ("BST", 1), ("IST", 5.5), ("CET", 1), ("CEST", 2), ("MET", 1), ("MEST", 2),
            ("EET", 2), ("EEST", 3), ("MSK", 3), ("EAT", 3), ("CAT", 2), ("WAT", 1), ("SAST", 2),
            ("PST", -8), ("PDT", -7), ("MST", -7), ("MDT", -6), ("CST", -6), ("CDT", -5),
            ("EST", -5), ("EDT", -4), ("AKST", -9), ("AKDT", -8), ("HST", -10),
            ("AST", -4), ("ADT", -3), ("NST", -3.5), ("NDT", -2.5), ("BRT", -3), ("ART", -3),
            ("PKT", 5), ("NPT", 5.75), ("ICT", 7), ("WIB", 7), ("SGT", 8), ("HKT", 8), ("AWST", 8),
            ("PHT", 8), ("JST", 9), ("KST", 9), ("ACST", 9.5), ("AEST", 10), ("AEDT", 11),
            ("NZST", 12), ("NZDT", 13), ("WAST", 2), ("GST", 4), // GST: Gulf Standard Time, as written in the Gulf states
        ]
        for (name, hours) in fixed { table[name] = .fixed(seconds: Int(hours * 3600)) }
        let regions: [(String, String)] = [
            ("PT", "America/Los_Angeles"), ("MT", "America/Denver"), ("CT", "America/Chicago"),
            ("ET", "America/New_York"), ("PACIFIC", "America/Los_Angeles"), ("EASTERN", "America/New_York"),
        ]
        for (name, identifier) in regions { table[name] = .region(identifier: identifier) }
        return table
    }()

    /// Long names people write ("Central African Time").
    public static let longNames: [(String, String)] = [
        ("central african time", "CAT"), ("central africa time", "CAT"), ("east africa time", "EAT"),
        ("east african time", "EAT"), ("west africa time", "WAT"), ("west african time", "WAT"),
        ("pacific standard time", "PST"), ("pacific daylight time", "PDT"), ("pacific time", "PT"),
        ("eastern standard time", "EST"), ("eastern daylight time", "EDT"), ("eastern time", "ET"),
        ("central standard time", "CST"), ("central daylight time", "CDT"),
        ("central european summer time", "CEST"), ("central european time", "CET"),
        ("british summer time", "BST"), ("india standard time", "IST"), ("indian standard time", "IST"),
        ("coordinated universal time", "UTC"), ("greenwich mean time", "GMT"),
        ("australian eastern standard time", "AEST"), ("australian eastern daylight time", "AEDT"),
        ("australian central standard time", "ACST"), ("australian western standard time", "AWST"),
        ("new zealand standard time", "NZST"), ("new zealand daylight time", "NZDT"), ("japan standard time", "JST"),
        ("singapore time", "SGT"), ("singapore standard time", "SGT"), ("eastern european time", "EET"),
        ("eastern european summer time", "EEST"), ("western european time", "WET"), ("mountain standard time", "MST"),
        ("mountain daylight time", "MDT"), ("japan time", "JST"), ("korea standard time", "KST"), ("korea time", "KST"),
        ("india time", "IST"), ("hong kong time", "HKT"), ("moscow time", "MSK"),
        ("philippine time", "PHT"), ("indochina time", "ICT"), ("brasilia time", "BRT"), ("argentina time", "ART"),
        ("south africa standard time", "SAST"), ("pakistan standard time", "PKT"), ("nepal time", "NPT"),
        ("us eastern", "ET"), ("us pacific", "PT"), ("us central", "CT"), ("us mountain", "MT"),
        ("eastern", "ET"), ("pacific", "PT"), ("mountain time", "MT"), ("central time", "CT"),
    ]

    /// Parses one zone token: an abbreviation, `UTC+05:30`, `GMT +1`, `UTC-3`,
    /// `+UTC`, `+02:00`, or an IANA name. Prose "GMT+2" means UTC+02:00 (never
    /// the inverted POSIX `Etc/GMT+2`).
    public static func parse(_ token: some StringProtocol) -> ZoneSpec? {
        var text = token.trimmingCharacters(in: CharacterSet(charactersIn: " \t()[]*_,.:"))
        if text.isEmpty { return nil }
        if text.contains("/"), !text.contains(" ") {
            if let zone = TimeZone(identifier: text) { return .region(identifier: zone.identifier) }
            return nil
        }
        if let long = longNames.first(where: { text.lowercased() == $0.0 }) { text = long.1 }
        let upper = text.uppercased()
        if upper == "+UTC" || upper == "UTC+" || upper == "+GMT" { return .fixed(seconds: 0) }
        for base in ["UTC", "GMT", "Z"] where upper.hasPrefix(base) && upper.count > base.count {
            let rest = upper.dropFirst(base.count).trimmingCharacters(in: .whitespaces)
            if let seconds = UTCOffset.parse(rest) { return .fixed(seconds: seconds) }
        }
        if let spec = abbreviations[upper], upper == text || text.count > 1 && text == text.uppercased() {
            return spec
        }
        if let seconds = UTCOffset.parse(upper) { return .fixed(seconds: seconds) }
        return nil
    }
}
