import Foundation

/// Document-wide statements of the time zone: "All times in PST",
/// "(all times UTC)", "Timezone: [GMT+2]", "All times in CET (GMT+1)",
/// "*(All times US/Pacific, 24-hour clock.)*".
enum ZoneStatement {
    // IANA names first, so "US/Pacific" is not read as "US".
    static let token = #"([A-Z][A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?|(?:UTC|GMT)\s?[+\-\u2212]\s?\d{1,2}(?::?\d{2})?|[A-Z]{2,5}(?![A-Za-z])|\+UTC)"#
    static let regex = try! NSRegularExpression(pattern:
        #"(?i:all\s+times?\s+(?:are\s+|is\s+|shown\s+|given\s+|listed\s+)?(?:in\s+)?(?:the\s+)?|times?\s+(?:are\s+|is\s+)?(?:in|shown\s+in|given\s+in)\s+|time\s*-?\s*zone\s*(?:is|:|=|-)?\s*|tz\s*:\s*)[\[(\s]*"# + token)

    /// The zone a line states for the whole document, with its text.
    static func find(in line: String) -> (spec: ZoneSpec, name: String)? {
        let ns = line as NSString
        for match in regex.matches(in: line, range: NSRange(location: 0, length: ns.length)) {
            let name = ns.substring(with: match.range(at: 1))
            if let spec = TimeZoneTable.parse(name) { return (spec, name) }
        }
        return nil
    }
}
