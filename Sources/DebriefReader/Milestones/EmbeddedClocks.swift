import DebriefModel
import Foundation

/// A second clock inside one entry: "Resolved — 12:15 PM. Logins normal since 11:45 AM",
/// "17:40 push success rate dropped to ~0 at 13:05 today". The entry's stamp says when it
/// was written; the clause around the earlier clock says when that part happened, so it
/// becomes an item of its own for the decoder.
enum EmbeddedClocks {
    /// Words before a clock that tie the clause's state to that clock.
    static let since: Set<String> = ["since", "as", "from", "until"]

    /// The clauses of `event` that carry a clock earlier than the entry's own, on the same day.
    static func items(of event: TimelineEvent, index: Int, label: Milestone?) -> [MilestoneDecision.Item] {
        guard let at = event.at, let day = event.localDate, let own = event.localTime else { return [] }
        let text = event.text
        guard text.utf8.contains(UInt8(ascii: ":")) || text.lowercased().containsBytes("am") || text.lowercased().containsBytes("pm") else { return [] }
        let ns = text as NSString
        var out: [MilestoneDecision.Item] = []
        let clocks = TimeScanner.times(in: text)
        for (position, match) in clocks.enumerated() where match.time < own && !match.endOfDay {
            // The words of this clock: from the clock before it (or the sentence's start) to this
            // clock, and the rest of the sentence after the last one.
            let bounds = Self.sentence(around: match.range, in: ns)
            let previousEnd = position > 0 ? clocks[position - 1].range.location + clocks[position - 1].range.length : 0
            let start = max(bounds.location, previousEnd)
            let isLast = position + 1 == clocks.count || clocks[position + 1].range.location >= bounds.location + bounds.length
            let end = isLast ? bounds.location + bounds.length : match.range.location + match.range.length
            let sentence = ns.substring(with: NSRange(location: start, length: max(0, end - start))).trimmingBlanks()
            let offset = match.zone.map { $0.offset(on: day, at: match.time) } ?? event.offsetSeconds
            let instant = day.instant(at: match.time, offsetSeconds: offset)
            guard instant < at, at.timeIntervalSince(instant) < 12 * 3600 else { continue }
            var context = MilestoneScorer.Context()
            let before = ns.substring(to: match.range.location).lowercased().split { !$0.isLetter }.last.map(String.init) ?? ""
            // "fully available since 3:22 PM" under a Resolved post: the label's time is the clause's;
            // "since 07:50 searches fail" under an Investigating post tells the onset, not the detection.
            if since.contains(before) {
                if let label, [.mitigated, .resolved].contains(label) { context.label = label }
                context.since = true
            }
            context.embedded = true
            out.append(.init(at: instant, line: event.line, text: sentence, features: EntryFeatures(text: sentence), context: context, event: index))
        }
        return out + relativeItems(of: event, index: index, at: at)
    }

    /// "…occurred by 08:00 GMT but was detected 10 minutes afterward": a time told relative to the
    /// entry's own clock, as an item of its own at that instant (up to 12 hours later).
    static let relative = try! NSRegularExpression(
        pattern: #"\b(\d{1,3}|an?|one|two|three|five|ten|fifteen|twenty|thirty)\s+(minutes?|mins?|hours?|hrs?)\s+(?:later|afterwards?|after\s+that)\b"#,
        options: [.caseInsensitive])
    static let numberWords: [String: Int] = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30]

    static func relativeItems(of event: TimelineEvent, index: Int, at: Date) -> [MilestoneDecision.Item] {
        let text = event.text
        guard text.containsBytes("later") || text.containsBytes("after") else { return [] }
        let ns = text as NSString
        let clocks = TimeScanner.times(in: text)
        return relative.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { match in
            let amount = ns.substring(with: match.range(at: 1)).lowercased()
            guard let count = Int(amount) ?? numberWords[amount] else { return nil }
            let seconds = Double(count) * (ns.substring(with: match.range(at: 2)).lowercased().hasPrefix("h") ? 3600 : 60)
            guard seconds > 0, seconds <= 12 * 3600 else { return nil }
            // Its words: from the clock before it (or its sentence's start) to its sentence's end.
            let bounds = Self.sentence(around: match.range, in: ns)
            let clockEnd = clocks.last { $0.range.location < match.range.location }.map { $0.range.location + $0.range.length } ?? 0
            let start = max(bounds.location, clockEnd)
            let sentence = ns.substring(with: NSRange(location: start, length: bounds.location + bounds.length - start)).trimmingBlanks()
            var context = MilestoneScorer.Context()
            context.embedded = true
            return .init(at: at + seconds, line: event.line, text: sentence, features: EntryFeatures(text: sentence), context: context, event: index)
        }
    }

    /// The sentence holding `range` (cut at ". ", "; " and line breaks), as a range.
    static func sentence(around range: NSRange, in text: NSString) -> NSRange {
        let marks = CharacterSet(charactersIn: ".;!?\n")
        func mark(_ index: Int) -> Bool { Unicode.Scalar(text.character(at: index)).map(marks.contains) ?? false }
        var start = range.location, end = range.location + range.length
        while start > 0, !mark(start - 1) { start -= 1 }
        while end < text.length, !(mark(end) && (end + 1 == text.length || text.character(at: end + 1) == 0x20)) { end += 1 }
        return NSRange(location: start, length: end - start)
    }
}
