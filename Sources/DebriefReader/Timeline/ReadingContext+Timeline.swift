import DebriefModel
import DebriefMarkdown
import Foundation

extension ReadingContext {
    /// The entries of the timeline sections, or of the whole document when it has none.
    func timelineEntries() -> [TimelineEntry] {
        let scanner = TimelineScanner(document: document, order: dateOrder)
        let timeline = sections(.timeline)
        var entries: [TimelineEntry] = []
        for section in timeline {
            entries += scanner.entries(from: section.startLine, to: section.endLine, blocks: section.blocks)
        }
        let count = { (entries: [TimelineEntry]) in entries.filter { $0.kind == .event && $0.time != nil }.count }
        // A timeline section told in prose ("The outage occurred by 08:00 GMT but was detected …"),
        // or in bullets that give the time mid-sentence, where lines that open with one are few.
        let told = narrativeEntries(in: [.timeline], lists: true)
        let toldMore = count(told) >= 3 && count(told) > 2 * count(entries)
        if entries.contains(where: { $0.kind == .event }), !toldMore { return entries }
        let updates = frontMatterUpdates()
        if !updates.isEmpty, !toldMore { return updates }
        if count(told) > 0 { return told }
        // No timeline section (or an empty one): look for timestamped entries anywhere but in
        // the action items and lessons, else read the story sentence by sentence.
        var lines: [TimelineEntry] = []
        for section in sections where section.kind != .actionItems && section.kind != .lessons {
            lines += scanner.entries(from: section.kind == .other && section.headingLine == 0 ? section.startLine : section.headingLine,
                                     to: section.endLine, blocks: section.blocks)
        }
        lines = lines.filter { $0.kind != .window }
        let story = narrativeEntries()
        // One or two clocks in prose are mentions; three or more tell the story.
        let found = count(story) >= 3 && count(story) > count(lines) ? story : lines
        if count(found) == 0, let opened = openedPost() { return found + [opened] }
        return found
    }

    /// A status page's issue whose posts carry no time of their own (cState writes the time into
    /// front matter only): its `date:` with a clock is when the issue was opened, the time of its
    /// *Investigating* post.
    func openedPost() -> TimelineEntry? {
        guard let stamp = frontMatterDateTime(), let day = stamp.date,
              let post = proseLines.first(where: { MilestoneLabels.leadingLabel($0.text.lowercased()) == .acknowledged
                  && $0.text.lowercased().containsBytes("investigating") }) else { return nil }
        // The date and clock come from front matter, not from the post's words: no range in its text.
        let none = NSRange(location: NSNotFound, length: 0)
        let date = DateMatch(range: none, date: day, alternative: nil, yearMissing: false)
        let time = ClockMatch(range: none, time: stamp.time, zone: stamp.zone?.spec, approximate: false, twelveHour: false)
        return TimelineEntry(kind: .event, line: post.line, date: date, time: time, text: post.text, fullText: post.text)
    }

    static let tZero = try! NSRegularExpression(pattern: #"\bT\s?(?:\+\s?)?0(?![\w:])"#)

    /// The instant a relative timeline counts from: a line naming T+0 with a clock
    /// ("**Start (T+0):** 2024-08-09 22:40 UTC", "relative to T+0 (22:40 UTC)").
    func relativeAnchor(date: LocalDate?, zone: ZoneSpec) -> (instant: Date, offset: Int)? {
        for (_, text) in proseLines {
            let ns = text as NSString
            guard Self.tZero.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) != nil,
                  let time = TimeScanner.times(in: text).first,
                  let day = DateScanner.dates(in: text, order: dateOrder).first(where: { !$0.yearMissing })?.date ?? date else { continue }
            let spec = time.zone ?? zone
            let offset = spec.offset(on: day, at: time.time)
            return (day.instant(at: time.time, offsetSeconds: offset), offset)
        }
        return nil
    }

    /// The day with `weekday` (0 = Monday) nearest `from`: on or after it when `forward`, else on or before it.
    static func day(_ weekday: Int, from: LocalDate, forward: Bool) -> LocalDate {
        let own = ((from.daysSinceEpoch + 3) % 7 + 7) % 7 // 1970-01-01 was a Thursday
        let ahead = ((weekday - own) % 7 + 7) % 7
        return from.adding(days: forward ? ahead : (ahead == 0 ? 0 : ahead - 7))
    }

