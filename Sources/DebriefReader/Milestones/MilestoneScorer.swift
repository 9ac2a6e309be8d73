import DebriefModel

/// How well one entry fits each milestone: the sum of the weights of the
/// signals the entry shows, per milestone (`MilestoneWeights`). A positive sum
/// means "this entry could be it"; the decoder chooses among them.
///
/// A signal is a general fact about an entry or its place in the story
/// ("impact begins", "an alert or page", "the first such entry"). Weights were
/// first set by hand with a reason each (`MilestoneWeights.hand`), then fitted
/// by `make model` on the public corpus and synthetic documents with a penalty
/// that pulls them toward the hand values (`Scripts/fit-model.py`).
enum MilestoneScorer {
    /// What the decoder knows about an entry besides its words.
    struct Context: Sendable {
        /// A label or marker naming a milestone (`OUTAGE BEGINS`, `**Detected:**`, `Resolved -`).
        var label: Milestone?
        /// The summary's stated outage window: its start (`.started`) or its end (`.resolved`).
        var window: Milestone?
        /// This is the first entry that reports bad health.
        var firstBad = false
        /// Some later entry ends on bad health (the trouble went on or came back).
        var badAfter = false
        /// Its words echo the first sentence of the Detection section.
        var echoesDetection = false
        /// A clause with a clock of its own inside a longer entry (`EmbeddedClocks`).
        var embedded = false
        /// That clock follows "since", "as of", "from": the state it tells began then.
        var since = false
        /// An earlier entry found the cause: a change now is the fix, not troubleshooting.
        var afterFinding = false
        /// The summary states an outage window and this entry is before its start (a precursor),
        /// or after its end (the aftermath: follow-up, closing).
        var beforeWindow = false
        var afterWindow = false
        /// An earlier entry with no time of its own already reports the trouble ("Feb 2: OOM kills
        /// observed", then "Feb 6 20:31 incident declared"): the impact began before this entry.
        var troubleBefore = false
        /// A clause of the summary that gives its own clock (`StatedMoment`), not a timeline entry.
        var stated = false
        /// Milestones for which this is the first entry with the milestone's defining act (the last, for `resolved`).
        var firstOfKind: Set<Milestone> = []
    }

    /// The signals an entry shows, by name (the keys of `MilestoneWeights`).
    static func signals(_ f: EntryFeatures, _ c: Context) -> [String] {
        var s: [String] = ["bias"]
        func add(_ name: String, _ condition: Bool) { if condition { s.append(name) } }
        let cues = f.cues
        if let label = c.label { s.append("label:" + label.rawValue) }
        if let window = c.window { s.append("window:" + window.rawValue) }
        for milestone in c.firstOfKind.sorted() { s.append("first:" + milestone.rawValue) }
        add("onset", f.onset)
        add("bad", f.bad && !f.onset)
        add("firstBad", c.firstBad)
        add("usersFeelIt", f.bad && cues.contains(.customer))
        add("goodOnly", f.good && !f.bad)
        add("responseNotImpact", !f.bad && !cues.isDisjoint(with: [.engage, .find, .change, .acknowledge]))
        add("troubleAgain", f.bad && cues.contains(.relapse))
        add("alert", cues.contains(.alert) || cues.contains(.signal) && cues.contains(.monitor))
        add("monitorShowsTrouble", cues.contains(.monitor) && f.bad)
        add("noticed", cues.contains(.notice))
        add("reportOfTrouble", cues.contains(.report) && (cues.contains(.customer) || f.bad))
        add("echoesDetection", c.echoesDetection)
        add("nothingNoticed", !f.negated.isDisjoint(with: [.alert, .notice, .report]))
        add("actionNotTrouble", cues.contains(.change) && !f.bad)
        add("acknowledge", cues.contains(.acknowledge))
        add("engage", cues.contains(.engage))
        add("responder", cues.contains(.responder))
        add("nobodyEngaged", !f.negated.isDisjoint(with: [.engage, .acknowledge]))
        add("findingOfCause", cues.contains(.find) && cues.contains(.cause))
        add("find", cues.contains(.find))
        add("cause", cues.contains(.cause))
        add("foundWrong", cues.contains(.find) && f.bad)
        add("notFound", !f.negated.isDisjoint(with: [.find, .cause]))
        add("scopeNotCause", cues.contains(.scope) && !cues.contains(.cause))
        add("inDoubt", (f.modal.contains(.find) || f.modal.contains(.cause) || f.question) && !cues.contains(.find))
        add("change", cues.contains(.change))
        add("shipped", cues.contains(.ship) && !cues.contains(.change))
        add("changeDone", cues.contains(.change) && cues.contains(.complete))
        add("underway", f.underway && !cues.contains(.complete) && !f.improving)
        add("eased", f.improving)
        add("serviceBack", f.good && !f.endsBad && !f.improving)
        add("didNotHelp", !f.negated.isDisjoint(with: [.change, .complete]) || cues.contains(.futile))
        add("stillBad", f.endsBad && !f.improving)
        add("otherTime", cues.contains(.elsewhen))
        add("goodHealth", f.good && !f.endsBad)
        add("fully", cues.contains(.full) && f.good)
        add("partly", cues.contains(.partial))
        add("partlyBack", cues.contains(.partway) && (f.good || f.improving) && !f.endsBad)
        add("closed", cues.contains(.close) && !cues.contains(.outage))
        add("outageOver", cues.contains(.close) && cues.contains(.outage))
        add("endsBad", f.endsBad)
        add("troubleAfter", c.badAfter)
        add("nothingBadAfter", !c.badAfter && (f.good || c.window == .resolved))
        add("question", f.question)
        add("communication", cues.contains(.communicate))
        add("embeddedClock", c.embedded)
        add("sinceClock", c.since)
        add("changeAfterFinding", c.afterFinding && (cues.contains(.change) || cues.contains(.ship)))
        add("beforeWindow", c.beforeWindow)
        add("afterWindow", c.afterWindow)
        add("troubleBefore", c.troubleBefore)
        add("statedInSummary", c.stated)
        return s
    }

    /// The signals that count for a milestone, with their weights (for `--explain`).
    static func reasons(_ milestone: Milestone, _ f: EntryFeatures, _ c: Context) -> [(String, Double)] {
        let weights = MilestoneWeights.fitted[milestone] ?? [:]
        return signals(f, c).compactMap { name in
            guard let weight = weights[name], weight != 0 else { return nil }
            return (MilestoneWeights.describe(name), weight)
        }
    }

    /// The net score of every milestone, in `Milestone.allCases` order: the weights of the
    /// signals shown (the bias is the milestone's bar). Signals are named once per entry.
    static func net(_ features: EntryFeatures, _ context: Context) -> [Double] {
        var sums = [Double](repeating: 0, count: Milestone.allCases.count)
        // Summed in the order the signals are shown, as a milestone's weights one by one would be.
        for name in signals(features, context) {
            guard let row = rows[name] else { continue }
            for column in sums.indices { sums[column] += row[column] }
        }
        return sums
    }

    /// Each signal's weights for every milestone, in `Milestone.allCases` order (0 where it has none); built once.
    static let rows: [String: [Double]] = {
        var rows: [String: [Double]] = [:]
        for (column, milestone) in Milestone.allCases.enumerated() {
            for (name, weight) in MilestoneWeights.fitted[milestone] ?? [:] {
                rows[name, default: [Double](repeating: 0, count: Milestone.allCases.count)][column] = weight
            }
        }
        return rows
    }()
}
