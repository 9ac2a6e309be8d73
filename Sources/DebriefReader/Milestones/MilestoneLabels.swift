import DebriefModel

/// Milestones the author names outright: outage markers (`OUTAGE BEGINS`,
/// `<START OF OUTAGE>`) and the labels that open status-page posts and paging-tool
/// lines (`**Resolved** - 14:52 UTC - …`, `Triggered: Mar 3, 2024 at 4:12 PM`).
/// These are the author's word and weigh most in the decision.
enum MilestoneLabels {
    /// Markers people put in timelines to say where the outage starts and ends.
    static let markers: [(Milestone, [String])] = [
        (.started, ["outage begins", "outage began", "start of outage", "outage start", "impact begins", "impact start"]),
        (.resolved, ["outage ends", "outage ended", "end of outage", "outage end", "impact ends", "impact end"]),
        (.mitigated, ["outage mitigated", "impact mitigated"]),
    ]

    /// What a status-page post's label announces ("Monitoring - a fix has been deployed"),
    /// and the same words as an entry's label ("Detected: synthetic checks fail").
    static let statusLabels: [(String, Milestone)] = [
        ("investigating", .acknowledged), ("identified", .identified), ("monitoring", .mitigated), ("resolved", .resolved),
        ("completed", .resolved), ("detected", .detected), ("acknowledged", .acknowledged), ("mitigated", .mitigated),
        ("triggered", .detected),
    ]

    /// Labels that open a status-page post or a paging-tool log line before its stamp:
    /// the status labels above, and neutral ones that announce no milestone.
    static let logLineLabels: [String] = statusLabels.map(\.0)
        + ["update", "updated", "verifying", "in progress", "postmortem", "escalated", "assigned", "declared", "reopened",
           "notified", "note", "annotation", "comment", "status update"]
    /// Of those, the ones that also start ordinary prose after a colon ("Note: 11:30 is when …"):
    /// they make a log line only with a dash.
    static let proseLabels: Set<String> = ["note", "annotation", "comment", "update", "updated", "status update"]

    /// The milestone an entry names outright, if any.
    static func explicit(_ text: String) -> Milestone? {
        let lowered = text.lowercased()
        for (milestone, phrases) in markers where phrases.contains(where: { lowered.containsBytes($0) }) { return milestone }
        return leadingLabel(lowered)
    }

    /// The milestone of the label a text opens with ("Monitoring - …", "**Detected:** …"), from `table`.
    static func leadingLabel(_ lowered: String, in table: [(String, Milestone)] = statusLabels) -> Milestone? {
        if lowered.utf8.allSatisfy({ $0 < 0x80 }) { return asciiLeadingLabel(Array(lowered.utf8), in: table) }
        let text = lowered.drop { $0 == " " || $0 == "*" || $0 == "_" }
        for (label, milestone) in table where text.hasPrefix(label) {
            let after = text.dropFirst(label.count).drop { $0 == " " || $0 == "*" || $0 == "_" }
            if let mark = after.first, ":-–—|".contains(mark) { return milestone }
        }
        return nil
    }

    /// `leadingLabel` for ASCII text, on its bytes (the labels are ASCII).
    static func asciiLeadingLabel(_ bytes: [UInt8], in table: [(String, Milestone)]) -> Milestone? {
        let blank = { (byte: UInt8) in byte == 0x20 || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") }
        let start = bytes.firstIndex { !blank($0) } ?? bytes.count
        for (label, milestone) in table where bytes.count - start >= label.utf8.count && bytes[start...].starts(with: label.utf8) {
            let mark = bytes[(start + label.utf8.count)...].first { !blank($0) }
            if let mark, mark == UInt8(ascii: ":") || mark == UInt8(ascii: "-") || mark == UInt8(ascii: "|") { return milestone }
        }
        return nil
    }
}
