import DebriefModel
import DebriefMarkdown
import Foundation

/// Scans a section's source lines for timeline entries: bullets, numbered
/// items, paragraphs, `### time` headings, table rows, several entries run
/// together in one paragraph or joined by `<br>`, and wrapped continuation lines.
struct TimelineScanner {
    var document: Document
    var order: DateOrder

    /// Lines of fenced code blocks (their fences included) under the given blocks; of a fence
    /// that holds a timeline (`FencedTimeline`), only the fence lines.
    func fencedLines(in blocks: [MarkdownNode]) -> Set<Int> {
        var lines = Set<Int>()
        for block in blocks {
            block.walk { node in
                guard case .codeBlock(let info) = node.kind, let first = document.line(node.startLine) else { return }
                let trimmed = first.drop { $0 == " " || $0 == ">" }
                guard trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") else { return }
                let last = max(node.startLine, node.endLine)
                let inner = node.startLine + 1 < last ? (node.startLine + 1..<last).compactMap { document.line($0) } : []
                if FencedTimeline.readsAsTimeline(info: info, lines: inner, order: order) {
                    lines.insert(node.startLine)
                    lines.insert(last)
                } else {
                    for line in node.startLine...last { lines.insert(line) }
                }
            }
        }
        return lines
    }

    /// Entries between `startLine` and `endLine` (file lines); `blocks` are the section's blocks.
    func entries(from startLine: Int, to endLine: Int, blocks: [MarkdownNode]) -> [TimelineEntry] {
        guard startLine <= endLine else { return [] }
        let fenced = fencedLines(in: blocks)
        var tableLines = Set<Int>()
        var tableEntries: [TimelineEntry] = []
        for block in blocks {
            guard case .table = block.kind else { continue }
            for line in block.startLine...max(block.startLine, block.endLine) { tableLines.insert(line) }
            tableEntries += TableTimeline.entries(of: block, order: order)
        }
        // Each line is cleaned once, for the compact-clock check and for the scan.
        var cleanedLines: [Int: LineCleaner.Cleaned] = [:]
        func clean(_ line: Int, _ raw: Substring) -> LineCleaner.Cleaned {
            if let known = cleanedLines[line] { return known }
            let cleaned = LineCleaner.clean(raw)
            cleanedLines[line] = cleaned
            return cleaned
        }
        let compact = Self.usesCompactClocks(document: document, from: startLine, to: endLine, clean: clean)
        var out: [TimelineEntry] = []
        var open: Int? // index in `out` of the entry taking continuation lines
        var openIndent = 0
        var openTakesParagraphs = false
        var blankBefore = false
        var textClosed = false // a heading entry's text is its first paragraph
        var previous: String? // the line before, when it was plain prose
        // "- **Issue Detection:**⏎  - January 22, 17:23 PST⏎  - Detected after …": a bullet that is
        // only a stamp takes its parent's label and the sibling bullets after it as its text.
        var parentLabel: (text: String, indent: Int)?
        var bareStamp = false
        // A status page's update: its words, then "Posted Mar 14, 2022 - 10:05 UTC" on a line of its own.
        var prose = ""
        for line in startLine...endLine {
            if tableLines.contains(line) { open = nil; continue }
            guard let raw = document.line(line) else { continue }
            if raw.trimmingBlanks().isEmpty {
                blankBefore = true
                previous = nil
                if !openTakesParagraphs { open = nil }
                if let index = open, !out[index].text.isEmpty { textClosed = true }
                continue
            }
            var cleaned = clean(line, raw)
            if compact { cleaned.text = Self.expandCompactClock(cleaned.text) }
            if cleaned.text.contains("{{<") { cleaned.text = Self.leadingTrackedTime(cleaned.text) }
            let inFence = fenced.contains(line)
            if inFence && !cleaned.isListItem { continue }
            // "…upon the release of 0x19,⏎approximately 06:05 CAT an outage occurred": a
            // sentence wrapped just before a time does not start an entry.
            let wrapped = !blankBefore && !cleaned.isListItem && !cleaned.isHeading && previous.map(Self.endsMidSentence) == true
            defer { blankBefore = false; previous = cleaned.isListItem || cleaned.isHeading ? nil : cleaned.text }
            for (pieceIndex, piece) in cleaned.text.components(separatedBy: "\n").enumerated() {
                let text = piece.trimmingBlanks()
                if text.isEmpty { continue }
                if !prose.isEmpty, let stamp = Self.postedStamp(text, order: order) {
                    var posted = entry(stamp, line: line)
                    posted.text = prose
                    posted.fullText = prose
                    out.append(posted)
                    prose = ""
                    open = nil
                    continue
                }
                if !(wrapped && pieceIndex == 0), let stamp = Stamp.parse(text, order: order) {
                    if stamp.time == nil && stamp.relative == nil && stamp.rest.isEmpty {
                        out.append(TimelineEntry(kind: .day, line: line, date: stamp.date, time: nil, endTime: nil, dayOffset: nil, text: "", fullText: ""))
                        open = nil
                        continue
                    }
                    for part in split(stamp: stamp, text: text) {
                        out.append(entry(part, line: line))
                        out[out.count - 1].isHeading = cleaned.isHeading
                        out[out.count - 1].titled = !part.rest.isEmpty
                    }
                    open = out.count - 1
                    textClosed = false
                    openIndent = cleaned.indent
                    openTakesParagraphs = cleaned.isHeading && stamp.rest.isEmpty
                    bareStamp = cleaned.isListItem && stamp.rest.isEmpty
                    prose = "" // a Posted line after this entry does not take words written before it
                    if bareStamp, let parent = parentLabel, parent.indent < cleaned.indent {
                        out[out.count - 1].text = parent.text
                        out[out.count - 1].fullText = parent.text
                    }
                    continue
                }
                if let cut = Self.embeddedStart(in: text), let stamp = Stamp.parse((text as NSString).substring(from: cut), order: order) {
                    let head = (text as NSString).substring(to: cut).trimmingBlanks()
                    if let index = open, !head.isEmpty {
                        out[index].text += " " + head
                        out[index].fullText += " " + head
                    }
                    for part in split(stamp: stamp, text: text) {
                        out.append(entry(part, line: line))
                    }
                    open = out.count - 1
                    textClosed = false
                    openIndent = cleaned.indent
                    openTakesParagraphs = false
                    continue
                }
                if let (label, stamp) = Stamp.labelled(text, order: order) {
                    if stamp.endTime != nil {
                        out.append(TimelineEntry(kind: .window, line: line, date: stamp.date, time: stamp.time, endTime: stamp.endTime, dayOffset: nil, text: label, fullText: label))
                    } else if stamp.time != nil {
                        var labelled = entry(stamp, line: line)
                        labelled.text = label
                        labelled.fullText = label
                        out.append(labelled)
                    }
                    open = nil
                    continue
                }
                if cleaned.isHeading {
                    open = nil
                    openTakesParagraphs = false
                    if let date = DateScanner.dates(in: text, order: order).first, TimeScanner.times(in: text).isEmpty {
                        out.append(TimelineEntry(kind: .day, line: line, date: date, time: nil, endTime: nil, dayOffset: nil, text: "", fullText: ""))
                    }
                    continue
                }
                // "…monitoring returned to normal.⏎Root Cause and Resolution⏎Root Cause:": a section's
                // title inside the paragraph ends the entry above it.
                if !cleaned.isListItem, Self.endsTimeline(text) {
                    open = nil
                    continue
                }
                if pieceIndex == 0, cleaned.isListItem, text.count <= 60, text.hasSuffix(":") {
                    parentLabel = (text, cleaned.indent)
                }
                if open == nil, !cleaned.isListItem {
                    if blankBefore || prose.isEmpty { prose = text } else { prose += " " + text }
                }
                guard let index = open else {
                    if text.count <= 100, let date = DateScanner.dates(in: text, order: order).first, TimeScanner.times(in: text).isEmpty,
                       Self.isDayLine(text, date: date) {
                        out.append(TimelineEntry(kind: .day, line: line, date: date, time: nil, endTime: nil, dayOffset: nil, text: "", fullText: ""))
                    }
                    continue
                }
                // A sibling bullet without a time is not part of the entry above it.
                if pieceIndex == 0, cleaned.isListItem, cleaned.indent < openIndent || cleaned.indent == openIndent && !bareStamp,
                   !openTakesParagraphs {
                    open = nil
                    continue
                }
                if out[index].text.isEmpty {
                    out[index].text = text
                } else if !(openTakesParagraphs && (blankBefore || textClosed)) {
                    out[index].text += " " + text
                }
                out[index].fullText += " " + text
            }
        }
        return merge(out, tableEntries)
    }

