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

    /// What a summary's sentence with a clock may give.
    static let statable: Set<Milestone> = [.started, .resolved]
    /// Below this chance the reader abstains; at or above these it is of medium or high confidence.
    static let abstainBelow = 0.5, medium = 0.7, high = 0.9
    /// Alternatives closer than this to the choice are the same instant, not rivals.
    static let sameInstant: TimeInterval = 120

    var items: [Item] = []
    var values: [Milestone: MilestoneValue] = [:]
    var explanations: [MilestoneExplanation] = []
    var notes: [Diagnostic] = []
    /// The milestone each event was chosen for, by event index.
    var labels: [Int: Milestone] = [:]

    init(events: [TimelineEvent], window: (start: Date, end: Date, line: Int)?, stated: [StatedMoment] = [], detectionStatement: String) {
        items = Self.items(events: events, window: window, stated: stated, detectionStatement: detectionStatement)
        guard !items.isEmpty else { return }
        let net = items.map { item in
            // A summary's sentence tells when it began or was over; the response's
            // steps are the timeline's to tell ("… slow for 3 hours until the hotfix" fixes nothing at 06:48).
            zip(Milestone.allCases, MilestoneScorer.net(item.features, item.context)).map { milestone, score in
                item.context.stated && !Self.statable.contains(milestone) ? -Double.infinity : score
            }
        }
        let best = MilestoneDecoder.decode(net, labelled: items.map { $0.context.label != nil })
        for milestone in Milestone.allCases { decide(milestone, best: best, net: net) }
        // Nobody wrote down the detection: the first responder's act ("checked the logs") is the
        // first sign anyone saw the problem, unless it acknowledges in so many words.
        if values[.detected] == nil, let acknowledged = values[.acknowledged],
           let item = items.first(where: { $0.line == acknowledged.line && $0.at == acknowledged.at }),
           !item.features.cues.contains(.acknowledge), !explanations.contains(where: { $0.milestone == .detected && $0.abstained }) {
            values[.detected] = MilestoneValue(at: acknowledged.at, line: acknowledged.line, source: "first response", confidence: .low)
            values[.acknowledged] = nil
            if let event = item.event { labels[event] = .detected }
        }
        // No fallback from the resolution: where the decoder placed no mitigation, the story gives none
        // (an entry that both mitigates and restores is taken by the decoder for both).
    }

    mutating func decide(_ milestone: Milestone, best: MilestoneDecoder.Result, net: [[Double]]) {
        guard let index = best.chosen[milestone] else { return }
        let item = items[index]
        // How sure: the chance the decoder's softmax (the model `make model` fits) gives this instant
        // against every other instant the milestone could take with the other choices kept, and none.
        let column = Milestone.allCases.firstIndex(of: milestone)!
        let feasible = items.indices.filter { best.allows(milestone, at: $0) || $0 == index }
        let same = feasible.filter { abs(items[$0].at.timeIntervalSince(item.at)) < Self.sameInstant }
        let weight = { (i: Int) in exp(min(30, net[i][column])) }
        let probability = same.map(weight).reduce(0, +) / (1 + feasible.map(weight).reduce(0, +))
        let runnerIndex = feasible.filter { !same.contains($0) }.max { net[$0][column] < net[$1][column] }
            .flatMap { net[$0][column] > 0 ? $0 : nil }
        let margin = log(probability / max(1e-9, 1 - probability))
        let confidence: Confidence = probability >= Self.high ? .high : probability >= Self.medium ? .medium : .low
        let abstain = probability < Self.abstainBelow
        let runnerUp = runnerIndex.map { choice(milestone, $0) }
        explanations.append(MilestoneExplanation(milestone: milestone, chosen: choice(milestone, index), runnerUp: runnerUp,
                                                 margin: (margin * 100).rounded() / 100, probability: (probability * 1000).rounded() / 1000,
                                                 confidence: confidence, abstained: abstain))
        if abstain {
            let rival = runnerUp.map { "line \($0.line)" } ?? "giving none"
            notes.append(Diagnostic(.note, line: item.line,
                "\(milestone.rawValue): unsure between line \(item.line) and \(rival), so it is left empty; add `\(milestone.rawValue):` to the front matter or a **\(milestone.title)** label on the entry"))
            return
        }
        let source = item.context.stated ? "summary" : item.event == nil ? "outage window" : item.context.label == milestone ? "label" : "timeline"
        values[milestone] = MilestoneValue(at: item.at, line: item.line, source: source, confidence: confidence)
        if let event = item.event, labels[event] == nil { labels[event] = milestone }
    }

    func choice(_ milestone: Milestone, _ index: Int) -> MilestoneExplanation.Choice {
        let item = items[index]
        let reasons = MilestoneScorer.reasons(milestone, item.features, item.context)
            .map { ($0.1 >= 0 ? "+" : "") + Self.number($0.1) + " " + $0.0 }
        return .init(line: item.line, at: item.at, text: item.text, reasons: reasons)
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// The timed entries and the window's ends, in time order, with their features and context.
    static func items(events: [TimelineEvent], window: (start: Date, end: Date, line: Int)?, stated: [StatedMoment] = [],
                      detectionStatement: String) -> [Item] {
        // The first untimed entry that reports trouble, by position in the timeline.
        let untimedTrouble = events.firstIndex { $0.at == nil && EntryFeatures(text: $0.text).bad }
        var items: [Item] = []
        for (index, event) in events.enumerated() {
            guard let at = event.at else { continue }
            var context = MilestoneScorer.Context()
            context.troubleBefore = untimedTrouble.map { $0 < index } ?? false
            context.label = MilestoneLabels.explicit(event.text)
            let embedded = EmbeddedClocks.items(of: event, index: index, label: context.label)
            // What a later clause says happened later ("detected 10 minutes afterward") is not the entry's own act.
            let own = embedded.filter { $0.at > at }.reduce(event.text) { $0.replacingOccurrences(of: $1.text, with: " ") }
            items.append(Item(at: at, line: event.line, text: event.text, features: EntryFeatures(text: own), context: context, event: index))
            items += embedded
        }
        for moment in stated {
            var context = MilestoneScorer.Context()
            context.stated = true
            items.append(Item(at: moment.at, line: moment.line, text: moment.text, features: EntryFeatures(text: moment.text), context: context, event: nil))
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
        if let window {
            for index in items.indices where items[index].event != nil {
                items[index].context.beforeWindow = items[index].at < window.start - sameInstant / 2
                items[index].context.afterWindow = items[index].at > window.end + sameInstant / 2
            }
        }
        if let first = items.firstIndex(where: { $0.features.bad }) { items[first].context.firstBad = true }
        var badLater = false
        for index in items.indices.reversed() {
            items[index].context.badAfter = badLater
            if items[index].features.endsBad { badLater = true }
        }
        var found = false
        for index in items.indices {
            items[index].context.afterFinding = found
            let signals = MilestoneScorer.signals(items[index].features, items[index].context)
            if signals.contains("findingOfCause") || signals.contains("label:identified") { found = true }
        }
        markEcho(of: detectionStatement, in: &items)
        markFirstOfKind(in: &items)
        return items
    }

    /// The signals that define each milestone's act, for "the first such entry".
    static let defining: [Milestone: Set<String>] = [
        .detected: ["alert", "noticed", "reportOfTrouble", "monitorShowsTrouble"], .acknowledged: ["acknowledge", "engage"],
        .identified: ["findingOfCause", "foundWrong"], .mitigated: ["change", "shipped", "eased"],
        .resolved: ["goodHealth", "outageOver"],
    ]
    /// Signals that undo a milestone's act.
    static let undoing: Set<String> = ["nothingNoticed", "nobodyEngaged", "notFound", "inDoubt", "didNotHelp", "underway", "question"]

    /// The first entry with each milestone's defining act (the last for `resolved`): the story's
    /// first alert is the detection, its last recovery the resolution.
    static func markFirstOfKind(in items: inout [Item]) {
        let signals = items.map { Set(MilestoneScorer.signals($0.features, $0.context)) }
        for (milestone, acts) in defining {
            let fits = { (index: Int) in !signals[index].isDisjoint(with: acts) && signals[index].isDisjoint(with: undoing)
                && !(milestone == .resolved && signals[index].contains("endsBad")) }
            let index = milestone == .resolved ? items.indices.last(where: fits) : items.indices.first(where: fits)
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
