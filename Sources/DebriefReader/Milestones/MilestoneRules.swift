import DebriefModel
import Foundation

/// Which milestones an event's words announce: a small, readable rule table.
///
/// Explicit markers (`OUTAGE BEGINS`, `<START OF OUTAGE>`) win over words.
/// Among words every rule that matches makes the event a *candidate* for its
/// milestone ("it was discovered that nginx was not running" may be a detection
/// or an identification); `MilestonePicker` decides which instant each
/// milestone takes. The *primary* label, shown on the site, is the first
/// matching rule in the order below.
public enum MilestoneRules {
    /// Markers people put in timelines to say where the outage starts and ends.
    static var markers: [(Milestone, [String])] { MilestoneLabels.markers }

    /// Word rules, most specific first. Each phrase is matched at word starts.
    static let rules: [(Milestone, [String])] = [
        (.identified, ["root cause", "identified the cause", "cause was identified", "cause identified", "found the cause",
                       "found the root", "cause of the", "cause of failure", "was caused by", "is caused by", "smoking gun",
                       "culprit", "pinpointed", "traced to", "traced the", "diagnosed", "diagnosis",
                       "identified that", "identifies that", "identified to be", "identified as", "problem identified", "issue identified",
                       "determined that", "determines that", "determined the", "determines the", "determined why", "determines why",
                       "realized", "realizes", "realised", "realises", "realization", "realisation", "realize that", "realise that",
                       "discovered that", "discovers that", "found out", "it was clear", "is clear",
                       "turns out", "turned out", "caught in", "caught the", "caught a ", "explains", "was actually", "is actually",
                       "the cause was", "the cause appeared", "the cause appears", "cause turned out",
                       // "apparently the disk was full" explains; "apparently recovered" does not.
                       "apparently the", "apparently a ", "apparently an ", "apparently it", "apparently there",
                       // Finding something wrong: "found a setting was different", "found the cert expired".
                       "found * different", "found * wrong", "found * missing", "found * misconfigured", "found * incorrect",
                       "found * bug", "found * leak", "found * expired", "found * broken",
                       "rca found", "rca identified", "is the cause", "was the root cause", "as the cause", "the cause is", "that's the cause", "that is the cause",
                       "cause confirmed", "cause established", "cause found", "figured it out", "figured out",
                       "that's it", "that was it", "found it", "finds the", "found the", "tied to", "caused by", "points to", "linked to",
                       "cause clear", "cause is clear", "cause was clear", "spots * bug", "spotted * bug", "spots * typo", "found * typo",
                       "found * mismatch", "saw * mismatch", "sees * mismatch", "spots * mismatch", "found * regression", "spots * bad", "spotted * bad", "found * bad", "finds * bad"]),
        (.resolved, ["service restored", "services restored", "service was restored", "fully restored", "restored", "full recovery",
                     "resolved", "resolving", "resolution is confirmed", "fully recovered", "recovered",
                     "back to normal", "return to normal", "returns to normal", "returned to normal", "back online", "back up", "is back",
                     "fully operational", "operational again", "all clear", "normal operation", "incident closed", "issue is closed", "incident over", "closes the incident", "wrapped up", "wraps up",
                     "healthy again", "looked healthy", "looks healthy", "green again", "could * again", "can * again", "caught up", "closing incident", "closing the incident", "closed the incident", "incident is closed",
                     "working again", "running again", "succeed again", "succeeds again", "succeeding again", "ticket closed", "closed it out", "closes it out", "functioning normally", "service resumed", "problem was solved", "problem solved",
                     "issue was solved", "now solved", "is solved", "confirmed to be functional", "confirmed functional", "respond properly", "responding properly",
                     "working properly", "self-heals", "self heals", "repaired"]),
        (.mitigated, ["rolled back", "roll back", "rolls back", "rollback", "reverted", "reverts", "revert", "failover", "failed over",
                      "fix deployed", "deployed a fix", "deployed the fix", "deployed fix", "fix is deployed", "fixed * deployed",
                      "hotfix is", "hotfix deployed", "patched", "patch deployed", "applied a fix", "applied the fix", "fix applied",
                      "corrected", "correct the", "mitigat", "workaround", "restarted", "restart ", "scaled up", "scaled out",
                      "disabled the", "redeployed", "pushed a fix", "pushed the fix", "fixed", "fixes", "stopgap", "manually edited",
                      "edited", "removed from", "is removed", "was removed", "removed the", "deleted the", "are deleted", "were deleted", "bumped", "bump", "bypass",
                      "data restored", "restored from", "tweaked",
                      "increased the limit", "raised the", "raised memory", "raised limits", "drained", "cordon",
                      "rolled the", "killed the", "disabled", "renewed", "issued a new", "issued and deployed",
                      "cancelled the", "canceled the", "terminated the", "switched traffic", "switched over", "circuit breaker", "shed ",
                      "rate-limited", "rate limited", "turned off", "turned the", "stopped the", "scaled", "expanded", "cleared",
                      "moved the", "flushed", "rolled * back", "roll * back", "turned * off", "switched * to", "blocked the", "throttled the", "reloaded", "replaced the", "promoted",
                      "paused", "suspended the", "installed", "remove ",
                      // "the new configuration has been set up": the replacement is in place.
                      "been set up", "was set up", "were set up", "put in place", "pinned back", "downgraded", "flipped", "failed * over", "moves traffic", "moved traffic", "shifted traffic", "shifts traffic",
                      "steering moves", "re-enabled", "reenabled", "toggled", "re-applied", "reapplied", "dead-letter"]),
        (.acknowledged, ["acknowledg", "ack'd", "acked", "began investigating", "begins investigating", "began to investigate",
                         "started investigating", "starts investigating", "start investigating", "started to investigate",
                         "initiated an investigation", "investigation began", "investigation started", "investigation launched",
                         "began an investigation", "started an investigation", "opened an investigation", "incident declared",
                         "declared an incident", "declares incident", "declares an incident", "took ownership", "takes ownership",
                         "began troubleshooting", "started troubleshooting", "starts troubleshooting",
                         "started debugging", "began debugging", "starts debugging", "attempt to debug", "attempts to debug",
                         "began looking", "begins looking", "started looking", "starts looking", "starts the analysis",
                         "started the analysis", "began the analysis", "analysis started", "ticket was opened", "opened a ticket",
                         "opens a ticket", "opens * ticket", "opened * ticket", "ticket filed", "filed a ticket", "war room", "was notified", "were notified",
                         "developers notified", "engineers notified", "team notified", "team was notified", "on-call was paged",
                         "was handled by", "took over", "handled the",
                         // A responder's first look at the system: "checked the error logs", "looked into the hosts".
                         "checked", "check the", "checks the", "checking the", "looked into", "looking into", "look into",
                         "logged into", "logged in to", "inspected",
                         "i'm on it", "i am on it", "im on it", "is on it", "'s on it", "jumped on", "jumps on", "hopped on", "hops on",
                         "grabs it", "grabbed it", "takes it", "took it", "acks", "start checking", "starts checking", "started checking", "takes the thread", "picks it up", "picked it up", "picks up the", "picked up the", "joins", "joined the", "jumped in", "hopped in", "brings in", "brought in",
                         "opens an incident", "opened an incident", "opens incident", "opened incident", "taking a look", "having a look", "looking now", "ack,", "ack ", "ack.",
                         "creates a pr", "created a pr", "opens a pr", "opened a pr", "created a pull request", "opened a pull request"]),
        (.detected, ["alert", "alerted", "alarm", "paged", "page fired", "pager", "monitoring system", "detected", "noticed",
                     "notices", "notice", "reported", "reports", "report of", "report that", "complain", "complaint",
                     "found that", "discovers", "discovered a", "discovered an", "discovered the", "discovered by", "was discovered when", "spotted", "observed", "flagged", "pagerduty", "opsgenie", "nagios",
                     "users notified", "notified us", "received an email", "receives the email", "email from", "first detected",
                     "first recorded", "became aware", "first sign", "monitor ", "monitors", "went critical", "datadog", "grafana alert",
                     "uptime", "synthetic check", "seeing ",
                     "raises a ticket", "raised a ticket", "support ticket", "ticket from", "phone call", "calls from", "first calls",
                     "forwards a report", "forwarded a report", "pages the", "pages on-call", "pings ", "pinged", "tickets", "opens a ticket", "opened a ticket", "posts in", "posted in",
                     "calls the", "called the", "service desk", "help desk", "helpdesk",
                     "first call", "receives a call", "receives calls", "gets a call", "got a call", "posts that", "paging the", "checks fail", "check fails", "checks failed", "check failed", "health check", "fired", "triggered", "began reporting", "started reporting", "tickets from"]),
        (.started, ["outage", "went down", "goes down", "began failing", "begin failing", "started failing", "began to fail",
                    "errors began", "error rate rose", "errors started", "started returning", "began returning",
                    "became unavailable", "became unresponsive", "stopped responding", "stopped working", "down for",
                    "impact began", "impact started", "melting down", "reaches 0%", "is failing", "are failing",
                    "began experiencing", "started experiencing", "deployed", "deploy", "released", "rolled out", "pushed",
                    "merged", "migration", "updated", "uploaded", "launched"]),
    ]

