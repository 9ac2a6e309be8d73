import DebriefModel
import Foundation

/// The cache's byte format for an incident and the values inside it, field by field.
/// The model types live in DebriefModel and are not `Codable`; these are written by
/// hand, and `CacheCodingTests` fails when a model type gains a field this skips.
enum IncidentCoding {
    static func write(_ incident: Incident, to out: inout CacheWriter) {
        out.write(incident.source)
        out.write(incident.slug)
        out.write(incident.title)
        out.write(incident.authors)
        out.write(incident.date) { write($1, to: &$0) }
        out.write(incident.dateSource)
        out.write(incident.offsetSeconds)
        out.write(incident.zoneStated)
        out.write(incident.zoneName)
        out.write(incident.severity) { $0.write($1.level); $0.write($1.label) }
        out.write(incident.services)
        out.write(incident.tags)
        out.write(incident.status)
        out.write(incident.isDraft)
        let milestones = incident.milestones.sorted { $0.key < $1.key }
        out.write(milestones) { out, pair in out.write(pair.key.rawValue); write(pair.value, to: &out) }
        out.write(incident.timeline) { write($1, to: &$0) }
        out.write(incident.actionItems) { out, item in
            out.write(item.text); out.write(item.owner) { $0.write($1) }; out.write(item.done); out.write(item.line)
        }
        out.write(incident.summary)
        out.write(incident.rootCause)
        out.write(incident.resolution)
        out.write(incident.diagnostics) { write($1, to: &$0) }
        out.write(incident.explanations) { write($1, to: &$0) }
        out.write(incident.decisionEntries) { write($1, to: &$0) }
    }

    static func read(_ input: inout CacheReader) throws -> Incident {
        var incident = Incident(source: try input.string(), slug: try input.string(), title: try input.string())
        incident.authors = try input.strings()
        incident.date = try input.optional { try localDate(&$0) }
        incident.dateSource = try input.string()
        incident.offsetSeconds = try input.int()
        incident.zoneStated = try input.bool()
        incident.zoneName = try input.string()
        incident.severity = try input.optional { input in
            var severity = Severity(level: try input.int())
            severity.label = try input.string()
            return severity
        }
        incident.services = try input.strings()
        incident.tags = try input.strings()
        incident.status = try input.string()
        incident.isDraft = try input.bool()
        let milestones = try input.array { input in (try input.raw(Milestone.self), try milestoneValue(&input)) }
        incident.milestones = Dictionary(milestones, uniquingKeysWith: { first, _ in first })
        incident.timeline = try input.array { try timelineEvent(&$0) }
        incident.actionItems = try input.array { input in
            ActionItem(text: try input.string(), owner: try input.optional { try $0.string() }, done: try input.bool(), line: try input.int())
        }
        incident.summary = try input.string()
        incident.rootCause = try input.string()
        incident.resolution = try input.string()
        incident.diagnostics = try input.array { try diagnostic(&$0) }
        incident.explanations = try input.array { try explanation(&$0) }
        incident.decisionEntries = try input.array { try entry(&$0) }
        return incident
    }

    static func write(_ date: LocalDate, to out: inout CacheWriter) {
        out.write(date.year); out.write(date.month); out.write(date.day)
    }

    static func localDate(_ input: inout CacheReader) throws -> LocalDate {
        LocalDate(year: try input.int(), month: try input.int(), day: try input.int())
    }

    static func write(_ value: MilestoneValue, to out: inout CacheWriter) {
        out.write(value.at); out.write(value.line); out.write(value.source); out.write(value.confidence) { $0.write($1.rawValue) }
    }

    static func milestoneValue(_ input: inout CacheReader) throws -> MilestoneValue {
        MilestoneValue(at: try input.date(), line: try input.int(), source: try input.string(),
                       confidence: try input.optional { try $0.raw(Confidence.self) })
    }

    static func write(_ event: TimelineEvent, to out: inout CacheWriter) {
        out.write(event.at) { $0.write($1) }
        out.write(event.localDate) { write($1, to: &$0) }
        out.write(event.localTime) { $0.write($1.hour); $0.write($1.minute); $0.write($1.second) }
        out.write(event.offsetSeconds)
        out.write(event.text)
        out.write(event.milestone) { $0.write($1.rawValue) }
        out.write(event.line)
        out.write(event.candidates) { $0.write($1.rawValue) }
        out.write(event.who) { $0.write($1) }
    }

    static func timelineEvent(_ input: inout CacheReader) throws -> TimelineEvent {
        let at = try input.optional { try $0.date() }
        let day = try input.optional { try Self.localDate(&$0) }
        let localTime = try input.optional { try clockTime(&$0) }
        let offset = try input.int(), text = try input.string()
        let milestone = try input.optional { try $0.raw(Milestone.self) }
        let line = try input.int()
        let candidates = try input.array { try $0.raw(Milestone.self) }
        return TimelineEvent(at: at, localDate: day, localTime: localTime, offsetSeconds: offset, text: text, milestone: milestone,
                             line: line, candidates: candidates, who: try input.optional { try $0.string() })
    }

    static func clockTime(_ input: inout CacheReader) throws -> ClockTime {
        let hour = try input.int(), minute = try input.int()
        return ClockTime(hour: hour, minute: minute, second: try input.int())
    }

    static func write(_ diagnostic: Diagnostic, to out: inout CacheWriter) {
        out.write(diagnostic.level.rawValue); out.write(diagnostic.line); out.write(diagnostic.column); out.write(diagnostic.message)
    }

    static func diagnostic(_ input: inout CacheReader) throws -> Diagnostic {
        let level = try input.raw(Diagnostic.Level.self), line = try input.int(), column = try input.int()
        return Diagnostic(level, line: line, column: column, try input.string())
    }
}