    private func entry(_ stamp: Stamp, line: Int) -> TimelineEntry {
        TimelineEntry(kind: .event, line: line, date: stamp.date, time: stamp.time, endTime: stamp.endTime,
                      dayOffset: stamp.dayOffset, text: stamp.rest, fullText: stamp.rest, relative: stamp.relative,
                      weekday: stamp.date == nil ? stamp.weekday : nil)
    }

    /// Splits "12:00pm EAT: text. 12:06pm EAT: more" into one stamp per entry.
    private func split(stamp: Stamp, text: String) -> [Stamp] {
        let rest = stamp.rest as NSString
        let times = TimeScanner.times(in: stamp.rest)
        // "23:15 UTC / 16:15 PDT: text", "21:48 (6:48 PDT): text": the same moment again in another
        // zone (after a mark, or as a time that would open an entry), not a second entry.
        if let time = times.first, rest.substring(to: time.range.location).trimmingCharacters(in: Self.restatementMarks).isEmpty,
           stamp.rest.first.map({ "/|=(".contains($0) }) == true || time.range.location > 0 && Self.startsEntry(time, in: rest),
           let again = Stamp.parse(rest.substring(from: time.range.location), order: order), again.rest.utf16.count < rest.length {
            var first = stamp
            first.rest = again.rest
            return split(stamp: first, text: text)
        }
        var cuts: [Int] = []
        for match in times where match.range.location > 0 && Self.startsEntry(match, in: rest) {
            cuts.append(match.range.location)
        }
        guard !cuts.isEmpty else { return [stamp] }
        var first = stamp
        var parts: [Stamp] = []
        first.rest = rest.substring(to: cuts[0]).trimmingBlanks()
        parts.append(first)
        for (index, cut) in cuts.enumerated() {
            let end = index + 1 < cuts.count ? cuts[index + 1] : rest.length
            let piece = rest.substring(with: NSRange(location: cut, length: end - cut))
            if var next = Stamp.parse(piece, order: order) {
                if next.date == nil { next.date = nil }
                parts.append(next)
            }
        }
        return parts
    }