    /// Words that turn a mitigation or resolution phrase into an intention or a
    /// failed attempt: "creates a PR to roll back", "tries to deploy", "restart did not help".
    static let unaccomplished = ["to ", "not ", "n't ", "will ", "would ", "should ", "could ", "attempt ", "attempts ", "attempted ", "try ", "tries ", "tried ", "trying ", "plan ", "plans ",
                                 // "right after the failover": a reference to an earlier event, not an action now.
                                 "after the ", "after ",
                                 // "the account was actually disabled because …": an explanation of a state, not an action.
                                 "actually ", "had been ", "during the ", "during ", "since the ", "before the ", "following the ", "of the "]

    /// Phrases that undo a resolution anywhere in the text.
    static let negations = ["not resolved", "not restored", "not recovered", "partially", "partial", "unresolved", "not fully",
                            "still down", "don't seem", "doesn't seem", "did not", "didn't", "fails", "failed to", "still failing",
                            "gives up", "give up", "begin failing again", "again with",
                            "no change", "no effect", "no improvement", "no difference", "did not help", "didn't help", "continued",
                            "rule out", "ruled out", "unchanged", "without effect",
                            // "writes resume briefly but lag keeps growing"
                            "briefly", "keeps growing", "keep growing", "keeps rising", "keeps climbing", "still growing", "still rising", "still climbing"]