    /// Dates, zones and milestones of the timeline; fills `incident.timeline` and `incident.milestones`.
    mutating func readTimeline(into incident: inout Incident, zone: ZoneSpec) {
        let entries = timelineEntries()
        let baseDate = statedFirstDate(of: entries, base: incident.date) ?? incident.date
        let relativeAnchor = entries.contains { $0.relative != nil } ? self.relativeAnchor(date: baseDate, zone: zone) : nil
        var current = baseDate
        var previous: ClockTime?
        var afternoon = false // the last clock written with pm
        var rollovers = 0
        var sawWeekday = false
        var events: [TimelineEvent] = []
        var windows: [(start: Date, end: Date, line: Int)] = []
        var seen = Set<SeenEntry>()
        func place(_ date: LocalDate?, _ time: ClockMatch) -> Date? {
            guard let date else { return nil }
            let spec = time.zone ?? zone
            return date.instant(at: time.time, offsetSeconds: spec.offset(on: date, at: time.time))
        }
        func withYear(_ match: DateMatch) -> LocalDate {
            // An ambiguous 03/04 date takes the reading nearer the document's date.
            if let alternative = match.alternative, let base = baseDate,
               abs(alternative.daysSinceEpoch - base.daysSinceEpoch) < abs(match.date.daysSinceEpoch - base.daysSinceEpoch) {
                return alternative
            }
            guard match.yearMissing else { return match.date }
            let year = current?.year ?? baseDate?.year ?? match.date.year
            return LocalDate(validYear: year, month: match.date.month, day: match.date.day) ?? match.date
        }
        for (index, entry) in entries.enumerated() {
            // An entry that repeats the day in force ("… at 4:00 ET, June 16") keeps the clock's run.
            var sameDay = false
            if let match = entry.date {
                let day = withYear(match)
                sameDay = day == current
                current = day
                if !sameDay { previous = nil }
            }
            if entry.kind == .day { continue }
            if let relative = entry.relative {
                // "T+1h20m": placed from the document's T+0, when it names one.
                let at = relativeAnchor.map { $0.instant.addingTimeInterval(TimeInterval(relative)) }
                let local = at.map { $0.addingTimeInterval(TimeInterval(relativeAnchor?.offset ?? 0)) }
                let seconds = local.map { Int($0.timeIntervalSince1970) }
                let words = entry.classified()
                events.append(TimelineEvent(at: at, localDate: seconds.map { LocalDate(daysSinceEpoch: Int((Double($0) / 86_400).rounded(.down))) },
                                            localTime: seconds.map { ClockTime(hour: (($0 % 86_400 + 86_400) % 86_400) / 3600, minute: (($0 % 3600 + 3600) % 3600) / 60, second: ($0 % 60 + 60) % 60) },
                                            offsetSeconds: relativeAnchor?.offset ?? 0, text: entry.text.isEmpty ? "(no description)" : entry.text,
                                            milestone: words.label, line: entry.line, candidates: words.candidates, who: entry.who))
                continue
            }
            guard var time = entry.time else {
                if entry.kind == .event, !entry.text.isEmpty {
                    let words = entry.classified()
                    events.append(TimelineEvent(at: nil, localDate: current, localTime: nil, offsetSeconds: 0, text: entry.text,
                                                milestone: words.label, line: entry.line, candidates: words.candidates, who: entry.who))
                }
                continue
            }
            // "around 2:50pm … at 3:31 … by 4:45": a bare clock after an afternoon one keeps the afternoon.
            var carried = false
            if !time.twelveHour, (1...11).contains(time.time.hour), afternoon, let previous,
               time.time.secondsOfDay + 12 * 3600 >= previous.secondsOfDay, entry.date == nil || sameDay {
                time.time = ClockTime(hour: time.time.hour + 12, minute: time.time.minute, second: time.time.second)
                carried = true
            }
            var date = current
            if time.endOfDay {
                // "24:00" closes the day: it is the next day's midnight, and later entries follow it.
                date = current?.adding(days: 1)
                current = date
            } else if let offset = entry.dayOffset, let base = baseDate {
                date = base.adding(days: offset)
                current = date
            } else if entry.date == nil, let weekday = entry.weekday, let from = current {
                // The first such entry: the latest such day up to the document's (a post is dated after);
                // later ones: the next such day from the one in force.
                date = Self.day(weekday, from: from, forward: sawWeekday)
                current = date
                sawWeekday = true
            } else if entry.date == nil, let previous, time.time < previous, previous.hour >= 18 || previous.secondsOfDay - time.time.secondsOfDay > 12 * 3600 {
                // A clock that goes backwards after late evening has rolled over midnight.
                date = current?.adding(days: 1)
                current = date
                rollovers += 1
                if rollovers == 1 || rollovers == 4 {
                    diagnostics.append(Diagnostic(rollovers == 1 ? .note : .warning, line: entry.line, rollovers == 1
                        ? "the clock goes back from \(previous) to \(time.time) with no date; read as the next day"
                        : "the clock goes back past midnight more than 3 times with no date; write dates on the entries to be sure"))
                }
            }
            previous = time.time
            if time.twelveHour { afternoon = time.time.hour >= 12 } else if !carried, time.time.hour >= 13 || time.time.hour == 0 { afternoon = false }
            if entry.kind == .window, let end = entry.endTime, let start = place(date, time) {
                var finish = place(date, end) ?? start
                // Past midnight: the next day's clock, in that day's offset (DST may differ).
                if finish < start { finish = place(date?.adding(days: 1), end) ?? finish + 86_400 }
                windows.append((start, finish, entry.line))
                continue
            }
            // "## 2019-02-03 19:30:00 -0500" over "- 19:30 - users report …": a heading that only
            // dates the first entry is not an entry of its own.
            if entry.text.isEmpty, index + 1 < entries.count, entries[index + 1].time?.time == time.time { continue }
            // "### 23:00-23:59 UTC: Root cause identification" over "- 23:10: …": a phase's title
            // with its span, whose own entries follow, is not an entry.
            if entry.kind == .event, entry.isHeading, entry.titled, let end = entry.endTime, index + 1 < entries.count,
               let next = entries[index + 1].time, entries[index + 1].date == nil, next.time >= time.time,
               next.time < end.time || end.time < time.time { continue }
            let text = entry.text.isEmpty ? "(no description)" : entry.text
            guard seen.insert(SeenEntry(date: date, hour: time.time.hour, minute: time.time.minute, text: text.lowercased())).inserted else { continue }
            let at = place(date, time)
            let spec = time.zone ?? zone
            let words = entry.classified()
            events.append(TimelineEvent(at: at, localDate: date, localTime: time.time,
                                        offsetSeconds: date.map { spec.offset(on: $0, at: time.time) } ?? 0,
                                        text: text, milestone: words.label, line: entry.line, candidates: words.candidates, who: entry.who))
        }
        if let window = summaryWindow() {
            let endDate = window.endDate.map { withYear($0) }
            // Inside the timeline, an undated window takes the date in force at its line.
            let inForce = entries.last { $0.date != nil && $0.line <= window.line }?.date.map { withYear($0) }
            let inTimeline = sections(.timeline).contains { ($0.headingLine...max($0.headingLine, $0.endLine)).contains(window.line) }
            var date = window.date.map { withYear($0) } ?? window.laterDate.map { withYear($0) } ?? (inTimeline ? inForce : nil)
            if date == nil, let endDate {
                // "from 23:10 to 01:15 on May 4": a start clock after the end's was the day before.
                date = window.start.time > window.end.time ? endDate.adding(days: -1) : endDate
            }
            date = date ?? baseDate
            if let start = place(date, window.start), var end = place(endDate ?? date, window.end) {
                if end < start { end = place((endDate ?? date)?.adding(days: 1), window.end) ?? end + 86_400 }
                windows.append((start, end, window.line))
            }
        }
        let stated = statedMoments(base: baseDate, zone: zone, window: windows.first)
        decideMilestones(events: &events, window: windows.first, stated: stated, into: &incident)
        incident.timeline = events
        if events.isEmpty {
            diagnostics.append(Diagnostic(.note, line: sections(.timeline).first?.headingLine ?? 0, "no timestamped timeline entries found"))
        } else if events.allSatisfy({ $0.at == nil }) {
            diagnostics.append(Diagnostic(.warning, line: events[0].line, "timeline entries have no date; milestones are left unknown"))
        }
    }

