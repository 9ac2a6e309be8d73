import DebriefModel
import Foundation

/// The day an undated timeline happened on, when the document's date is a later one: a blog
/// post dated when it was published tells the incident's day in its heading or opening lines.
extension ReadingContext {
    /// The day for an undated first entry, up to a month before `base`, from (in order): the
    /// timeline's title ("Timeline (UTC, April 25)"), a sentence before the timeline that gives
    /// the first entry's clock with a date ("On Thursday 31 August at 7:06am PDT we saw…"), or
    /// the first date of the opening lines ("For 83 minutes on Thursday, October 12, …").
    mutating func statedFirstDate(of entries: [TimelineEntry], base: LocalDate?) -> LocalDate? {
        guard let base, let first = entries.first(where: { $0.kind == .event && $0.time != nil }), first.date == nil,
              !entries.contains(where: { $0.kind == .day && $0.line < first.line }), let clock = first.time?.time else { return nil }
        func earlier(_ match: DateMatch) -> LocalDate? {
            var date = match.date
            if match.yearMissing {
                date = LocalDate(validYear: base.year, month: date.month, day: date.day) ?? date
                if date > base { date = LocalDate(validYear: base.year - 1, month: date.month, day: date.day) ?? date }
            }
            let days = base.daysSinceEpoch - date.daysSinceEpoch
            return days > 0 && days <= 31 ? date : nil
        }
        func found(_ date: LocalDate, line: Int, _ why: String) -> LocalDate {
            diagnostics.append(Diagnostic(.note, line: line, "the timeline is dated \(date), \(why)"))
            return date
        }
        if let section = sections.first(where: { $0.kind == .timeline && $0.headingLine < first.line }),
           let match = DateScanner.dates(in: section.title, order: dateOrder).first, let date = earlier(match) {
            return found(date, line: section.headingLine, "the day its title names")
        }
        let before = sections.filter { [.summary, .impact, .other].contains($0.kind) }.map { $0.startLine...max($0.startLine, $0.endLine) }
        let opening = proseLines.filter { line in line.line < first.line && before.contains { $0.contains(line.line) } }
        for (line, text) in opening where TimeScanner.times(in: text).contains(where: { $0.time.hour == clock.hour && $0.time.minute == clock.minute }) {
            guard let match = DateScanner.dates(in: text, order: dateOrder).first else { continue }
            return earlier(match).map { found($0, line: line, "the day this line gives for its first entry (\(clock))") }
        }
        for (line, text) in opening.prefix(8) {
            guard let match = DateScanner.dates(in: text, order: dateOrder).first else { continue }
            return earlier(match).map { found($0, line: line, "the first day the opening lines name (the document's own date is later)") }
        }
        return nil
    }
}
