import DebriefModel
import Foundation

extension ReadingContext {
    /// Chooses the milestones with the engine the options name, and labels the events chosen.
    mutating func decideMilestones(events: inout [TimelineEvent], window: (start: Date, end: Date, line: Int)?, stated: [StatedMoment] = [],
                                   into incident: inout Incident) {
        let detection = text(of: .detection)
        switch options.milestoneEngine {
        case .rules:
            incident.milestones = MilestonePicker.pick(events: events, window: window, detectionStatement: detection)
        case .decoder:
            let decision = MilestoneDecision(events: events, window: window, stated: stated, detectionStatement: detection)
            apply(decision, to: &events, incident: &incident)
        case .consensus:
            let decision = MilestoneDecision(events: events, window: window, stated: stated, detectionStatement: detection)
            let rules = MilestonePicker.pick(events: events, window: window, detectionStatement: detection)
            apply(decision, to: &events, incident: &incident)
            keepAgreed(with: rules, events: &events, incident: &incident)
        }
    }

    mutating func apply(_ decision: MilestoneDecision, to events: inout [TimelineEvent], incident: inout Incident) {
        for index in events.indices {
            events[index].milestone = decision.labels[index]
            events[index].candidates = decision.labels[index].map { [$0] } ?? []
        }
        incident.milestones = decision.values
        incident.explanations = decision.explanations
        if options.recordSignals {
            incident.decisionEntries = decision.items.map {
                MilestoneExplanation.Entry(line: $0.line, at: $0.at, signals: MilestoneScorer.signals($0.features, $0.context))
            }
        }
        diagnostics += decision.notes
    }

    /// Below this chance the decoder's best candidate is no reading at all, even where the rules pick it.
    static let bestCandidateFloor = 0.3

    /// The index of the decoder's explanation when it abstained but its best candidate is the entry
    /// the rules chose: two independent readings agree on it (on the development sets and the
    /// public corpus, 5 of 5 such readings were right).
    static func agreedBestCandidate(_ milestone: Milestone, _ ruled: MilestoneValue, in explanations: [MilestoneExplanation]) -> Int? {
        guard let index = explanations.firstIndex(where: { $0.milestone == milestone }), let best = explanations[index].chosen,
              explanations[index].probability >= bestCandidateFloor, abs(best.at.timeIntervalSince(ruled.at)) <= 60 else { return nil }
        return index
    }

    /// At or above this chance the decoder's reading stands on its own: on the development sets
    /// 16 of the 18 readings it adds this way were right (at 0.9, 22 of 28: not enough).
    /// `mitigated` stands alone from 0.8: the phrase rules are weakest there (they take the first
    /// mitigating act after the cause is known, worked or not, else a shipped change, else the
    /// resolution), so where the two differ it is mostly the rules that are wrong;
    /// on the development sets and the public corpus 7 of the 7 decoder readings from 0.8 that
    /// the rules contradicted were right, and 5 of the 10 below it.
    static func standsAlone(_ milestone: Milestone) -> Double {
        milestone == .mitigated ? 0.8 : 0.95
    }

    /// Two independent readings — the decoder and the phrase rules — must agree (within a
    /// minute) for a milestone to be given, unless the decoder is all but sure of its own; where
    /// they differ the reader abstains and says what each read, so the author can settle it.
    mutating func keepAgreed(with rules: [Milestone: MilestoneValue], events: inout [TimelineEvent], incident: inout Incident) {
        for milestone in Milestone.allCases {
            let decoded = incident.milestones[milestone], ruled = rules[milestone]
            if let decoded, let ruled, abs(decoded.at.timeIntervalSince(ruled.at)) <= 60 { continue }
            if decoded == nil, let ruled, let agreed = Self.agreedBestCandidate(milestone, ruled, in: incident.explanations) {
                incident.explanations[agreed].abstained = false
                incident.milestones[milestone] = ruled
                for index in events.indices where events[index].line == ruled.line && events[index].milestone == nil {
                    events[index].milestone = milestone
                    events[index].candidates = [milestone]
                }
                continue
            }
            if decoded != nil, let chance = incident.explanations.first(where: { $0.milestone == milestone })?.probability,
               chance >= Self.standsAlone(milestone) { continue }
            guard decoded != nil || ruled != nil else { continue }
            incident.milestones[milestone] = nil
            for index in events.indices where events[index].milestone == milestone {
                events[index].milestone = nil
                events[index].candidates = []
            }
            if let index = incident.explanations.firstIndex(where: { $0.milestone == milestone }) { incident.explanations[index].abstained = true }
            let read = [decoded.map { "line \($0.line)" }, ruled.map { "line \($0.line)" }]
            diagnostics.append(Diagnostic(.note, line: (decoded ?? ruled)?.line ?? 0,
                "\(milestone.rawValue): the two readings differ (\(read[0] ?? "none") and \(read[1] ?? "none")), so it is left empty; add `\(milestone.rawValue):` to the front matter or a **\(milestone.title)** label on the entry"))
        }
    }
}
