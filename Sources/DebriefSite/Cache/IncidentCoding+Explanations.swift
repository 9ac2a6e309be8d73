import DebriefModel
import Foundation

/// How the reader decided each milestone, in the cache's byte format.
extension IncidentCoding {
    static func write(_ explanation: MilestoneExplanation, to out: inout CacheWriter) {
        out.write(explanation.milestone.rawValue)
        out.write(explanation.chosen) { write($1, to: &$0) }
        out.write(explanation.runnerUp) { write($1, to: &$0) }
        out.write(explanation.margin)
        out.write(explanation.probability)
        out.write(explanation.confidence) { $0.write($1.rawValue) }
        out.write(explanation.abstained)
    }

    static func explanation(_ input: inout CacheReader) throws -> MilestoneExplanation {
        MilestoneExplanation(milestone: try input.raw(Milestone.self), chosen: try input.optional { try choice(&$0) },
                             runnerUp: try input.optional { try choice(&$0) }, margin: try input.double(), probability: try input.double(),
                             confidence: try input.optional { try $0.raw(Confidence.self) }, abstained: try input.bool())
    }

    static func write(_ choice: MilestoneExplanation.Choice, to out: inout CacheWriter) {
        out.write(choice.line); out.write(choice.at); out.write(choice.text); out.write(choice.reasons)
    }

    static func choice(_ input: inout CacheReader) throws -> MilestoneExplanation.Choice {
        MilestoneExplanation.Choice(line: try input.int(), at: try input.date(), text: try input.string(), reasons: try input.strings())
    }

    static func write(_ entry: MilestoneExplanation.Entry, to out: inout CacheWriter) {
        out.write(entry.line); out.write(entry.at); out.write(entry.signals)
    }

    static func entry(_ input: inout CacheReader) throws -> MilestoneExplanation.Entry {
        MilestoneExplanation.Entry(line: try input.int(), at: try input.date(), signals: try input.strings())
    }

    static func write(_ image: ContentImage, to out: inout CacheWriter) {
        out.write(image.destination); out.write(image.source)
    }

    static func image(_ input: inout CacheReader) throws -> ContentImage {
        ContentImage(destination: try input.string(), source: try input.string())
    }
}
