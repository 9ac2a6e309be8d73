import DebriefModel
import Foundation

/// Turns a timeline (and the summary's stated window) into milestones: features
/// per entry, context over the whole story, one global decode, then a margin per
/// milestone against its best alternative. A milestone whose margin is too small
/// is left empty with a note saying what would settle it.
struct MilestoneDecision {
    /// A decodable item: a timed entry, or one end of the stated window.
    struct Item {
        var at: Date
        var line: Int
        var text: String
        var features: EntryFeatures
        var context: MilestoneScorer.Context
        /// Index into the timeline's events; nil for the window's ends.
        var event: Int?
    }

    /// Below this margin the reader abstains.
    static let abstainMargin = 0.75
    /// Alternatives closer than this to the choice are the same instant, not rivals.
    static let sameInstant: TimeInterval = 120

    var items: [Item] = []
    var values: [Milestone: MilestoneValue] = [:]
    var explanations: [MilestoneExplanation] = []
    var notes: [Diagnostic] = []
    /// The milestone each event was chosen for, by event index.
    var labels: [Int: Milestone] = [:]

    init(events: [TimelineEvent], window: (start: Date, end: Date, line: Int)?, detectionStatement: String) {
        items = Self.items(events: events, window: window, detectionStatement: detectionStatement)
        guard !items.isEmpty else { return }
        let net = items.map { item in Milestone.allCases.map { MilestoneScorer.net($0, item.features, item.context) } }
        let best = MilestoneDecoder.decode(net)
        for milestone in Milestone.allCases { decide(milestone, best: best, net: net) }
        // Service restored with no mitigation before it: the restoration mitigated the impact too.
        if values[.mitigated] == nil, let resolved = values[.resolved], !explanations.contains(where: { $0.milestone == .mitigated && $0.abstained }) {
            values[.mitigated] = MilestoneValue(at: resolved.at, line: resolved.line, source: "resolution", confidence: resolved.confidence)
        }
    }

    mutating func decide(_ milestone: Milestone, best: MilestoneDecoder.Result, net: [[Double]]) {
        guard let index = best.chosen[milestone] else { return }
        let item = items[index]
        let rivals = items.indices.filter { abs(items[$0].at.timeIntervalSince(item.at)) < Self.sameInstant }
        // The alternative moves this milestone elsewhere (or drops it); its entry is not re-read as another milestone.
        var masked = net
        for rival in rivals {
            for (column, other) in Milestone.allCases.enumerated() where other == milestone || best.chosen[other] != rival {
                masked[rival][column] = -Double.infinity
            }
        }
        let runner = MilestoneDecoder.decode(masked)
        let margin = best.total - runner.total
        let confidence: Confidence = margin >= 3 ? .high : margin >= 1.5 ? .medium : .low
        let abstain = margin < Self.abstainMargin
        let runnerUp = runner.chosen[milestone].map { choice(milestone, $0) }
        explanations.append(MilestoneExplanation(milestone: milestone, chosen: choice(milestone, index), runnerUp: runnerUp,
                                                 margin: (margin * 100).rounded() / 100, confidence: confidence, abstained: abstain))
        if abstain {
            let rival = runnerUp.map { "line \($0.line)" } ?? "giving none"
            notes.append(Diagnostic(.note, line: item.line,
                "\(milestone.rawValue): unsure between line \(item.line) and \(rival), so it is left empty; add `\(milestone.rawValue):` to the front matter or a **\(milestone.title)** label on the entry"))
            return
        }
        let source = item.event == nil ? "outage window" : item.context.label == milestone ? "label" : "timeline"
        values[milestone] = MilestoneValue(at: item.at, line: item.line, source: source, confidence: confidence)
        if let event = item.event, labels[event] == nil { labels[event] = milestone }
    }

    func choice(_ milestone: Milestone, _ index: Int) -> MilestoneExplanation.Choice {
        let item = items[index]
        let reasons = MilestoneScorer.reasons(milestone, item.features, item.context)
            .map { ($0.1 >= 0 ? "+" : "") + Self.number($0.1) + " " + $0.0 } + ["-" + Self.number(MilestoneScorer.bar(milestone)) + " bar"]
        return .init(line: item.line, at: item.at, text: item.text, reasons: reasons)
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// The timed entries and the window's ends, in time order, with their features and context.
    static func items(events: [TimelineEvent], window: (start: Date, end: Date, line: Int)?, detectionStatement: String) -> [Item] {
        var items: [Item] = events.enumerated().compactMap { index, event in
            guard let at = event.at else { return nil }
            var context = MilestoneScorer.Context()
            context.label = MilestoneLabels.explicit(event.text)
            return Item(at: at, line: event.line, text: event.text, features: EntryFeatures(text: event.text), context: context, event: index)
        }
        if let window {
            for (at, milestone) in [(window.start, Milestone.started), (window.end, .resolved)] {
                var context = MilestoneScorer.Context()
                context.window = milestone
                items.append(Item(at: at, line: window.line, text: "the stated outage window", features: EntryFeatures(text: ""), context: context, event: nil))
            }
        }
        // At one instant the window's start comes before the entries and its end after them.
        func rank(_ item: Item) -> Int { item.context.window == .started ? 0 : item.context.window == .resolved ? 2 : 1 }
        items = items.enumerated().sorted { ($0.element.at, rank($0.element), $0.offset) < ($1.element.at, rank($1.element), $1.offset) }.map(\.element)
        if let first = items.firstIndex(where: { $0.features.bad }) { items[first].context.firstBad = true }
        var badLater = false
        for index in items.indices.reversed() {
            items[index].context.badAfter = badLater
            if items[index].features.endsBad { badLater = true }
        }
        markEcho(of: detectionStatement, in: &items)
        markFirstOfKind(in: &items)
        return items
    }

    /// The first candidate of each milestone in time (the last for `resolved`): the story's
    /// first alert is the detection, its last recovery the resolution.
    static func markFirstOfKind(in items: inout [Item]) {
        for milestone in Milestone.allCases where milestone != .started {
            let fits = { (item: Item) in MilestoneScorer.net(milestone, item.features, item.context) > 0 }
            let index = milestone == .resolved ? items.lastIndex(where: fits) : items.firstIndex(where: fits)
            if let index { items[index].context.firstOfKind.insert(milestone) }
        }
    }

    /// The entry that tells what the Detection section says ("the monitoring system sent an email"):
    /// the one sharing the most content words with its first sentence, three at least.
    static func markEcho(of statement: String, in items: inout [Item]) {
        let sentence = statement.split(whereSeparator: { ".!?\n".contains($0) }).first.map(String.init) ?? ""
        let stated = EntryFeatures(text: sentence).stems.filter { $0.utf8.count >= 4 }
        guard stated.count >= 3 else { return }
        let shared = items.map { $0.event == nil ? 0 : $0.features.stems.intersection(stated).count }
        guard let most = shared.max(), most >= 3, let index = shared.firstIndex(of: most) else { return }
        items[index].context.echoesDetection = true
    }
}
