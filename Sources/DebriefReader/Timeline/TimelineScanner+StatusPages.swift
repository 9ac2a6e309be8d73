import Foundation

/// Status-page layouts: statuspage's "Posted …" footer and cState's `track` shortcode.
extension TimelineScanner {
    /// "Posted Mar 14, 2022 - 10:05 UTC" (a status page's footer of an update), as a stamp.
    static func postedStamp(_ text: String, order: DateOrder) -> Stamp? {
        guard text.hasPrefix("Posted ") || text.hasPrefix("Updated ") || text.hasPrefix("Published ") else { return nil }
        let rest = text.drop { $0 != " " }.dropFirst()
        let value = rest.hasPrefix("on ") ? rest.dropFirst(3) : rest
        guard let stamp = Stamp.parse(String(value).replacingOccurrences(of: " - ", with: " "), order: order), stamp.time != nil,
              stamp.rest.trimmingCharacters(in: CharacterSet(charactersIn: " .()")).isEmpty else { return nil }
        return stamp
    }

    /// A status page's update that ends with its time in a Hugo shortcode (cState:
    /// `*Monitoring* - a fix is out {{< track "2022-03-14 09:40:00" >}}`) is an entry
    /// stamped with that time; other shortcodes are dropped.
    static func leadingTrackedTime(_ text: String) -> String {
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        guard let match = trackedTime.firstMatch(in: text, range: whole) else {
            return shortcode.stringByReplacingMatches(in: text, range: whole, withTemplate: "").trimmingCharacters(in: .whitespaces)
        }
        let before = ns.substring(to: match.range.location).trimmingCharacters(in: .whitespaces)
        return ns.substring(with: match.range(at: 1)) + " - " + before
    }

    static let trackedTime = try! NSRegularExpression(pattern: #"\{\{<\s*track\s+"([^"]{4,40})"\s*>\}\}\s*$"#)
    static let shortcode = try! NSRegularExpression(pattern: #"\{\{<[^>]{0,200}>\}\}"#)
}
