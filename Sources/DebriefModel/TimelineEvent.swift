import Foundation

/// One timestamped entry of an incident's timeline.
public struct TimelineEvent: Sendable, Equatable {
    /// The instant, when the date and zone are known well enough to place it.
    public var at: Date?
    /// The local date and clock as written (after carrying dates forward).
    public var localDate: LocalDate?
    public var localTime: ClockTime?
    /// UTC offset used for `at`.
    public var offsetSeconds: Int
    public var text: String
    public var milestone: Milestone?
    /// File line of the entry.
    public var line: Int
    /// Every milestone the entry's words could announce (`milestone` is the most specific).
    public var candidates: [Milestone]
    /// Who acted, when the timeline says so apart from the text (a table's Who column).
    public var who: String?

    public init(at: Date?, localDate: LocalDate?, localTime: ClockTime?, offsetSeconds: Int, text: String, milestone: Milestone?, line: Int,
                candidates: [Milestone]? = nil, who: String? = nil) {
        self.who = who
        self.candidates = candidates ?? milestone.map { [$0] } ?? []
        self.at = at
        self.localDate = localDate
        self.localTime = localTime
        self.offsetSeconds = offsetSeconds
        self.text = text
        self.milestone = milestone
        self.line = line
    }
}

/// A follow-up task from the postmortem.
public struct ActionItem: Sendable, Equatable {
    public var text: String
    public var owner: String?
    public var done: Bool
    public var line: Int

    public init(text: String, owner: String?, done: Bool, line: Int) {
        self.text = text
        self.owner = owner
        self.done = done
        self.line = line
    }
}