    /// Status-page and paging-tool labels, shared with the decoder.
    static var statusLabels: [(String, Milestone)] { MilestoneLabels.statusLabels }
    static var logLineLabels: [String] { MilestoneLabels.logLineLabels }
    static var proseLabels: Set<String> { MilestoneLabels.proseLabels }

    /// Terse labels whose words may still say otherwise: "page: lag > 5m", "cause: batch size 1",
    /// but "Alert: cleared, lag back to normal" is a recovery and "Cause: not confirmed yet" no finding.
    static let entryLabels: [(String, Milestone)] = [("page", .detected), ("alert", .detected), ("root cause", .identified), ("cause", .identified), ("confirmed", .identified)]

    static func labelMilestone(_ lowered: String) -> Milestone? { leadingLabel(lowered, in: entryLabels) }

    static func leadingLabel(_ lowered: String, in table: [(String, Milestone)]) -> Milestone? {
        MilestoneLabels.leadingLabel(lowered, in: table)
    }

    /// A milestone the entry names outright: an outage marker or a status label.
    public static func explicitLabel(_ text: String) -> Milestone? {
        marker(in: text) ?? statusMilestone(" " + text.lowercased())
    }


    static func statusMilestone(_ lowered: String) -> Milestone? { leadingLabel(lowered, in: statusLabels) }

