import DebriefModel

/// The hand-set weights, each with its reason, and what each signal means.
/// They are the prior that `Scripts/fit-model.py` starts from and pulls toward;
/// `MilestoneWeights.fitted` (generated) is what the reader uses.
extension MilestoneWeights {
    /// Round numbers: +8 for a label or marker the author wrote (their word wins), +6 for the
    /// summary's stated window, about +2.5 for the act that defines a milestone, +1 for support,
    /// −2 to −4 for what undoes it; the bias is the bar a milestone must clear.
    static let hand: [Milestone: [String: Double]] = [
        // With nothing earlier, the first signal is the earliest known sign of impact ("10:00 issue detected").
        .started: ["bias": -1.5, "label:started": 8, "window:started": 6, "onset": 3, "bad": 1.5, "firstBad": 2,
                   "usersFeelIt": 1, "goodOnly": -3, "responseNotImpact": -2, "troubleAgain": -2, "first:detected": 1.5,
                   // Before the window the summary states is a precursor, not the impact.
                   "beforeWindow": -3,
                   // The trouble was already reported, untimed, by an earlier entry: the start is not here.
                   "troubleBefore": -3],
        .detected: ["bias": -1.5, "label:detected": 8, "first:detected": 2, "alert": 3, "monitorShowsTrouble": 1.5, "noticed": 2.5,
                    "reportOfTrouble": 2.5, "echoesDetection": 2, "nothingNoticed": -3, "goodOnly": -2, "actionNotTrouble": -1.5,
                    "question": -3, "beforeWindow": -1.5, "troubleBefore": -1],
        .acknowledged: ["bias": -2, "label:acknowledged": 8, "first:acknowledged": 1, "acknowledge": 4, "engage": 2.5,
                        "responder": 0.5, "nobodyEngaged": -4, "findingOfCause": -1, "question": -3],
        .identified: ["bias": -2.5, "label:identified": 8, "first:identified": 1, "find": 2, "cause": 2, "foundWrong": 1,
                      "notFound": -3, "scopeNotCause": -2, "inDoubt": -3, "question": -3],
        .mitigated: ["bias": -2, "label:mitigated": 8, "first:mitigated": 1, "change": 2.5, "shipped": 2, "changeDone": 1,
                     "underway": -1.5, "eased": 2, "serviceBack": 1.5, "didNotHelp": -3, "stillBad": -1.5, "otherTime": -1,
                     "question": -3, "communication": -1.5, "changeAfterFinding": 1,
                     // Service partly back is the textbook mitigation: impact reduced, not yet over.
                     "partlyBack": 1.5,
                     // After the stated window is over, what is done is follow-up.
                     "afterWindow": -2],
        .resolved: ["bias": -2.5, "label:resolved": 8, "window:resolved": 6, "first:resolved": 1, "goodHealth": 3, "fully": 0.5,
                    "partly": -1.5, "closed": 0.5, "outageOver": 2.5, "endsBad": -3, "troubleAfter": -2, "nothingBadAfter": 1,
                    "question": -3, "sinceClock": 2, "afterWindow": -3],
    ]

    static let descriptions: [String: String] = [
        "bias": "bar", "onset": "impact begins", "bad": "reports bad health", "firstBad": "first bad-health entry",
        "usersFeelIt": "users feel it", "goodOnly": "reports only good health", "responseNotImpact": "a response, not impact",
        "troubleAgain": "trouble again", "alert": "an alert or page", "monitorShowsTrouble": "a monitor shows trouble",
        "noticed": "someone noticed", "reportOfTrouble": "a report of trouble", "echoesDetection": "as the Detection section says",
        "nothingNoticed": "nothing was noticed", "actionNotTrouble": "an action", "acknowledge": "acknowledged in so many words",
        "engage": "a responder takes it on", "responder": "a responder acts", "nobodyEngaged": "nobody took it on",
        "findingOfCause": "a cause found", "find": "a finding", "cause": "a cause", "foundWrong": "found something wrong",
        "notFound": "not found", "scopeNotCause": "the extent, not the cause", "inDoubt": "in doubt", "change": "a change to the system",
        "shipped": "a change shipped", "changeDone": "done", "underway": "under way, not done", "eased": "the symptom eased",
        "serviceBack": "service back", "didNotHelp": "did not happen or did not help", "stillBad": "still bad after it",
        "otherTime": "refers to another time", "goodHealth": "reports good health", "fully": "fully", "partly": "only partly", "partlyBack": "partly back",
        "closed": "closed", "outageOver": "the outage is over", "endsBad": "ends on bad health", "troubleAfter": "trouble after it",
        "nothingBadAfter": "nothing bad after it", "question": "a question", "communication": "telling people about it", "changeAfterFinding": "a change after the cause was found", "embeddedClock": "a clock inside the entry", "sinceClock": "the state holds since this clock",
        "beforeWindow": "before the stated window", "afterWindow": "after the stated window",
        "troubleBefore": "trouble told earlier, untimed", "statedInSummary": "a clock the summary states",
    ]

    /// A readable name for a signal.
    static func describe(_ name: String) -> String {
        if let text = descriptions[name] { return text }
        if name.hasPrefix("label:") { return "labelled " + name.dropFirst(6) }
        if name.hasPrefix("window:") { return "the summary's stated window" }
        if name == "first:resolved" { return "the last recovery" }
        if name.hasPrefix("first:") { return "the first such entry" }
        return name
    }
}
