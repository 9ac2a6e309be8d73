import Foundation

/// Everything Debrief knows about one postmortem: facts, timeline, action
/// items and the diagnostics met while reading it.
public struct Incident: Sendable, Equatable {
    /// Path of the source file as given (relative to the site when building).
    public var source: String
    public var slug: String
    public var title: String
    public var authors: [String]
    /// The incident's date (local to its zone).
    public var date: LocalDate?
    /// How the date was found ("front matter", "summary", "file name", ...).
    public var dateSource: String
    /// UTC offset used to read the document's clock times.
    public var offsetSeconds: Int
    /// True when the document states its zone; false when the site default was used.
    public var zoneStated: Bool
    /// How the zone was written ("GMT+2", "Europe/Berlin").
    public var zoneName: String
    public var severity: Severity?
    public var services: [String]
    public var tags: [String]
    /// "resolved", "open", ... from front matter, or derived.
    public var status: String
    /// `draft: true` or `status: draft`: kept off the site unless drafts are asked for.
    public var isDraft: Bool = false
    public var milestones: [Milestone: MilestoneValue]
    public var timeline: [TimelineEvent]
    public var actionItems: [ActionItem]
    /// Plain text of the summary, root cause and resolution sections (may be empty).
    public var summary: String
    public var rootCause: String
    public var resolution: String
    public var diagnostics: [Diagnostic]
    /// How each inferred milestone was decided (empty for front matter only).
    public var explanations: [MilestoneExplanation] = []
    /// Every entry the decoder weighed and its signals, when the reader was asked to record them.
    public var decisionEntries: [MilestoneExplanation.Entry] = []

    public init(source: String, slug: String, title: String, authors: [String] = [], date: LocalDate? = nil,
                dateSource: String = "", offsetSeconds: Int = 0, zoneStated: Bool = false, zoneName: String = "UTC",
                severity: Severity? = nil, services: [String] = [], tags: [String] = [], status: String = "",
                milestones: [Milestone: MilestoneValue] = [:], timeline: [TimelineEvent] = [],
                actionItems: [ActionItem] = [], summary: String = "", rootCause: String = "", resolution: String = "",
                diagnostics: [Diagnostic] = []) {
        self.source = source
        self.slug = slug
        self.title = title
        self.authors = authors
        self.date = date
        self.dateSource = dateSource
        self.offsetSeconds = offsetSeconds
        self.zoneStated = zoneStated
        self.zoneName = zoneName
        self.severity = severity
        self.services = services
        self.tags = tags
        self.status = status
        self.milestones = milestones
        self.timeline = timeline
        self.actionItems = actionItems
        self.summary = summary
        self.rootCause = rootCause
        self.resolution = resolution
        self.diagnostics = diagnostics
    }

    /// The milestone's instant, if known.
    public func time(of milestone: Milestone) -> Date? { milestones[milestone]?.at }

    /// When customer impact began, else the earliest known instant.
    public var startedAt: Date? {
        time(of: .started) ?? Milestone.allCases.compactMap { time(of: $0) }.min() ?? timeline.compactMap(\.at).min()
    }

    /// True when nothing says the incident is over.
    public var isOpen: Bool {
        let lowered = status.lowercased()
        if ["open", "ongoing", "investigating", "monitoring", "unresolved", "active"].contains(lowered) { return true }
        if ["resolved", "closed", "complete", "completed", "done"].contains(lowered) { return false }
        return time(of: .resolved) == nil && time(of: .mitigated) == nil
    }
}
