import DebriefModel
import Foundation

/// Document-wide statements of the time zone: "All times in PST",
/// "(all times UTC)", "Timezone: [GMT+2]", "All times in CET (GMT+1)",
/// "*(All times US/Pacific, 24-hour clock.)*".
enum ZoneStatement {
    // IANA names first, so "US/Pacific" is not read as "US".
    static let token = #"([A-Z][A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?|(?:UTC|GMT)\s?[+\-\u2212]\s?\d{1,2}(?::?\d{2})?|[A-Z]{2,5}(?![A-Za-z])|\+UTC)"#
    /// The words that announce a statement; the zone follows within a few words.
    static let lead = try! NSRegularExpression(pattern: #"(?i)\b(?:all\s+(?:times?|timestamps?)\s+(?:(?:below|here|above|listed|used|in\s+this\s+(?:document|report|page))\s+)?(?:are\s+|is\s+|shown\s+|given\s+|listed\s+)?(?:in\s+)?(?:the\s+)?|(?:timeline|times?|timestamps?|clock)\s*(?=[\(\[])|(?:times?|timestamps?)\s+(?:(?:below|here|above|shown|used|listed)\s+)?(?:are|is)\s+(?:(?:shown|given|listed)\s+)?(?:in\s+)?(?:the\s+)?|(?:times?|timestamps?)\s+(?:(?:shown|given|listed)\s+)?in\s+(?:the\s+)?|(?:times?|timestamps?)\s*[:=]\s*|time\s*-?\s*zone\s*(?:is|:|=|-)?\s*|tz\s*:\s*)"#)
    /// Zone tokens, long US names first ("US Eastern", "Pacific Time").
    static let tokens = try! NSRegularExpression(pattern: #"(?i:(?:US\s+)?(?:eastern|pacific|central|mountain)(?:\s+time)?)(?![A-Za-z])|"# + token)

    /// False when `lead` cannot match: every lead holds "time", "clock" or "tz" (in any case); checked
    /// on bytes for ASCII lines (other text is left to the pattern, whose case folding reaches further).
    static func mayHoldLead(_ line: String) -> Bool {
        guard line.utf8.allSatisfy({ $0 < 0x80 }) else { return true }
        let lowered = Array(line.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 })
        return leadWords.contains { word in lowered.withUnsafeBufferPointer { hay in
            word.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: hay) != nil }
        } }
    }

    static let leadWords = ["time", "clock", "tz"].map { Array($0.utf8) }

    /// The zone a line states for the whole document, with its text: the first
    /// zone understood within the few words after the lead ("Times are CEST (UTC+2)",
    /// "All times are US Eastern (EDT, UTC−4)").
    static func find(in line: String) -> (spec: ZoneSpec, name: String)? {
        guard mayHoldLead(line) else { return nil }
        let ns = line as NSString
        for match in lead.matches(in: line, range: NSRange(location: 0, length: ns.length)) {
            let from = match.range.location + match.range.length
            let window = ns.substring(with: NSRange(location: from, length: min(48, ns.length - from)))
            // The zone comes first ("Times are CEST (UTC+2)"); a name not understood may be
            // explained in brackets right after it ("US Eastern (EDT, UTC−4)"). A zone further
            // on ("its timezone changed from local time to UTC") is not a statement.
            let wns = window as NSString
            // "load times in the Pacific region": a region named in passing, not a statement;
            // after so weak a lead only a zone written as one (PST, UTC-8, US/Pacific) counts.
            let leadText = ns.substring(with: match.range).lowercased()
            // "Timeline (Japan time)": a bracket right after the lead is as strong as a colon.
            let bracketed = window.first.map { "([".contains($0) } ?? false
            let weakLead = !bracketed && !leadText.hasPrefix("all") && leadText.range(of: #"\b(?:are|is|zone)\b|[:=(\[]"#, options: .regularExpression) == nil
            // "Australian Eastern Standard Time (AEST)": a long name first.
            let opening = window.drop { " \t[(".contains($0) }.lowercased()
            if !weakLead, let long = TimeZoneTable.longNames.first(where: { opening.hasPrefix($0.0) }), let spec = TimeZoneTable.parse(long.1) {
                return (spec, long.1)
            }
            // "Arizona (MST, UTC-7)": a place name, then the zone in brackets.
            let placeFirst = window.range(of: #"^\s*[A-Z][a-z]+\s*\("#, options: .regularExpression) != nil
            guard let first = tokens.firstMatch(in: window, range: NSRange(location: 0, length: wns.length)),
                  placeFirst || wns.substring(to: first.range.location).allSatisfy({ " \t[(".contains($0) }) else { continue }
            let name = wns.substring(with: first.range).trimmingBlanks()
            if weakLead, name != name.uppercased(), !name.contains("/") { continue }
            if let spec = TimeZoneTable.parse(name) { return (spec, name) }
            let rest = wns.substring(from: first.range.location + first.range.length).trimmingBlanks()
            guard rest.hasPrefix("("), let close = rest.firstIndex(of: ")") else { continue }
            let inside = String(rest[rest.index(after: rest.startIndex)..<close])
            let ins = inside as NSString
            for found in tokens.matches(in: inside, range: NSRange(location: 0, length: ins.length)) {
                let alternative = ins.substring(with: found.range).trimmingBlanks()
                if let spec = TimeZoneTable.parse(alternative) { return (spec, alternative) }
            }
        }
        return nil
    }
}
