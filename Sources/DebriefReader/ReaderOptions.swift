import DebriefModel
/// Site-wide settings the reader needs, and what the caller knows about the file.
public struct ReaderOptions: Sendable {
    /// Zone for documents that state none (the site's `timezone`).
    public var defaultZone: ZoneSpec
    /// How the default zone is named in messages ("UTC").
    public var defaultZoneName: String
    /// How to read 05/04/2020-style dates.
    public var dateOrder: DateOrder
    /// A date for documents that state none, and where it came from
    /// ("the first git commit", "the file's modification time"). The file name is tried
    /// first; this is called only when needed, so it may do I/O.
    public var fallbackDate: @Sendable () -> (date: LocalDate, source: String)?
    /// How milestones are chosen from the timeline (see `MilestoneEngine`).
    public var milestoneEngine: MilestoneEngine = .consensus
    /// Keep every decoded entry's signals on the incident (`inspect --explain`, `make model`).
    public var recordSignals = false

    public init(defaultZone: ZoneSpec = .fixed(seconds: 0), defaultZoneName: String = "UTC", dateOrder: DateOrder = .auto,
                fallbackDate: @escaping @Sendable () -> (date: LocalDate, source: String)? = { nil }) {
        self.defaultZone = defaultZone
        self.defaultZoneName = defaultZoneName
        self.dateOrder = dateOrder
        self.fallbackDate = fallbackDate
    }
}

/// How the reader chooses milestones.
public enum MilestoneEngine: String, Sendable, CaseIterable {
    /// The phrase rules and per-milestone pickers (`MilestoneRules`, `MilestonePicker`), tuned on
    /// the public corpus; to be retired once the decoder alone reads unseen postmortems better.
    case rules
    /// Features per entry and one global decoder with confidence (`MilestoneDecision`).
    case decoder
    /// Both (the default): a milestone is given only where the decoder and the rules agree within a
    /// minute. On postmortems nobody tuned on it halves the wrong values for a loss of recall.
    case consensus
}
