import DebriefMarkdown
import DebriefModel

/// The keys a postmortem's front matter may hold, and the shape of each value.
/// Keys are compared case-insensitively (`Severity:` is `severity:`).
public enum FrontMatterSchema {
    /// What a key's value must be.
    public enum Kind: Sendable, Equatable {
        case text, date, severity, list, status, zone, boolean, time
    }

    /// Every key Debrief reads, with its kind; aliases (`sev`, `service`, `author`, `tz`) included.
    public static let keys: [String: Kind] = {
        var keys: [String: Kind] = [
            "title": .text, "date": .date, "severity": .severity, "sev": .severity,
            "services": .list, "service": .list, "authors": .list, "author": .list, "tags": .list,
            "status": .status, "timezone": .zone, "tz": .zone, "draft": .boolean,
        ]
        for milestone in Milestone.allCases { keys[milestone.rawValue] = .time }
        for alias in milestoneAliases.values.joined() { keys[alias.lowercased()] = .time }
        return keys
    }()

    /// Other tools' names for a milestone's time: `resolvedWhen` (cState status pages),
    /// `started_at`, `resolved_at`. The milestone's own key wins when both are given.
    public static let milestoneAliases: [Milestone: [String]] = [
        .started: ["started_at", "startedAt"], .detected: ["detected_at", "detectedAt"],
        .acknowledged: ["acknowledged_at", "acknowledgedAt"], .identified: ["identified_at", "identifiedAt"],
        .mitigated: ["mitigated_at", "mitigatedAt"], .resolved: ["resolvedWhen", "resolved_at", "resolvedAt"],
    ]

    /// Status words: the first group reads as open, the second as over (see `Incident.isOpen`); `draft` keeps it off the site.
    public static let statuses = ["open", "ongoing", "investigating", "monitoring", "unresolved", "active",
                                  "resolved", "closed", "complete", "completed", "done", "draft"]

    /// YAML's boolean words (1.1 and 1.2), lowercased.
    public static let booleans: [String: Bool] = ["true": true, "yes": true, "on": true, "false": false, "no": false, "off": false]

    /// Unknown keys (with a did-you-mean), keys given twice, and values of the wrong shape.
    /// Values the reader interprets itself (dates, severities, zones, times) are judged by the reader.
    public static func check(_ front: FrontMatter) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: Int] = [:]
        let known = keys.keys.sorted()
        for entry in front.entries {
            let key = entry.key.lowercased()
            if let first = seen[key] {
                diagnostics.append(Diagnostic(.error, line: entry.line, column: 1, "'\(entry.key)' is given twice (first on line \(first)); keys are case-insensitive"))
                continue
            }
            seen[key] = entry.line
            guard let kind = keys[key] else {
                let hint = Suggestion.hint(for: key, among: known)
                diagnostics.append(Diagnostic(.warning, line: entry.line, column: 1, "unknown front matter key '\(entry.key)'\(hint); it is ignored"))
                continue
            }
            if let problem = problem(with: entry.value, kind: kind, key: entry.key) {
                // A status Debrief does not know still reads (as neither open nor over); a wrong shape loses the value.
                diagnostics.append(Diagnostic(kind == .status ? .warning : .error, line: entry.line, column: 1, problem))
            }
        }
        return diagnostics
    }

    /// Why `value` does not fit `kind`, or nil.
    static func problem(with value: YAMLValue, kind: Kind, key: String) -> String? {
        switch (kind, value) {
        case (_, .null): return nil
        case (.list, .scalar): return nil
        case (.list, .sequence(let items)):
            return items.allSatisfy { $0.string != nil } ? nil : "\(key) must be a list of names, not a list of lists or mappings"
        case (.list, .mapping): return "\(key) must be a list (e.g. [api, db]), not a mapping"
        case (_, .sequence): return "\(key) must be a single value, not a list"
        case (_, .mapping): return "\(key) must be a single value, not a mapping"
        case (.boolean, .scalar(let text)):
            return booleans[text.lowercased()] == nil ? "\(key) must be true or false, not '\(text)'" : nil
        case (.status, .scalar(let text)):
            guard !statuses.contains(text.lowercased()) else { return nil }
            return "status '\(text)' is not one of \(statuses.joined(separator: ", "))\(Suggestion.hint(for: text, among: statuses))"
        case (_, .scalar): return nil
        }
    }

    /// True when the front matter marks a draft (`draft: true` or `status: draft`).
    public static func isDraft(_ front: FrontMatter?) -> Bool {
        guard let front else { return false }
        if let text = front["draft"]?.string, booleans[text.lowercased()] == true { return true }
        return front["status"]?.string?.lowercased() == "draft"
    }
}
