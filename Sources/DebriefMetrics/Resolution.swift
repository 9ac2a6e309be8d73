import DebriefModel
import Foundation

/// Where an incident stands at an instant (a digest week's end). The one place
/// that decides it: the digest's "still unresolved" list, its table's TTR
/// column and its headline all read this, so they cannot disagree.
public enum Resolution: Sendable, Equatable {
    /// Resolved before the instant, after this many seconds (nil without a start).
    case resolved(seconds: Int?)
    /// Resolved at or after the instant, or marked open with no resolved time.
    case open
    /// No resolved time and not marked open: the postmortem does not say.
    case notStated

    /// The state of `incident` at `instant`.
    public init(_ incident: Incident, at instant: Date) {
        if let resolved = incident.time(of: .resolved) {
            if resolved >= instant { self = .open; return }
            self = .resolved(seconds: IncidentMetrics(incident).timeToResolve)
            return
        }
        self = incident.isOpen ? .open : .notStated
    }

    /// Whether a digest lists the incident as unresolved: open, or (for an incident of the
    /// week itself) with no resolution stated, since its table row cannot show a TTR either.
    public func isUnresolved(startedThisWeek: Bool) -> Bool {
        switch self {
        case .resolved: false
        case .open: true
        case .notStated: startedThisWeek
        }
    }

    /// The TTR cell: "1 h 05 min", "open", or "not stated".
    public var ttrText: String {
        switch self {
        case .resolved(let seconds?): DurationFormat.text(seconds: seconds)
        case .resolved(nil): "—"
        case .open: "open"
        case .notStated: "not stated"
        }
    }
}