    /// Words that say trouble came back after a recovery ("errors began again").
    static let relapses = try! NSRegularExpression(pattern: #"(?i)\b(?:again|once more|relapsed?|recurr(?:ed|ing)|came back|another outage)\b"#)

    /// True when the text says the trouble returned.
    public static func mentionsRelapse(_ text: String) -> Bool {
        relapses.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Phrases that say nothing was noticed yet.
    static let silence = ["no alert", "no page", "no alarm", "not alerted", "not paged", "without an alert", "without alert",
                          "before any alert", "did not fire", "didn't fire", "never fired", "no one noticed", "nobody noticed", "unnoticed"]

    /// Phrases that say the cause is not known yet.
    static let doubts = ["red herring", "still unknown", "is unknown", "remains unknown", "not yet known", "unclear", "not sure", "no idea",
                         "not confirmed", "unconfirmed", "suspect ", "suspected", ": unknown", ": tbd", ": ?"]

    static let terseClose = try! NSRegularExpression(pattern: #"\b(?:closing|closed|done)\.?\s*$"#)
    static let namedFound = try! NSRegularExpression(pattern: #"\bidentified\s*(?:[.;,)]|$)"#)

    /// The milestone an event's text announces most specifically, or nil.
    public static func classify(_ text: String) -> Milestone? {
        candidates(text).first
    }

    /// Every milestone the text could announce, explicit markers first, then in rule order.
    public static func candidates(_ text: String) -> [Milestone] {
        var lowered = " " + text.lowercased() + " "
        if lowered.utf8.contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") || $0 == 0xE2 }) {
            lowered = lowered.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
        }
        if let marker = marker(in: text) { return [marker] }
        if let status = statusMilestone(lowered) { return [status] }
        let weakLabel = labelMilestone(lowered)
        // "exploited. Analysis started roughly 30m later": what follows "later" did not happen at this entry's time.
        // The whole sentence holding "later" is cut, not just the words after it.
        if lowered.utf8.count > 6, find(Array(lowered.utf8), laterWords) != nil,
           let later = lowered.range(of: #"\b(?:\d+\s*[a-z]*\s+later|afterwards|shortly after)\b"#, options: .regularExpression) {
            let head = lowered[..<later.lowerBound]
            let sentenceStart = head.range(of: #"[.;!?]\s"#, options: [.regularExpression, .backwards])?.upperBound ?? head.startIndex
            lowered = String(lowered[..<sentenceStart])
        }
        let bytes = Array(lowered.utf8)
        // "we bumped the sidecar this morning, could that be it?": a question is not an action or a finding.
        // "Decision: drain the new instances" plans an action; the entry that does it comes later.
        let isQuestion = lowered.trimmingBlanks().hasSuffix("?")
            || ["decision:", "plan:", "proposal:", "discussion:", "options:"].contains { lowered.containsBytes($0) }
        let negated = negationTable.containsAny(bytes)
        let doubted = doubtTable.containsAny(bytes)
        // Every rule phrase's first place at a word start, in one pass over the bytes.
        let offsets = ruleTable.firstOffsets(in: bytes, wordStart: true)
        var out: [Milestone] = []
        for (milestone, phrases) in compiledRules {
            let checkPrefix = milestone == .mitigated || milestone == .resolved || milestone == .identified
            let hit = phrases.contains { phrase in
                guard let offset = phrase.firstMatch(offsets: offsets, bytes: bytes, text: lowered) else { return false }
                return !checkPrefix || !preceded(bytes, at: offset)
            }
            guard hit, !(isQuestion && checkPrefix) else { continue }
            if milestone == .resolved || milestone == .mitigated, negated { continue }
            if milestone == .identified, doubted { continue }
            if milestone == .identified, isScopeOnly(lowered) { continue }
            // "Nobody picks it up": no one acknowledged, and nothing was done.
            if milestone == .acknowledged || milestone == .mitigated, lowered.containsBytes("nobody ") || lowered.containsBytes("no one ") { continue }
            // "Latency rises. No alert yet.": the absence of an alert detects nothing.
            if milestone == .detected, silenceTable.containsAny(bytes) { continue }
            out.append(milestone)
        }
        if let weakLabel, !out.contains(weakLabel), !out.contains(.resolved), !out.contains(.mitigated),
           !(weakLabel == .identified && doubted) {
            out.insert(weakLabel, at: 0)
        }
        // A terse log's last word: "lag 0. closing." (not "port 5432 was closed.").
        if !out.contains(.resolved), Self.hasAtMostWords(lowered, 5),
           terseClose.firstMatch(in: lowered, range: NSRange(lowered.startIndex..., in: lowered)) != nil, !lowered.containsBytes(" was ") {
            out.append(.resolved)
        }
        // "missing cache-key rule identified.": something named as found.
        if !out.contains(.identified), !isQuestion, lowered.containsBytes("identified"), namedFound.firstMatch(in: lowered, range: NSRange(lowered.startIndex..., in: lowered)) != nil,
           !doubted {
            out.insert(.identified, at: out.firstIndex { $0 != .started } ?? out.endIndex)
        }
        // "The team started to list the affected namespaces": responders at work.
        // (Cheap substring checks first: these patterns run on every entry.)
        if !out.contains(.acknowledged),
           (lowered.containsBytes("start") || lowered.containsBytes("beg")) && responders.firstMatch(in: lowered, range: NSRange(lowered.startIndex..., in: lowered)) != nil
            || lowered.containsBytes(" on it") && onIt.firstMatch(in: lowered, range: NSRange(lowered.startIndex..., in: lowered)) != nil {
            let rank = out.firstIndex { [.detected, .started].contains($0) } ?? out.endIndex
            out.insert(.acknowledged, at: rank)
        }
        // "Compaction job killed; latency drops to normal": the impact eased here.
        if !out.contains(.mitigated), !negated, reportsImprovement(text), !reportsOnset(text) {
            out.append(.mitigated)
        }
        return out
    }

    static let compiledMarkers: [(Milestone, [[UInt8]])] = markers.map { ($0.0, $0.1.map { Array($0.utf8) }) }
    static let compiledUnaccomplished: [[UInt8]] = unaccomplished.map { Array($0.utf8) }
    static let laterWords: [UInt8] = Array("later".utf8) + []

    /// ASCII letters, and any byte of a multi-byte character (letters in other scripts).
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }

    /// Offset of the first occurrence of `needle` in `hay` (at a word start when asked).
    static func find(_ hay: [UInt8], _ needle: [UInt8], wordStart: Bool = true) -> Int? {
        guard let first = needle.first, needle.count <= hay.count else { return nil }
        let last = hay.count - needle.count
        var index = 0
        while index <= last {
            if hay[index] == first, !wordStart || index == 0 || !isLetter(hay[index - 1]) {
                var offset = 1
                while offset < needle.count, hay[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// An explicit outage marker ("OUTAGE BEGINS", "**Outage ends**", "<START OF OUTAGE>").
    public static func marker(in text: String) -> Milestone? {
        let lowered = Array(text.lowercased().utf8)
        // Most entries hold no marker at all: one pass says so.
        guard markerTable.containsAny(lowered) else { return nil }
        for (milestone, phrases) in compiledMarkers where phrases.contains(where: { find(lowered, $0, wordStart: false) != nil }) {
            return milestone
        }
        return nil
    }

    /// True when one of `unaccomplished` ("to ", "will ", "attempted ") ends right before `offset`.
    static func preceded(_ bytes: [UInt8], at offset: Int) -> Bool {
        compiledUnaccomplished.contains { word in
            let start = offset - word.count
            guard start >= 0, bytes[start..<offset].elementsEqual(word) else { return false }
            return start == 0 || !isLetter(bytes[start - 1])
        }
    }

    /// The first place the phrase starts at a word boundary in `text`. A `*` in
    /// the phrase stands for one to three words ("rolled * back").
    static func matchWordStart(_ text: String, _ phrase: String) -> Range<String.Index>? {
        guard let offset = Phrase(phrase).firstMatch(in: Array(text.utf8), text: text) else { return nil }
        let start = text.utf8.index(text.startIndex, offsetBy: offset)
        let end = text.utf8.index(start, offsetBy: min(phrase.utf8.count, text.utf8.distance(from: start, to: text.endIndex)))
        return start..<end
    }

    /// True when the phrase starts at a word boundary in `text`.
    static func matchesWordStart(_ text: String, _ phrase: String) -> Bool {
        matchWordStart(text, phrase) != nil
    }
}
