import DebriefModel
import Foundation

/// The date and time an entry opens with: `[07:43]:`, `**1:10pm PST** -`,
/// `At 12:05 AM:`, `Sep 25, 2020, 12:24 (UTC):`, `2021-06-29 18:30`, `Day 2 00:14`.
struct Stamp: Sendable, Equatable {
    var date: DateMatch?
    var time: ClockMatch?
    var endTime: ClockMatch?
    var dayOffset: Int?
    /// Seconds after T+0 for "T+4m", "T+1h20m", "T-5m".
    var relative: Int?
    /// The entry's words after the stamp.
    var rest: String
    /// "Tue 09:14 PDT": the day of the week written before the clock (0 = Monday … 6 = Sunday).
    var weekday: Int? = nil

    static func relativeSeconds(_ match: PatternMatch, in text: NSString) -> Int? {
        func number(_ index: Int) -> Int? {
            let range = match.range(at: index)
            return range.location == NSNotFound ? nil : Int(text.substring(with: range))
        }
        if match.range(at: 1).location != NSNotFound { return 0 }
        let parts = (3...5).map(number)
        guard parts.contains(where: { $0 != nil }) else { return nil }
        let sign = match.range(at: 2).location != NSNotFound && text.substring(with: match.range(at: 2)) != "+" ? -1 : 1
        return sign * ((parts[0] ?? 0) * 86_400 + (parts[1] ?? 0) * 3600 + (parts[2] ?? 0) * 60)
    }

    static let openers = CharacterSet(charactersIn: " \t[(*_>~")
    static let separators = CharacterSet(charactersIn: " \t:-–—|])}*_,.;")
    static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Parses the stamp at the start of `text`, or nil when the text does not open with one.
    /// A status-page post's label moves after the stamp, where the words are read.
    static func parse(_ text: String, order: DateOrder) -> Stamp? {
        let ns = text as NSString
        if ns.length > 12, let status = statusPost(ScanText(text)),
           // "Note: 11:30 is when the build was tagged" is prose; "**Note** — Mar 3 … — text" is a log line.
           !(MilestoneRules.proseLabels.contains(ns.substring(with: status.range(at: 1)).lowercased())
             && ns.substring(with: status.range(at: 2)) == ":"),
           var stamp = parseStamp(ns.substring(from: status.range.upperBound), order: order), stamp.time != nil {
            stamp.rest = ns.substring(with: status.range(at: 1)) + " - " + stamp.rest
            return stamp
        }
        return parseStamp(text, order: order)
    }

    private static func parseStamp(_ text: String, order: DateOrder) -> Stamp? {
        let ns = text as NSString
        var position = 0
        func skip(_ set: CharacterSet) {
            while position < ns.length, let scalar = Unicode.Scalar(ns.character(at: position)), set.contains(scalar) { position += 1 }
        }
        let line = ScanText(text)
        func skip(_ pattern: Pattern) -> PatternMatch? {
            guard let match = pattern(line, position) else { return nil }
            position = match.range.location + match.range.length
            return match
        }
        skip(openers)
        _ = skip(prefixWords)
        skip(openers)
        var stamp = Stamp(rest: "")
        // "Thurs 07:06 PDT:", "Mon 16:20 UTC" — a weekday before a clock, not before a date.
        if ns.length > position + 4, let match = skip(weekdayClock) {
            let name = ns.substring(with: match.range(at: 1)).lowercased()
            stamp.weekday = Self.weekdays.firstIndex { name.hasPrefix($0) }
        }
        let beforeRelative = position
        if let match = skip(relativeClock) {
            guard let seconds = relativeSeconds(match, in: ns) else { position = beforeRelative; return nil }
            stamp.relative = seconds
            skip(separators)
            stamp.rest = ns.substring(from: position).trimmingBlanks()
            return stamp
        }
        if let match = skip(dayN) {
            stamp.dayOffset = (Int(ns.substring(with: match.range(at: 1))) ?? 1) - 1
        }
        // A stamp opens the text: scanning a long line's head is enough (and keeps long lines linear).
        let head = ns.length > 200 ? ns.substring(to: ns.rangeOfComposedCharacterSequence(at: 199).location) : text
        let dates = DateScanner.dates(in: head, order: order)
        if let date = dates.first(where: { $0.range.location >= position }), date.range.location <= position + 1 {
            stamp.date = date
            position = date.range.location + date.range.length
            skip(CharacterSet(charactersIn: " ,\t"))
            // "2021-08-27: At 12:50:07 UTC, …" and "May 21, 2020, at 12:00 AM"
            let beforeWords = position
            skip(CharacterSet(charactersIn: ":-–— \t"))
            if skip(prefixWords) == nil { position = beforeWords }
            skip(openers)
        }
        let times = TimeScanner.times(in: head)
        // "~16:06" matches with its tilde, which `openers` has already stepped over.
        if let time = times.first(where: { $0.range.location + $0.range.length > position }), time.range.location <= position + 1 {
            stamp.time = time
            position = time.range.location + time.range.length
            let save = position
            if skip(rangeJoiner) != nil, let end = times.first(where: { $0.range.location == position }) {
                stamp.endTime = end.inheritingMeridiem(from: time)
                position = end.range.location + end.range.length
            } else {
                position = save
            }
            if let marker = skip(dayMarker) {
                stamp.dayOffset = marker.range(at: 2).location != NSNotFound ? 1 : Int(ns.substring(with: marker.range(at: 1))) ?? 1
            }
            // "10:00 7th Nov 2023 - the team noticed …": the date after the clock.
            let afterTime = position
            skip(CharacterSet(charactersIn: " ,\t"))
            if stamp.date == nil, let date = dates.first(where: { $0.range.location == position }), !date.yearMissing {
                stamp.date = date
                position = date.range.location + date.range.length
            } else {
                position = afterTime
            }
        }
        guard stamp.date != nil || stamp.time != nil else { return nil }
        // "2019-10-21 (all times UTC)" and "14:00 UTC:" keep their words; a stamp must be followed by a break.
        if position < ns.length, let scalar = Unicode.Scalar(ns.character(at: position)), CharacterSet.alphanumerics.contains(scalar), stamp.time == nil {
            return nil
        }
        skip(separators)
        stamp.rest = ns.substring(from: position).trimmingBlanks()
        while stamp.rest.hasSuffix("*") || stamp.rest.hasSuffix("_") { stamp.rest.removeLast() }
        return stamp
    }

    /// "Service Restored: [08:35]", "Outage Duration: 07:43 - 08:35", "Timezone: GMT+2":
    /// a short label followed only by a time (or range). Returns the label and stamp.
    static func labelled(_ text: String, order: DateOrder) -> (label: String, stamp: Stamp)? {
        // "Service Restored: 08:35" or "Detected at Nov 1, 2022 6:00 AM".
        let candidates = [text.range(of: ":"), text.range(of: #"\s(?:at|on)\s"#, options: [.regularExpression, .caseInsensitive])]
        guard let separator = candidates.compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let label = text[..<separator.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " *_[]"))
        guard label.count >= 3, label.count <= 40, label.first?.isLetter == true, !label.contains(where: \.isNumber) else { return nil }
        let value = String(text[separator.upperBound...])
        guard let stamp = parse(value, order: order), stamp.time != nil,
              stamp.rest.trimmingCharacters(in: CharacterSet(charactersIn: " []().*_")).isEmpty else { return nil }
        return (label, stamp)
    }
}
