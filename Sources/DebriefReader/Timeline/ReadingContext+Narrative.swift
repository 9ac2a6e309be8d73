import DebriefModel
import DebriefMarkdown
import Foundation

/// Timelines told as a story: "At 7:52 AM a certificate rotation completed. Beginning at
/// approximately 8:05 AM, requests started failing. Monitoring detected it at 8:11 AM and
/// paged the on-call engineer, who acknowledged at 8:14 AM." Used only for documents with
/// no timeline section, when it finds more entries than the line scan.
extension ReadingContext {
    /// Sections that tell what happened.
    static let storyKinds: Set<SectionKind> = [.summary, .impact, .detection, .rootCause, .resolution, .other]

    /// Where a clause ends before the next clock: ", who", " and ", "; ".
    static let clauseBreak = try! NSRegularExpression(pattern: #"(?:,\s+|;\s+|\s+and\s+|\s+then\s+)"#)

    /// With `lists`, the paragraphs of list items count too ("- DEPO notified OCC of the outage
    /// at 12:16 ET on June 16": a timeline's bullets that tell the time mid-sentence).
    func narrativeEntries(in kinds: Set<SectionKind> = storyKinds, lists: Bool = false) -> [TimelineEntry] {
        var out: [TimelineEntry] = []
        for section in sections where kinds.contains(section.kind) {
            for block in Self.paragraphs(of: section, lists: lists) {
                let lines = (block.startLine...max(block.startLine, block.endLine)).map { number in
                    (number: number, text: document.line(number).map { lists ? LineCleaner.clean($0).text : LineCleaner.inline(String($0)) } ?? "")
                }
                let paragraph = lines.map(\.text).joined(separator: " ")
                for sentence in ActionItemReader.sentences(paragraph) {
                    out += clauses(of: sentence).compactMap { clause in
                        guard let time = TimeScanner.times(in: clause).first else { return nil }
                        let clock = (clause as NSString).substring(with: time.range)
                        let line = lines.first { $0.text.contains(clock) }?.number ?? block.startLine
                        let date = DateScanner.dates(in: clause, order: dateOrder).first
                        let text = clause.trimmingCharacters(in: CharacterSet(charactersIn: " ,;"))
                        return TimelineEntry(kind: .event, line: line, date: date, time: time, endTime: nil, dayOffset: nil, text: text, fullText: text)
                    }
                }
            }
        }
        return out
    }

    /// The section's paragraphs, and with `lists` those inside its lists too.
    static func paragraphs(of section: Section, lists: Bool) -> [MarkdownNode] {
        guard lists else { return section.blocks.filter { $0.kind == .paragraph } }
        var found: [MarkdownNode] = []
        for top in section.blocks { top.walk { if $0.kind == .paragraph { found.append($0) } } }
        return found
    }

    /// A sentence cut before each clock after the first, at the clause break nearest before
    /// it; clocks joined as a range ("from 9:10 to 9:40") stay together.
    func clauses(of sentence: String) -> [String] {
        let ns = sentence as NSString
        let times = TimeScanner.times(in: sentence)
        guard times.count > 1 else { return times.isEmpty ? [] : [sentence] }
        var cuts: [Int] = []
        for (previous, time) in zip(times, times.dropFirst()) {
            let gapStart = previous.range.location + previous.range.length
            let gap = ns.substring(with: NSRange(location: gapStart, length: time.range.location - gapStart))
            if Self.windowJoiner.firstMatch(in: gap, range: NSRange(location: 0, length: (gap as NSString).length)) != nil { continue }
            let breaks = Self.clauseBreak.matches(in: gap, range: NSRange(location: 0, length: (gap as NSString).length))
            guard let last = breaks.last else { continue }
            cuts.append(gapStart + last.range.location)
        }
        var pieces: [String] = []
        var start = 0
        for cut in cuts {
            pieces.append(ns.substring(with: NSRange(location: start, length: cut - start)))
            start = cut
        }
        pieces.append(ns.substring(from: start))
        return pieces
    }
}
