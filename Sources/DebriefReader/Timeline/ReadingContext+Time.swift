import DebriefModel
import DebriefMarkdown
import Foundation

extension ReadingContext {
    struct Zone {
        var spec: ZoneSpec
        var name: String
        var stated: Bool
    }

    /// A zone token after a date or time phrase ("… 27 June 2023 IST", "… 05/14/2023 EST,").
    static let looseZone = try! NSRegularExpression(pattern: #"(?:\d{4}|\d{1,2}(?:st|nd|rd|th)?|[AaPp]\.?[Mm]\.?)[,)]?\s+\(?(?!(?:AM|PM)(?![A-Za-z]))([A-Z][A-Za-z]+/[A-Za-z_]+|(?:UTC|GMT)[+\-\u2212]\d{1,2}(?::?\d{2})?|[A-Z]{2,5})(?![A-Za-z/])"#)

    /// Dates in the file name: `2023-02-08-….md`, `postmortem_2023_02_08_….md`.
    var fileNameDates: [DateMatch] {
        let name = fileName.replacingOccurrences(of: #"(?<!\d)(\d{4})_(\d{2})_(\d{2})(?!\d)"#, with: "$1-$2-$3", options: .regularExpression)
        return DateScanner.dates(in: name, order: .auto)
    }

    /// Front matter `timezone`, else a document-wide statement, else the zone
    /// most timeline entries carry, else any zone written after a time, else the site's.
    /// The zone's own name in a matched time ("around 09:15 CET" → "CET", "9:15 am (UTC+1)"
    /// → "UTC+1"): the last zone token there that is understood, else the text after the clock.
    static func zoneName(in matched: String) -> String {
        let ns = matched as NSString
        let tokens = ZoneStatement.tokens.matches(in: matched, range: NSRange(location: 0, length: ns.length))
            .map { ns.substring(with: $0.range) }.filter { ZoneNames.parse($0) != nil }
        if let last = tokens.last { return last }
        return matched.replacingOccurrences(of: #"^[^+\-\u2212]*?\d[\d:., ]*(?:[AaPp]\.?[Mm]\.?)?"#, with: "", options: .regularExpression)
            .trimmingCharacters(in: CharacterSet(charactersIn: " ()"))
    }

    mutating func documentZone() -> Zone {
        if let entry = document.frontMatter?.entry("timezone") ?? document.frontMatter?.entry("tz"), let name = entry.value.string {
            if let spec = TimeZoneTable.parse(name) { return Zone(spec: spec, name: name, stated: true) }
            diagnostics.append(Diagnostic(.warning, line: entry.line, "time zone '\(name)' is not understood; using \(options.defaultZoneName)"))
        }
        let lines = proseLines
        for (_, text) in lines {
            if let found = ZoneStatement.find(in: text) { return Zone(spec: found.spec, name: found.name, stated: true) }
        }
        var counts: [ZoneSpec: (count: Int, first: Int, name: String)] = [:]
        var firstLineOfZone: [(Int, ZoneSpec)] = []
        for (line, text) in lines {
            for match in TimeScanner.times(in: text) {
                guard let zone = match.zone else { continue }
                let name = Self.zoneName(in: (text as NSString).substring(with: match.range))
                if counts[zone] == nil { firstLineOfZone.append((line, zone)) }
                counts[zone, default: (0, line, name)].count += 1
            }
        }
        // A zone written once beside one clock ("ETA 03:30 PT") does not outweigh the zone of a front
        // matter date (`date: 2024-02-16T09:28:00Z`, as status pages write it).
        if counts.values.allSatisfy({ $0.count < 2 }), let front = frontMatterDateZone() { return front }
        // Most used zone; ties go to the one written first (never to dictionary order, which varies per run).
        let order = Dictionary(uniqueKeysWithValues: firstLineOfZone.enumerated().map { ($0.element.1, $0.offset) })
        if let best = counts.max(by: { ($0.value.count, -order[$0.key, default: 0]) < ($1.value.count, -order[$1.key, default: 0]) }) {
            if counts.count > 1 {
                let names = firstLineOfZone.compactMap { counts[$0.1]?.name }.joined(separator: ", ")
                diagnostics.append(Diagnostic(.warning, line: best.value.first,
                    "times are written in several zones (\(names)); entries without a zone are read in \(best.value.name)"))
            }
            return Zone(spec: best.key, name: best.value.name, stated: true)
        }
        // "between 21:45 and 01:49 on 27 June 2023 IST": a zone written after the date, on a line with times.
        for (line, text) in lines where !TimeScanner.times(in: text).isEmpty {
            let ns = text as NSString
            for match in Self.looseZone.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                let name = ns.substring(with: match.range(at: 1))
                guard let spec = TimeZoneTable.parse(name) else { continue }
                diagnostics.append(Diagnostic(.note, line: line, "time zone \(name) read from text that is not next to a time"))
                return Zone(spec: spec, name: name, stated: true)
            }
        }
        diagnostics.append(Diagnostic(.note, line: 0, "no time zone stated; clock times are read in the site's zone (\(options.defaultZoneName))"))
        return Zone(spec: options.defaultZone, name: options.defaultZoneName, stated: false)
    }

    /// The zone written in the front matter's `date` (`…T09:28:00Z`, `… 22:08 +01:00`), if it has a clock and a zone.
    func frontMatterDateZone() -> Zone? {
        guard let zone = frontMatterDateTime()?.zone else { return nil }
        return Zone(spec: zone.spec, name: zone.text, stated: true)
    }

    /// The front matter's `date` when it is a timestamp (`2024-02-16T09:28:00.000Z`), read as `FrontMatterTime` reads one.
    func frontMatterDateTime() -> FrontMatterTime.Reading? {
        document.frontMatter?.entry("date")?.value.string.flatMap(FrontMatterTime.read)
    }

    /// Front matter `date`, else the first date in the timeline, the summary, the
    /// first lines, or anywhere in the prose, else the file name, else the caller's fallback.
    mutating func documentDate() -> (date: LocalDate, source: String)? {
        if let entry = document.frontMatter?.entry("date"), let text = entry.value.string {
            if let date = DateScanner.dates(in: text, order: dateOrder).first(where: { !$0.yearMissing })?.date {
                return (date, "front matter")
            }
            diagnostics.append(Diagnostic(.warning, line: entry.line, "front matter date '\(text)' is not a valid date; looking for one in the text"))
        }
        // "- Date: 2023/07/21 (Fri)" near the top: the author's own field, like front matter.
        if let field = MetadataLines(lines: proseLines).values["date"], field.line <= document.bodyLineOffset + 30,
           let date = DateScanner.dates(in: field.value, order: dateOrder).first(where: { !$0.yearMissing })?.date {
            return (date, "date line")
        }
        let lines = proseLines
        let all = lines.flatMap { line in DateScanner.dates(in: line.text, order: dateOrder).map { (line: line.line, match: $0) } }
        let complete = all.filter { !$0.match.yearMissing }
        func first(in kinds: [SectionKind]) -> (line: Int, match: DateMatch)? {
            let ranges = sections.filter { kinds.contains($0.kind) }.map { $0.headingLine...max($0.headingLine, $0.endLine) }
            return complete.first { found in ranges.contains { $0.contains(found.line) } }
        }
        var inTimeline = first(in: [.timeline])
        let inSummary = first(in: [.summary, .impact])
        // A timeline whose first date comes after undated entries ("[05/14 00:01]" after
        // "[21:00]") dates the rollover, not the start: an earlier summary date wins.
        let summaryEarliest = inSummary.flatMap { found in
            complete.filter { $0.line == found.line }.map { $0.match.date }.min()
        }
        if let dated = inTimeline, let stated = summaryEarliest, stated < dated.match.date,
           dated.match.date.daysSinceEpoch - stated.daysSinceEpoch <= 3,
           let section = sections.first(where: { $0.kind == .timeline && ($0.headingLine...max($0.headingLine, $0.endLine)).contains(dated.line) }),
           lines.contains(where: { $0.line > section.headingLine && $0.line < dated.line && !TimeScanner.times(in: $0.text).isEmpty }) {
            inTimeline = nil
        }
        let candidates: [((line: Int, match: DateMatch)?, String)] = [
            (inTimeline, "timeline"),
            (inSummary, "summary"),
            (complete.first { $0.line <= document.bodyLineOffset + 30 }, "document header"),
            (complete.first, "text"),
        ]
        for (found, source) in candidates {
            guard let found else { continue }
            return (startDate(found, lines: lines, among: complete.map(\.match)), source)
        }
        let fileDate = fileNameDates.first(where: { !$0.yearMissing })
        // "August 25th" with no year: the year comes from the file name, else the caller's fallback.
        if let partial = all.first(where: { $0.match.yearMissing }) {
            let yearSource = fileDate.map { ($0.date.year, "the file name") } ?? options.fallbackDate().map { ($0.date.year, $0.source) }
            if let (year, source) = yearSource,
               let date = LocalDate(validYear: year, month: partial.match.date.month, day: partial.match.date.day) {
                diagnostics.append(Diagnostic(.warning, line: partial.line, "the date has no year; assuming \(year), from \(source)"))
                return (date, "text, year assumed")
            }
        }
        if let match = fileDate {
            diagnostics.append(Diagnostic(.note, line: 0, "no date in the text; using \(match.date) from the file name"))
            return (match.date, "file name")
        }
        if let fallback = options.fallbackDate() {
            // A warning, not a note: an unstated date decides the incident's week, and a clone's fresh mtimes move it.
            diagnostics.append(Diagnostic(.warning, line: 0, "no date in the text or file name; using \(fallback.date) from \(fallback.source) (state it with 'date:' in front matter)"))
            return (fallback.date, fallback.source)
        }
        diagnostics.append(Diagnostic(.warning, line: 0, "no date found; timeline entries cannot be placed in time"))
        return nil
    }

    /// The date an incident starts on, from the line holding the first date found:
    /// "from 23:18 to 01:12 on 12/03/2024 … on 11/03/2024" names the end's date first,
    /// so the earliest date of the line wins; "17:33 - 15 October 2023 01:01" dates
    /// the end, and a start clock later than the end's was the day before.
    mutating func startDate(_ found: (line: Int, match: DateMatch), lines: [(line: Int, text: String)], among others: [DateMatch]) -> LocalDate {
        var date = settle(found.match, line: found.line, among: others)
        guard let text = lines.first(where: { $0.line == found.line })?.text else { return date }
        let onLine = DateScanner.dates(in: text, order: dateOrder).filter { !$0.yearMissing }
        if onLine.count > 1 {
            let settled = onLine.map { settle($0, line: found.line, among: others) }
            return settled.min() ?? date
        }
        let times = TimeScanner.times(in: text)
        let at = found.match.range.location
        if let before = times.last(where: { $0.range.location < at }),
           let after = times.first(where: { $0.range.location > at }), before.time > after.time {
            date = date.adding(days: -1)
        }
        return date
    }

    /// Picks a reading of an ambiguous numeric date (05/04/2020): the one another
    /// date of the document confirms, else the `dateOrder` one, and says so.
    mutating func settle(_ match: DateMatch, line: Int, among others: [DateMatch]) -> LocalDate {
        guard let alternative = match.alternative else { return match.date }
        // The file name's date (2023-02-08-….md) counts as another date of the document.
        let named = fileNameDates.filter { !$0.yearMissing && $0.alternative == nil }.map(\.date)
        let unambiguous = others.filter { $0.alternative == nil }.map(\.date) + named
        if unambiguous.contains(alternative) && !unambiguous.contains(match.date) {
            diagnostics.append(Diagnostic(.note, line: line, "ambiguous date read as \(alternative), which the document names elsewhere"))
            return alternative
        }
        if unambiguous.contains(match.date), let dateOrderReason {
            diagnostics.append(Diagnostic(.note, line: line, "ambiguous date read as \(match.date) (not \(alternative)), \(dateOrderReason)"))
        } else if !unambiguous.contains(match.date) {
            diagnostics.append(Diagnostic(.warning, line: line,
                "ambiguous date read as \(match.date) (not \(alternative))\(dateOrderReason.map { ", \($0)" } ?? ""); set dateOrder in debrief.yml or write ISO dates"))
        }
        return match.date
    }
}