    /// What stands between a time and the same time restated in another zone ("/", "|", "=", "(").
    static let restatementMarks = CharacterSet(charactersIn: " \t/|=(")

    /// True when a time inside running text opens a new entry: it follows a
    /// sentence end, or it is written in full ("12:06pm EAT:") and followed by a colon.
    static func startsEntry(_ match: ClockMatch, in text: NSString) -> Bool {
        // Only the few characters around the time matter; cutting whole halves of a long line was quadratic.
        let headStart = max(0, match.range.location - 16)
        let tailStart = match.range.location + match.range.length
        let before = text.substring(with: NSRange(location: headStart, length: match.range.location - headStart)).trimmingBlanks()
        let after = text.substring(with: NSRange(location: tailStart, length: min(16, text.length - tailStart))).trimmingBlanks()
        guard let next = after.first else { return false }
        if let last = before.last, ".!?;)".contains(last), ":-–—".contains(next) { return true }
        let precededBySpace = match.range.location == 0 || text.substring(with: NSRange(location: match.range.location - 1, length: 1)) == " "
        return next == ":" && (match.zone != nil || match.twelveHour) && precededBySpace
    }

    /// Where an entry starts in the middle of a line that is not itself an entry
    /// ("… test failed 12:14pm EAT: She then …"), if anywhere.
    static func embeddedStart(in text: String) -> Int? {
        let ns = text as NSString
        return TimeScanner.times(in: text).first { $0.range.location > 0 && startsEntry($0, in: ns) }?.range.location
    }

