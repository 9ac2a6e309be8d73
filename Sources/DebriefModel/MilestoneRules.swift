import Foundation

/// Which milestone an event's words announce: a small, readable rule table.
/// Explicit markers (`OUTAGE BEGINS`, `<START OF OUTAGE>`) win over words;
/// among words, the rules are tried in the order below, so "root cause
/// identified and fix deployed" is an identification.
public enum MilestoneRules {
    /// Markers people put in timelines to say where the outage starts and ends.
    static let markers: [(Milestone, [String])] = [
        (.started, ["outage begins", "outage began", "start of outage", "outage start", "incident begins", "impact begins", "impact start"]),
        (.resolved, ["outage ends", "outage ended", "end of outage", "outage end", "incident ends", "impact ends", "impact end"]),
        (.mitigated, ["outage mitigated"]),
    ]

    /// Word rules, most specific first. Each phrase is matched at word starts.
    static let rules: [(Milestone, [String])] = [
        (.identified, ["root cause", "identified the cause", "cause was identified", "cause identified", "found the cause",
                       "found the root", "identified as", "identified that", "identified the", "cause was found", "culprit",
                       "pinpointed", "traced to", "traced the", "diagnosed", "determined that", "determined the cause", "realized that", "realised that", "discovered that the"]),
        (.resolved, ["service restored", "services restored", "fully restored", "restored", "resolved", "fully recovered", "recovered",
                     "back to normal", "back online", "back up", "fully operational", "operational again", "all clear", "normal operation",
                     "incident closed", "returned to normal", "working again", "functioning normally", "service resumed"]),
        (.mitigated, ["rolled back", "roll back", "rollback", "reverted", "revert", "failover", "failed over", "fix deployed",
                      "deployed a fix", "deployed the fix", "deployed fix", "hotfix", "patched", "patch deployed", "applied a fix", "applied the fix", "fix applied",
                      "fix was", "corrected", "mitigat", "workaround", "restarted", "restart", "scaled up", "scaled out",
                      "disabled the", "switched", "redeployed", "pushed a fix", "pushed the fix", "fixed", "stopgap", "blocked", "removed the"]),
        (.acknowledged, ["acknowledg", "ack'd", "acked", "began investigating", "began to investigate", "started investigating",
                         "start investigating", "started to investigate", "initiated an investigation", "investigation began", "investigation started",
                         "began an investigation", "started an investigation", "opened an investigation", "incident declared", "declared an incident",
                         "declared a", "took ownership", "assigned", "responded", "engaged", "joined", "investigating", "began troubleshooting", "started troubleshooting",
                         "started debugging", "began debugging", "on-call engineer", "on call engineer", "oncall engineer", "war room"]),
        (.detected, ["alert", "alerted", "alarm", "paged", "page fired", "pager", "monitoring", "detected", "noticed", "reported", "report of",
                     "reports of", "complain", "discovered", "spotted", "observed", "flagged", "pagerduty", "opsgenie", "nagios", "datadog",
                     "users notified", "notified us", "ticket"]),
        (.started, ["outage", "went down", "began failing", "started failing", "began to fail", "errors began", "error rate rose", "errors started", "started returning",
                    "began returning", "became unavailable", "became unresponsive", "stopped responding", "stopped working", "down for", "impact began",
                    "impact started", "began", "deploy", "deployed", "released", "rolled out", "pushed", "merged", "migration", "started"]),
    ]

    /// The milestone an event's text announces, or nil.
    public static func classify(_ text: String) -> Milestone? {
        let lowered = " " + text.lowercased().replacingOccurrences(of: "’", with: "'") + " "
        for (milestone, phrases) in markers where phrases.contains(where: { lowered.contains($0) }) {
            if text.range(of: #"[A-Z]{3,}|<|\*\*"#, options: .regularExpression) != nil || milestone != .started {
                return milestone
            }
        }
        for (milestone, phrases) in rules where phrases.contains(where: { matchesWordStart(lowered, $0) }) {
            if milestone == .resolved, negated(lowered) { continue }
            return milestone
        }
        return nil
    }

    /// True when the phrase starts at a word boundary in `text`.
    static func matchesWordStart(_ text: String, _ phrase: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: phrase, range: searchRange) {
            if found.lowerBound == text.startIndex || !text[text.index(before: found.lowerBound)].isLetter {
                return true
            }
            searchRange = found.upperBound..<text.endIndex
        }
        return false
    }

    /// "not resolved", "partially restored", "still not recovered" do not resolve anything.
    static func negated(_ text: String) -> Bool {
        ["not resolved", "not restored", "not recovered", "partially", "partial", "unresolved", "not fully", "still down", "attempted", "tried to", "try to"].contains { text.contains($0) }
    }
}
