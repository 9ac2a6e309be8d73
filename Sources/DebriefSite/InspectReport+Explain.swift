import DebriefModel
import Foundation

/// `debrief inspect --explain`: per milestone, the entry chosen, the features
/// that decided, and the runner-up.
extension InspectReport {
    /// The confidence the reader gave each inferred milestone (absent for front matter).
    static func confidence(_ incident: Incident) -> JSONValue {
        .object(Milestone.allCases.compactMap { milestone in
            incident.milestones[milestone]?.confidence.map { (milestone.rawValue, .string($0.rawValue)) }
        })
    }

    static func json(_ choice: MilestoneExplanation.Choice?) -> JSONValue {
        guard let choice else { return .null }
        return .object([("line", .int(choice.line)), ("at", .string(ISO8601.utc(choice.at))), ("text", .string(choice.text)),
                        ("reasons", .array(choice.reasons.map(JSONValue.string)))])
    }

    /// The explanations as JSON.
    public static func explanations(_ incident: Incident) -> JSONValue {
        .array(incident.explanations.map { explanation in
            .object([
                ("milestone", .string(explanation.milestone.rawValue)),
                ("chosen", json(explanation.chosen)),
                ("runnerUp", json(explanation.runnerUp)),
                ("margin", .double(explanation.margin)),
                ("probability", .double(explanation.probability)),
                ("confidence", .optional(explanation.confidence?.rawValue)),
                ("abstained", .bool(explanation.abstained)),
            ])
        })
    }

    /// Every entry the decoder weighed, with its signals.
    public static func decisionEntries(_ incident: Incident) -> JSONValue {
        .array(incident.decisionEntries.map { entry in
            .object([("line", .int(entry.line)), ("at", .string(ISO8601.utc(entry.at))), ("signals", .array(entry.signals.map(JSONValue.string)))])
        })
    }

    /// The explanations for a terminal.
    public static func explanationText(_ incident: Incident) -> String {
        var lines = ["  how the milestones were decided"]
        func describe(_ choice: MilestoneExplanation.Choice) -> String {
            "line \(choice.line) \(ISO8601.utc(choice.at)) \"\(choice.text.prefix(70))\" [\(choice.reasons.joined(separator: ", "))]"
        }
        for explanation in incident.explanations {
            let verdict = explanation.abstained ? "abstained" : explanation.confidence?.rawValue ?? ""
            lines.append("    \(explanation.milestone.rawValue) (\(verdict), chance \(explanation.probability))")
            if let chosen = explanation.chosen { lines.append("      chosen:    " + describe(chosen)) }
            lines.append("      runner-up: " + (explanation.runnerUp.map(describe) ?? "none"))
        }
        if incident.explanations.isEmpty { lines.append("    nothing was inferred") }
        return lines.joined(separator: "\n") + "\n"
    }
}
