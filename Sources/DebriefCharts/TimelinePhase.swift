import Foundation

/// A span between two consecutive known milestones, named after the phase that
/// ends at the later one (detected → "detect", resolved → "resolve").
struct TimelinePhase: Equatable {
    var name: String
    var start: Date
    var end: Date

    /// Canonical milestone order.
    static let milestoneOrder = ["started", "detected", "acknowledged", "identified", "mitigated", "resolved"]
    /// Phase ending at each milestone after "started".
    static let phaseNames = ["detected": "detect", "acknowledged": "acknowledge", "identified": "identify",
                             "mitigated": "mitigate", "resolved": "resolve"]
    /// Abbreviations for bands too narrow for the full name.
    static let shortNames = ["acknowledge": "ack", "identify": "ident", "mitigate": "mitig"]

    /// Phases between consecutive known milestones in canonical order. A
    /// milestone given twice counts at its earliest time; unknown names are
    /// ignored; spans that run backwards (inconsistent data) are skipped.
    static func phases(from milestones: [ChartMilestone]) -> [TimelinePhase] {
        var known: [(name: String, at: Date)] = []
        for name in milestoneOrder {
            if let at = milestones.filter({ $0.name.lowercased() == name }).map(\.at).min() {
                known.append((name, at))
            }
        }
        guard known.count >= 2 else { return [] }
        var out: [TimelinePhase] = []
        for (a, b) in zip(known, known.dropFirst()) where b.at > a.at {
            out.append(TimelinePhase(name: phaseNames[b.name] ?? b.name, start: a.at, end: b.at))
        }
        return out
    }
}