    /// Table rows and line entries in file-line order.
    private func merge(_ lines: [TimelineEntry], _ rows: [TimelineEntry]) -> [TimelineEntry] {
        guard !rows.isEmpty else { return lines }
        return (lines + rows).enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    /// True for a line that is only the title of a section after the timeline ("Root Cause",
    /// "Corrective and Preventative Measures:"), in title case, four words at most.
    static func endsTimeline(_ text: String) -> Bool {
        guard let title = SectionFinder.titleCase(text.trimmingCharacters(in: CharacterSet(charactersIn: ": \t*_"))) else { return false }
        return SectionKind.endingTimeline.contains(SectionKind.classify(title))
    }

    /// "1402 page: ingest lag", "~1215: deployed", "2024-04-01 0251: halted": a four-digit clock
    /// opening the line, perhaps marked approximate or after an ISO date.
    static let compactClock = try! NSRegularExpression(pattern: #"^(?:~ ?)?(?:\d{4}-\d{2}-\d{2}[ T])?([01]\d|2[0-3])([0-5]\d)(Z|\s*(?:UTC|GMT))?(?=[\s:,–—]|-(?!\d)|$)(?![-/.]\d)"#)

    /// True when entries open with four-digit clocks ("1351 deploy", "1402 page"): at least
    /// two of them, and not all of them readable as years (1900–2099).
    static func usesCompactClocks(document: Document, from startLine: Int, to endLine: Int,
                                  clean: (Int, Substring) -> LineCleaner.Cleaned = { LineCleaner.clean($1) }) -> Bool {
        guard startLine <= endLine else { return false }
        var values: [Int] = []
        for line in startLine...endLine {
            // Only a line with four digits in a row near its start can open with such a clock.
            guard let raw = document.line(line), raw.utf8.count >= 5,
                  raw.utf8.prefix(24).split(whereSeparator: { $0 < 0x30 || $0 > 0x39 }).contains(where: { $0.count == 4 }) else { continue }
            let text = clean(line, raw).text
            let ns = text as NSString
            guard let match = compactClock.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { continue }
            values.append(Int(ns.substring(with: match.range(at: 1)) + ns.substring(with: match.range(at: 2))) ?? 0)
        }
        return values.count >= 2 && values.contains { $0 < 1900 || $0 >= 2100 }
    }

    /// "1402 page" → "14:02 page", "~1215: deployed" → "~12:15: deployed".
    static func expandCompactClock(_ text: String) -> String {
        let ns = text as NSString
        guard let match = compactClock.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return text }
        let hour = match.range(at: 1), clock = NSRange(location: hour.location, length: 4)
        return ns.replacingCharacters(in: clock, with: ns.substring(with: hour) + ":" + ns.substring(with: match.range(at: 2)))
    }

    /// True when a line stops in the middle of a sentence: after a comma or a
    /// word that needs one after it ("at", "the", "approximately").
    static func endsMidSentence(_ line: String) -> Bool {
        let trimmed = line.trimmingBlanks()
        if trimmed.hasSuffix(",") { return true }
        guard let last = trimmed.split(separator: " ").last?.lowercased() else { return false }
        return ["at", "on", "the", "a", "an", "of", "by", "around", "about", "approximately", "roughly", "since", "until", "from", "to"].contains(last)
    }

    /// Whether a prose line that names a date introduces the entries after it
    /// ("2019-01-23", "Events of Monday, May 4th 2020:") rather than mentioning
    /// a date in passing ("All times CET; clocks went back on October 25").
    static func isDayLine(_ text: String, date: DateMatch) -> Bool {
        let rest = (text as NSString).replacingCharacters(in: date.range, with: " ")
        let words = rest.split { !$0.isLetter }.filter { !dayLineFillers.contains($0.lowercased()) }
        return words.count <= 4
    }

    static let dayLineFillers: Set<String> = [
        "on", "the", "of", "events", "event", "timeline", "day", "date", "all", "times", "time", "in", "are", "utc", "gmt",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    ]
}
