import DebriefModel

/// How well one entry fits each milestone: a sum of hand-set weights over the
/// entry's features and its place in the story, minus the milestone's bar.
/// A positive net score means "this entry could be it"; the decoder chooses.
///
/// Weights are round numbers with a reason each: +8 for a label or marker the
/// author wrote (their word wins), about +2.5 for the act that defines a
/// milestone, +1 for supporting evidence, and −2 to −4 for what undoes it
/// (negation, plans, doubt, a relapse after it).
enum MilestoneScorer {
    /// What the decoder knows about an entry besides its words.
    struct Context: Sendable {
        /// A label or marker naming a milestone (`OUTAGE BEGINS`, `**Detected:**`, `Resolved -`).
        var label: Milestone?
        /// The summary's stated outage window: its start (`.started`) or its end (`.resolved`).
        var window: Milestone?
        /// This is the first entry that reports bad health.
        var firstBad = false
        /// Some later entry reports bad health ending badly (the trouble went on or came back).
        var badAfter = false
        /// Its words echo the first sentence of the Detection section.
        var echoesDetection = false
        /// Milestones for which this is the first candidate in the story (the last, for `resolved`).
        var firstOfKind: Set<Milestone> = []
    }

    /// The bar a milestone's score must clear to be given at all.
    static func bar(_ milestone: Milestone) -> Double {
        switch milestone {
        case .started: 1.5
        case .detected: 1.5
        case .acknowledged: 2
        case .identified: 2.5
        case .mitigated: 2
        case .resolved: 2.5
        }
    }

    /// The reasons an entry fits (or does not fit) a milestone, each with its weight.
    static func reasons(_ milestone: Milestone, _ f: EntryFeatures, _ c: Context) -> [(String, Double)] {
        var r: [(String, Double)] = []
        if c.label == milestone { r.append(("labelled \(milestone.rawValue)", 8)) }
        if c.window == milestone { r.append(("the summary's stated window", 6)) }
        if c.firstOfKind.contains(milestone) { r.append((milestone == .resolved ? "the last recovery" : "the first such entry", 1)) }
        let cues = f.cues
        let unsure = f.modal.contains(.find) || f.modal.contains(.cause) || f.question
        switch milestone {
        case .started:
            if f.onset { r.append(("impact begins", 3)) } else if f.bad { r.append(("reports bad health", 1.5)) }
            if c.firstBad { r.append(("first bad-health entry", 1)) }
            if f.good && !f.bad { r.append(("reports good health", -3)) }
            if !f.bad && !cues.isDisjoint(with: [.engage, .find, .change, .acknowledge]) { r.append(("a response, not impact", -2)) }
            if f.bad && cues.contains(.relapse) { r.append(("trouble again", -2)) }
        case .detected:
            if cues.contains(.alert) || cues.contains(.signal) && cues.contains(.monitor) { r.append(("an alert or page", 3)) }
            if cues.contains(.monitor) && f.bad { r.append(("a monitor shows trouble", 1.5)) }
            if cues.contains(.notice) { r.append(("someone noticed", 2.5)) }
            if cues.contains(.report) && (cues.contains(.customer) || f.bad) { r.append(("a report of trouble", 2.5)) }
            if c.echoesDetection { r.append(("as the Detection section says", 2)) }
            if !f.negated.isDisjoint(with: [.alert, .notice, .report]) { r.append(("nothing was noticed", -3)) }
            if f.good && !f.bad { r.append(("reports good health", -2)) }
            if cues.contains(.change) && !f.bad { r.append(("an action", -1.5)) }
        case .acknowledged:
            if cues.contains(.acknowledge) { r.append(("acknowledged in so many words", 4)) }
            if cues.contains(.engage) { r.append(("a responder takes it on", 2.5)) }
            if cues.contains(.responder) { r.append(("a responder acts", 0.5)) }
            if !f.negated.isDisjoint(with: [.engage, .acknowledge]) { r.append(("nobody took it on", -4)) }
            if cues.contains(.find) && cues.contains(.cause) { r.append(("a finding", -1)) }
        case .identified:
            if cues.contains(.find) { r.append(("a finding", 2)) }
            if cues.contains(.cause) { r.append(("a cause", 2)) }
            if cues.contains(.find) && f.bad { r.append(("found something wrong", 1)) }
            if !f.negated.isDisjoint(with: [.find, .cause]) { r.append(("not found", -3)) }
            if cues.contains(.scope) && !cues.contains(.cause) { r.append(("the extent, not the cause", -2)) }
            if unsure && !cues.contains(.find) { r.append(("in doubt", -3)) }
        case .mitigated:
            if cues.contains(.change) { r.append(("a change to the system", 2.5)) }
            if cues.contains(.ship) && !cues.contains(.change) { r.append(("a change shipped", 2)) }
            if cues.contains(.change) && cues.contains(.complete) { r.append(("done", 1)) }
            if f.improving { r.append(("the symptom eased", 2)) }
            if f.good && !f.endsBad && !f.improving { r.append(("service back", 1.5)) }
            if !f.negated.isDisjoint(with: [.change, .complete]) || cues.contains(.futile) { r.append(("did not happen or did not help", -3)) }
            if f.endsBad && !f.improving { r.append(("still bad after it", -1.5)) }
            if cues.contains(.elsewhen) { r.append(("refers to another time", -1)) }
        case .resolved:
            if f.good && !f.endsBad { r.append(("reports good health", 3)) }
            if cues.contains(.full) && f.good { r.append(("fully", 0.5)) }
            if cues.contains(.partial) { r.append(("only partly", -1.5)) }
            if cues.contains(.close) { r.append(("closed", cues.contains(.outage) ? 2.5 : 0.5)) }
            if f.endsBad { r.append(("ends on bad health", -3)) }
            if c.badAfter { r.append(("trouble after it", -2)) } else if f.good || c.window == .resolved { r.append(("nothing bad after it", 1)) }
        }
        if f.question && milestone != .started { r.append(("a question", -3)) }
        return r
    }

    /// The net score: the sum of the reasons minus the milestone's bar.
    static func net(_ milestone: Milestone, _ features: EntryFeatures, _ context: Context) -> Double {
        reasons(milestone, features, context).reduce(0) { $0 + $1.1 } - bar(milestone)
    }
}
