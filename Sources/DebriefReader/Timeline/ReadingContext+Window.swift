import DebriefModel
import DebriefMarkdown
import Foundation

/// The outage window a summary states ("from 07:43 to 08:35", "Start Time: … / End Time: …").
extension ReadingContext {
    static let windowRegex = try! NSRegularExpression(pattern: #"(?i:from|between|duration|window|lasted\s+from|for\s+(?:a\s+total\s+of\s+|about\s+|roughly\s+|nearly\s+|over\s+|approximately\s+|around\s+)?\d+\s*(?:days?|hours?|hrs?|h|minutes?|mins?)\b)\b"#)
    /// What may sit between a window's end and the date it names: " on ", " (UTC) on ".
    static let endDateJoiner = try! NSRegularExpression(pattern: #"^\s*(?:\([^()]{1,24}\)\s*|[A-Z]{2,5}\s+)?(?:,\s*)?(?:on\s+)?$"#)
    /// What joins a window's two clocks: " to ", " - ", also after the start's zone or date
    /// ("2:02AM PST 03-30-17 to 2:47AM", "09:15 (UTC) until 10:00", "started at 08:00 GMT and ended at 10:00").
    static let windowJoiner = try! NSRegularExpression(
        pattern: #"^\s*(?:\(?[A-Z]{2,5}\)?\s*)?(?:(?:on\s+)?\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\s*)?,?\s*(?:-|–|—|to|until|till|through|and(?:\s+(?:ended|ending|finished|was\s+(?:resolved|restored|over))\s+(?:at|by))?)\s*$"#,
        options: [.caseInsensitive])

    /// An outage window stated in the summary: "from 07:43 to 08:35", "between 1:10pm and 1:19pm".
    /// `date` is the date written before the start; `endDate` one written right after the
    /// end ("to 20:18 on August 10"); `laterDate` a further date after that one
    /// ("… to 05:20 on May 3 (UTC) on May 1" names the start's date last).
    func summaryWindow() -> (start: ClockMatch, end: ClockMatch, line: Int, date: DateMatch?, endDate: DateMatch?, laterDate: DateMatch?)? {
        let kinds: [SectionKind] = [.summary, .impact, .other, .timeline]
        var searched: [Section] = []
        for section in sections where kinds.contains(section.kind) {
            searched.append(section)
            if section.kind == .summary { break }
        }
        // A window stated in the timeline's own lead-in ("between ~4pm and ~5:15pm the proxy …").
        searched += sections.filter { section in section.kind == .timeline && !searched.contains { $0.headingLine == section.headingLine } }
        for section in searched {
            for block in section.blocks where block.kind == .paragraph || SectionFinder.isCodeBlock(block) {
                // A timeline entry is not a statement of the outage window.
                if section.kind == .timeline, let first = document.line(block.startLine), Stamp.parse(LineCleaner.clean(first).text, order: dateOrder) != nil { continue }
                for (text, starts) in Self.windowTexts(of: block, in: document) {
                    let ns = text as NSString
                    let times = TimeScanner.times(in: text)
                    for (first, second) in zip(times, times.dropFirst()) {
                        let gapStart = first.range.location + first.range.length
                        let gap = ns.substring(with: NSRange(location: gapStart, length: max(0, second.range.location - gapStart)))
                        guard Self.windowJoiner.firstMatch(in: gap, range: NSRange(location: 0, length: (gap as NSString).length)) != nil else { continue }
                        let lead = ns.substring(with: NSRange(location: max(0, first.range.location - 60), length: min(60, first.range.location)))
                        // Only the sentence the window is in: "…gaps between blocks. 23:20-2:00 Through…" is no window.
                        let sentence = lead.range(of: ". ", options: .backwards).map { String(lead[$0.upperBound...]) } ?? lead
                        guard Self.windowRegex.firstMatch(in: sentence, range: NSRange(location: 0, length: (sentence as NSString).length)) != nil else { continue }
                        let dates = DateScanner.dates(in: text, order: dateOrder)
                        let date = dates.last { $0.range.location < first.range.location }
                        let endAt = second.range.location + second.range.length
                        let after = dates.filter { $0.range.location >= endAt }
                        var endDate: DateMatch?
                        if let next = after.first {
                            let between = ns.substring(with: NSRange(location: endAt, length: next.range.location - endAt))
                            if Self.endDateJoiner.firstMatch(in: between, range: NSRange(location: 0, length: (between as NSString).length)) != nil {
                                endDate = next
                            }
                        }
                        let laterDate = endDate == nil ? nil : after.dropFirst().first
                        let line = starts.last { $0.offset <= first.range.location }?.line ?? block.startLine
                        return (first, second.inheritingMeridiem(from: first), line, date, endDate, laterDate)
                    }
                }
            }
        }
        return labelledWindow()
    }

    /// "Start Time: January 22, 2018, 17:23 PST" and "End Time: …" on lines of their own, or a
    /// label with a range ("Duration: 09:45 to 11:30 UTC").
    func labelledWindow() -> (start: ClockMatch, end: ClockMatch, line: Int, date: DateMatch?, endDate: DateMatch?, laterDate: DateMatch?)? {
        var start: (Stamp, Int)?, end: Stamp?
        for section in sections where [.summary, .impact, .other].contains(section.kind) {
            for line in section.startLine...max(section.startLine, section.endLine) {
                guard let raw = document.line(line), raw.utf8.count <= 120,
                      let (label, stamp) = Stamp.labelled(LineCleaner.clean(raw).text, order: dateOrder) else { continue }
                // "**Duration:** 09:45 AM to 11:30 AM UTC": a label and nothing but a range.
                if let from = stamp.time, let to = stamp.endTime { return (from, to.inheritingMeridiem(from: from), line, stamp.date, nil, nil) }
                let words = Set(label.lowercased().split { !$0.isLetter })
                if start == nil, !words.isDisjoint(with: ["start", "started", "began", "begin", "beginning"]) { start = (stamp, line) }
                if start != nil, end == nil, !words.isDisjoint(with: ["end", "ended", "finish", "finished"]) { end = stamp }
            }
        }
        guard let (first, line) = start, let last = end, let from = first.time, let to = last.time else { return nil }
        return (from, to, line, first.date, last.date, nil)
    }

    /// The texts a window is looked for in, each with the file line at each offset: a paragraph
    /// as one text (a window may be wrapped across its lines), a code block line by line.
    static func windowTexts(of block: MarkdownNode, in document: Document) -> [(String, [(offset: Int, line: Int)])] {
        var texts: [(String, [(offset: Int, line: Int)])] = []
        let joined = block.kind == .paragraph
        for line in block.startLine...max(block.startLine, block.endLine) {
            guard let raw = document.line(line) else { continue }
            let text = LineCleaner.inline(String(raw))
            if joined, let last = texts.indices.last {
                let offset = (texts[last].0 as NSString).length + 1
                texts[last].0 += " " + text
                texts[last].1.append((offset, line))
            } else {
                texts.append((text, [(0, line)]))
            }
        }
        return texts
    }
}
