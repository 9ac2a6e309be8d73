import DebriefModel
/// What a section of a postmortem is about, recognised from its heading's words.
public enum SectionKind: String, Sendable, CaseIterable {
    case summary, impact, detection, timeline, rootCause, resolution, actionItems, lessons, other

    /// Ordered rules: the first whose phrase the heading contains wins, so
    /// "Resolution and Recovery" is a resolution and "Root cause and resolution" a root cause.
    static let rules: [(SectionKind, [String])] = [
        (.timeline, ["timeline", "time line", "chronology", "key events", "sequence of events", "events", "what happened when"]),
        (.actionItems, ["action item", "corrective", "preventive", "preventative", "follow-up", "follow up", "followup",
                        "next steps", "todo", "to do", "what we're doing", "what we are doing", "what we will do", "what we'll do", "what we're changing", "what we are changing",
                        "what we will change", "what we'll change", "countermeasure", "going forward", "action plan", "prevention", "measures", "actions", "improvements"]),
        (.rootCause, ["root cause", "cause", "what went wrong", "trigger", "contributing factor", "why it happened"]),
        (.lessons, ["lessons", "learned", "learnt", "takeaway", "what went well", "where we got lucky", "retrospective"]),
        (.resolution, ["resolution", "recovery", "remediation", "mitigation", "how we fixed", "the fix", "resolved"]),
        (.detection, ["detection", "how we found", "how it was detected"]),
        (.impact, ["impact"]),
        (.summary, ["summary", "overview", "tl;dr", "tldr", "abstract", "what happened", "description", "background", "introduction", "postmortem"]),
    ]

    static let ruleBytes: [(SectionKind, [[UInt8]])] = rules.map { ($0.0, $0.1.map { Array($0.utf8) }) }

    /// Sections that end a timeline when their plain title appears in it: a timeline's own phases
    /// ("Mitigation", "Detection") are steps of the response; the cause or the follow-up are not.
    static let endingTimeline: Set<SectionKind> = [.rootCause, .actionItems, .lessons]

    /// Classifies a heading or label ("Issue Summary:", "__Timeline__", "ROOT CAUSE AND RESOLUTION").
    public static func classify(_ heading: String) -> SectionKind {
        let normalized = normalize(heading)
        guard !normalized.isEmpty, normalized.count <= 60 else { return .other }
        if normalized.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(normalized.utf8)
            for (kind, phrases) in ruleBytes where phrases.contains(where: { ASCIIText.startsAWord($0, in: bytes) }) { return kind }
            return .other
        }
        for (kind, phrases) in rules where phrases.contains(where: { startsAWord($0, in: normalized) }) {
            return kind
        }
        return .other
    }

    /// True when `phrase` begins at a word start in `text` ("actions" is not found in
    /// "failed transactions", nor "cause" in "because"; "cause" is found in "causes").
    static func startsAWord(_ phrase: String, in text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return ASCIIText.startsAWord(phrase, in: text) }
        var searchStart = text.startIndex
        while let found = text.range(of: phrase, range: searchStart..<text.endIndex) {
            if found.lowerBound == text.startIndex || text[text.index(before: found.lowerBound)] == " " { return true }
            searchStart = text.index(after: found.lowerBound)
        }
        return false
    }

    /// Lower-cases and strips markup, Liquid tags, numbering and punctuation.
    static func normalize(_ heading: String) -> String {
        if let ascii = ASCIIText.normalizedHeading(heading) { return ascii }
        var text = heading
        while let open = text.range(of: "{%"), let close = text.range(of: "%}", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        text = text.lowercased().replacingOccurrences(of: "’", with: "'")
        let kept = text.unicodeScalars.map { CharacterSet.letters.contains($0) || CharacterSet.decimalDigits.contains($0) || "-;'".unicodeScalars.contains($0) ? Character($0) : " " }
        return String(kept).split(separator: " ").joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "0123456789 "))
    }
}

import Foundation
