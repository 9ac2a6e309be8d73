import DebriefMarkdown
import DebriefModel
import Foundation

/// `debrief check`'s judgement of one postmortem beyond what reading it found: the
/// front matter against ``FrontMatterSchema``, then the document (timeline, zone,
/// milestones, placeholders, owners, root cause) and blameless-language notes.
/// A pure function of the document and the incident read from it.
public struct PostmortemLint: Sendable {
    public var placeholders: Placeholders

    public init(placeholders: Placeholders = Placeholders()) {
        self.placeholders = placeholders
    }

    /// Every finding, sorted by line and column.
    public func check(_ document: Document, incident: Incident) -> [Diagnostic] {
        let lines = LintLine.lines(of: document)
        var found = document.frontMatter.map(FrontMatterSchema.check) ?? []
        found += timeline(incident, document: document)
        found += milestones(incident, front: document.frontMatter)
        found += placeholders.warnings(lines)
        found += owners(incident)
        found += rootCause(incident, front: document.frontMatter)
        found += BlamelessLanguage.notes(lines)
        return found.sorted()
    }

    /// True when the front matter says the incident is still open, so missing end times are expected.
    static func declaredOpen(_ front: FrontMatter?) -> Bool {
        guard let status = front?["status"]?.string?.lowercased() else { return false }
        return FrontMatterSchema.statuses.prefix(6).contains(status)
    }

    func timeline(_ incident: Incident, document: Document) -> [Diagnostic] {
        let stated = incident.milestones.values.contains { $0.source == "front matter" }
        if incident.timeline.isEmpty && !stated {
            return [Diagnostic(.warning, line: 0, "no timeline: add a '## Timeline' section with one timestamped entry per line (e.g. '- 14:05 UTC alert fired')")]
        }
        let timed = incident.timeline.first { $0.at != nil }
        guard !incident.zoneStated, timed != nil || stated else { return [] }
        let line = timed?.line ?? incident.milestones.values.map(\.line).min() ?? 0
        return [Diagnostic(.warning, line: line, column: 1,
            "clock times with no time zone are read as \(incident.zoneName), the site's zone; state one (front matter 'timezone:', or 'All times UTC')")]
    }

    func milestones(_ incident: Incident, front: FrontMatter?) -> [Diagnostic] {
        let open = Self.declaredOpen(front)
        var found: [Diagnostic] = []
        for milestone in [Milestone.started, .resolved] where incident.milestones[milestone] == nil {
            if open && milestone == .resolved { continue }
            let fix = milestone == .resolved ? " (or 'status: open' while it lasts)" : ""
            found.append(Diagnostic(.warning, line: 0,
                "no \(milestone.rawValue) time: time to resolve cannot be measured; add '\(milestone.rawValue):' to the front matter or a timeline entry\(fix)"))
        }
        let others = Milestone.allCases.filter { $0 != .started && $0 != .resolved && incident.milestones[$0] == nil }
        if !others.isEmpty {
            found.append(Diagnostic(.note, line: 0, "milestones not found: \(others.map(\.rawValue).joined(separator: ", "))"))
        }
        return found
    }

    func owners(_ incident: Incident) -> [Diagnostic] {
        incident.actionItems.filter { $0.owner == nil }.map {
            Diagnostic(.warning, line: $0.line, column: 1, "action item has no owner: add '(owner: @name)'")
        }
    }

    func rootCause(_ incident: Incident, front: FrontMatter?) -> [Diagnostic] {
        guard incident.rootCause.isEmpty else { return [] }
        // Still open: the cause may not be known yet.
        let level: Diagnostic.Level = Self.declaredOpen(front) ? .note : .warning
        return [Diagnostic(level, line: 0, "no root cause: add a '## Root cause' section")]
    }
}