    /// started/detected/... from front matter override everything inferred.
    mutating func applyFrontMatterMilestones(into incident: inout Incident, zone: ZoneSpec) {
        guard let front = document.frontMatter else { return }
        for milestone in Milestone.allCases {
            // `resolved: true` (a status page's flag) says it is over, not when; `resolvedWhen:` says when.
            let entries = ([milestone.rawValue] + (FrontMatterSchema.milestoneAliases[milestone] ?? [])).compactMap(front.entry)
            guard let entry = entries.first(where: { $0.value.string.map { FrontMatterSchema.booleans[$0.lowercased()] == nil } ?? false }),
                  let text = entry.value.string else { continue }
            // `resolved: false` beside `resolvedWhen:` (a status page's editor fills the time in on creation):
            // the flag says it is not over, so the time is not its end.
            if let flag = front.entry(milestone.rawValue)?.value.string.flatMap({ FrontMatterSchema.booleans[$0.lowercased()] }), !flag {
                diagnostics.append(Diagnostic(.note, line: entry.line, "\(entry.key): ignored, since '\(milestone.rawValue): false' says the incident is not over"))
                continue
            }
            if let instant = FrontMatterTime.parse(text, zone: zone, defaultDate: incident.date) {
                incident.milestones[milestone] = MilestoneValue(at: instant, line: entry.line, source: "front matter")
            } else {
                diagnostics.append(Diagnostic(.error, line: entry.line, "\(milestone.rawValue): '\(text)' is not a date and time (use 2024-07-15T07:43:00+02:00)"))
            }
        }
    }
}

/// An entry already placed: the same day, minute and words (in any case) is written twice.
struct SeenEntry: Hashable {
    var date: LocalDate?
    var hour: Int
    var minute: Int
    var text: String
}
