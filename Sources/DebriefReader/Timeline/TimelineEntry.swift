import DebriefModel
import Foundation

/// One line-level finding of the timeline scan, before dates and zones are settled.
struct TimelineEntry: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A timestamped (or dated) event.
        case event
        /// A date line ("2019-01-23", "### Feb 20 2018") that dates the entries after it.
        case day
        /// "Outage Duration: [07:43 - 08:35]": a start and an end, not an event.
        case window
    }

    var kind: Kind
    var line: Int
    var date: DateMatch?
    var time: ClockMatch?
    var endTime: ClockMatch?
    /// Days to add from an explicit "(+1)" / "(next day)" marker.
    var dayOffset: Int?
    var text: String
    /// All words of the entry, continuation lines included, for classifying it.
    var fullText: String
    /// Seconds after the document's T+0 ("T+1h20m"), for timelines written relative to it.
    var relative: Int? = nil
    /// Who acted, from a table's Who column (not part of `text`).
    var who: String? = nil
    /// The day of the week written before the clock (0 = Monday), when no date is.
    var weekday: Int? = nil
    /// True for an entry that is a heading ("### 14:55", "### 23:00-23:59 UTC: Root cause").
    var isHeading = false
    /// True when the entry's words stand on its own line, after the stamp (not taken from the paragraphs below).
    var titled = false

    /// Every milestone the entry's own words could announce, and the label shown for it:
    /// the most specific milestone of all its words (continuation lines included). The
    /// rules run once when those are the same words.
    func classified() -> (label: Milestone?, candidates: [Milestone]) {
        let candidates = MilestoneRules.candidates(text)
        return (fullText == text ? candidates.first : MilestoneRules.classify(fullText), candidates)
    }
}
