import DebriefModel
import Foundation

/// A sentence of the summary that gives a clock for something that happened ("At approximately
/// 12:00 AM PDT on March 24th the web server became unresponsive"): the author's own statement
/// of when, which the decoder weighs beside the timeline's entries.
struct StatedMoment: Sendable, Equatable {
    var at: Date
    var line: Int
    var text: String
}

extension ReadingContext {
    /// Clauses of the summary and impact sections with one clock each, placed on their own
    /// date or the document's, in the document's zone. Not the stated window's ends (the
    /// window is read as such) and none when the document has no timeline to weigh them with.
    /// The decoder lets them give only the start and the end (`MilestoneDecision.statable`).
    func statedMoments(base: LocalDate?, zone: ZoneSpec, window: (start: Date, end: Date, line: Int)?) -> [StatedMoment] {
        guard !sections(.timeline).isEmpty else { return [] }
        var out: [StatedMoment] = []
        for entry in narrativeEntries(in: [.summary, .impact]) {
            // One clock: "(19:38 - 20:18, Europe/Berlin)" is a window, read as such or not at all.
            guard let time = entry.time, TimeScanner.times(in: entry.text).count == 1,
                  let day = entry.date.map({ $0.yearMissing ? LocalDate(validYear: base?.year ?? $0.date.year, month: $0.date.month, day: $0.date.day) ?? $0.date : $0.date }) ?? base
            else { continue }
            let spec = time.zone ?? zone
            let at = day.instant(at: time.time, offsetSeconds: spec.offset(on: day, at: time.time))
            if let window, abs(at.timeIntervalSince(window.start)) < 60 || abs(at.timeIntervalSince(window.end)) < 60 { continue }
            out.append(StatedMoment(at: at, line: entry.line, text: entry.text))
        }
        return out
    }
}
