import DebriefMarkdown
import DebriefModel
import Foundation

extension ReadingContext {
    /// A status page's updates kept in front matter, one mapping per update with a timestamp, a
    /// state and the words posted (`incident_states: [{status: investigating, content: "…",
    /// date: 2022-02-02 22:08 GMT+1}, …]`): each becomes a timeline entry, its text led by its
    /// state as a status page shows it ("Investigating - …"). Needs two timed updates or more.
    func frontMatterUpdates() -> [TimelineEntry] {
        guard let front = document.frontMatter else { return [] }
        for entry in front.entries {
            guard case .sequence(let items) = entry.value, items.count >= 2 else { continue }
            let updates = items.compactMap(Self.update)
            if updates.count >= 2 && updates.count == items.count { return updates }
        }
        return []
    }

    /// Keys that name an update's state on status pages.
    static let updateStateKeys: Set<String> = ["status", "state", "type", "phase"]

    /// One update: a mapping with a dated timestamp and words (the longest other scalar of two
    /// words or more); nil for any other shape.
    static func update(_ item: YAMLValue) -> TimelineEntry? {
        guard case .mapping(let fields) = item else { return nil }
        var stamp: (reading: FrontMatterTime.Reading, line: Int)?
        var words: YAMLEntry?, state: String?
        for field in fields {
            guard let text = field.value.string?.trimmingBlanks(), !text.isEmpty else { continue }
            if stamp == nil, let reading = FrontMatterTime.read(text), reading.date != nil {
                stamp = (reading, field.line)
            } else if updateStateKeys.contains(field.key.lowercased()), !text.contains(" ") {
                state = text
            } else if text.split(separator: " ").count >= 2, text.count > (words?.value.string?.count ?? 0) {
                words = field
            }
        }
        guard let stamp, let day = stamp.reading.date, let words, let said = words.value.string?.trimmingBlanks() else { return nil }
        let text = state.map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() + " - " + said } ?? said
        let none = NSRange(location: NSNotFound, length: 0)
        let date = DateMatch(range: none, date: day, alternative: nil, yearMissing: false)
        let time = ClockMatch(range: none, time: stamp.reading.time, zone: stamp.reading.zone?.spec, approximate: false, twelveHour: false)
        return TimelineEntry(kind: .event, line: min(words.line, stamp.line), date: date, time: time, text: text, fullText: text)
    }
}
