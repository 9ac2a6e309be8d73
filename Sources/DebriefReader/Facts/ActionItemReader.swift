import DebriefModel
import DebriefMarkdown
import Foundation

/// Action items from lists, GFM task lists and Action/Owner/Status tables in
/// the action-item sections (or, when there are none, from task lists anywhere).
struct ActionItemReader {
    var document: Document

    /// False when no owner pattern can match: in ASCII text, each needs "own", "assign" (any case) or "@".
    static func mayNameOwner(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return true }
        let lowered = text.lowercased()
        return lowered.containsBytes("own") || lowered.containsBytes("assign") || text.utf8.contains(UInt8(ascii: "@"))
    }

    static let ownerPatterns: [NSRegularExpression] = [
        try! NSRegularExpression(pattern: #"\(\s*(?:owner|owned by|assignee|assigned to)\s*[:=]?\s*@?([^)]+?)\s*\)"#, options: [.caseInsensitive]),
        try! NSRegularExpression(pattern: #"(?:^|[\s,;—–-])(?:owner|assignee|assigned to)\s*[:=]\s*@?([\p{L}][\p{L}\p{N}._-]*(?:\s[\p{Lu}][\p{L}.-]*)?)"#, options: [.caseInsensitive]),
        try! NSRegularExpression(pattern: #"(?<![\w/])@([A-Za-z0-9][\w.-]*[\w])"#),
    ]

    func items(in sections: [Section]) -> [ActionItem] {
        let actionSections = sections.filter { $0.kind == .actionItems }
        var items: [ActionItem] = []
        for section in actionSections {
            var found: [ActionItem] = []
            for block in section.blocks { collect(block, into: &found, tasksOnly: false) }
            // A section written as prose ("We should add monitoring. Scripts must be reviewed.")
            // lists its actions as sentences.
            items += found.isEmpty ? proseItems(section) : found
        }
        if actionSections.isEmpty {
            for block in document.blocks { collect(block, into: &items, tasksOnly: true) }
        }
        // "Action point: enable push alerts" in a lessons or discussion section.
        for section in sections where section.kind != .actionItems && section.kind != .timeline {
            for block in section.blocks where block.kind == .paragraph {
                guard let first = document.line(block.startLine) else { continue }
                let text = LineCleaner.inline(String(first)).trimmingBlanks()
                let ns = text as NSString
                guard let match = Self.labelledAction.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { continue }
                let rest = ns.substring(from: match.range.upperBound).trimmingBlanks()
                guard !rest.isEmpty, !["none", "n/a", "na", "tbd", "nothing", "-"].contains(rest.lowercased().trimmingCharacters(in: .punctuationCharacters)) else { continue }
                let (itemText, owner) = Self.splitOwner(rest)
                items.append(ActionItem(text: itemText, owner: owner, done: false, line: block.startLine))
            }
        }
        return items.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    /// A paragraph that names itself an action: "Action point:", "Action item:", "TODO:", "Follow-up:".
    static let labelledAction = try! NSRegularExpression(pattern: #"^(?:action (?:item|point)|todo|follow[- ]?up)\s*:\s*"#, options: [.caseInsensitive])

    /// Sentences of an action section written as prose: one item a sentence; a
    /// line that starts in lower case continues the line before ("…how long they
    /// will be gone / for"). Lead-ins ending in ":" and fragments are left out.
    private func proseItems(_ section: Section) -> [ActionItem] {
        var items: [ActionItem] = []
        for block in section.blocks {
            switch block.kind {
            case .paragraph: break
            case .codeBlock(let info) where info.isEmpty:
                // Text indented by accident is prose; a fenced block is code.
                let opener = document.line(block.startLine)?.trimmingBlanks() ?? ""
                if opener.hasPrefix("```") || opener.hasPrefix("~~~") { continue }
            default: continue
            }
            var lines: [(line: Int, text: String)] = []
            let first = block.startLine == section.headingLine ? block.startLine + 1 : block.startLine
            guard first <= block.endLine else { continue }
            for number in first...block.endLine {
                guard let raw = document.line(number) else { continue }
                let text = LineCleaner.inline(String(raw)).trimmingBlanks()
                guard !text.isEmpty else { continue }
                if let initial = text.first, initial.isLowercase, !lines.isEmpty {
                    lines[lines.count - 1].text += " " + text
                } else {
                    lines.append((number, text))
                }
            }
            for (line, text) in lines {
                for sentence in Self.sentences(text) where !sentence.hasSuffix(":") && sentence.split(separator: " ").count >= 4 && Self.saysWhatToDo(sentence) {
                    let (itemText, owner) = Self.splitOwner(sentence)
                    items.append(ActionItem(text: itemText, owner: owner, done: false, line: line))
                }
            }
        }
        return items
    }

    /// A sentence that says what will or should be done ("We should add…", "Add a canary
    /// stage…", "Consumers must retry"), not what happened or that nothing is needed.
    static let intention = try! NSRegularExpression(pattern: #"(?i)\b(?:should|must|will|shall|need|needs|have to|has to|going to|plan to|we'll|we will|todo|to do|important to|recommend\w*|better to|ought to)\b"#)
    static let imperative = try! NSRegularExpression(pattern: #"^(?:[A-Z][a-z]+)\b"#)
    static let imperativeVerbs: Set<String> = ["add", "alert", "audit", "automate", "build", "change", "create", "document", "enable", "ensure",
        "enforce", "fix", "have", "implement", "improve", "include", "introduce", "investigate", "limit", "make", "migrate", "monitor", "move",
        "page", "notify", "block", "cap", "pin", "backfill", "deprecate", "drain", "publish", "put", "raise", "reduce", "remove", "replace", "require", "review", "rotate", "run", "schedule", "set", "split", "stop",
        "test", "track", "train", "update", "upgrade", "use", "verify", "write"]

    static func saysWhatToDo(_ sentence: String) -> Bool {
        let trimmed = sentence.trimmingBlanks()
        if trimmed.lowercased().hasPrefix("no ") || trimmed.lowercased().hasPrefix("none") { return false }
        let first = trimmed.split(separator: " ").first.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) } ?? ""
        if imperativeVerbs.contains(first) { return true }
        return intention.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil
    }

    static let sentenceBreak = try! NSRegularExpression(pattern: #"(?<=[.!?])\s+(?=[\p{Lu}"'(])"#)

    /// Splits at a full stop, question or exclamation mark followed by a capital.
    static func sentences(_ text: String) -> [String] {
        let ns = text as NSString
        var out: [String] = []
        var start = 0
        for match in sentenceBreak.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            out.append(ns.substring(with: NSRange(location: start, length: match.range.location - start)))
            start = match.range.upperBound
        }
        out.append(ns.substring(from: start))
        return out.map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
    }

    private func collect(_ block: MarkdownNode, into items: inout [ActionItem], tasksOnly: Bool) {
        switch block.kind {
        case .list:
            for item in block.children {
                guard case .item(let task) = item.kind else { continue }
                if tasksOnly && task == nil {
                    for child in item.children { collect(child, into: &items, tasksOnly: true) }
                    continue
                }
                let firstBlock = item.children.first { $0.kind == .paragraph } ?? item.children.first
                let raw = LineCleaner.inline(firstBlock?.plainText ?? "").trimmingWhitespace()
                guard !raw.isEmpty else { continue }
                let (text, owner) = Self.splitOwner(raw)
                items.append(ActionItem(text: text, owner: owner, done: task == .done, line: item.startLine))
            }
        case .table where !tasksOnly:
            items += tableItems(block)
        case .blockQuote:
            for child in block.children { collect(child, into: &items, tasksOnly: tasksOnly) }
        default:
            break
        }
    }

    private func tableItems(_ table: MarkdownNode) -> [ActionItem] {
        guard let header = table.children.first.map(TableTimeline.cells) else { return [] }
        let lowered = header.map { $0.lowercased() }
        let actionColumn = lowered.firstIndex { $0.contains("action") || $0.contains("item") || $0.contains("task") || $0.contains("description") } ?? 0
        let ownerColumn = lowered.firstIndex { $0.contains("owner") || $0.contains("assignee") || $0.contains("who") }
        let statusColumn = lowered.firstIndex { $0.contains("status") || $0.contains("done") || $0.contains("state") }
        return table.children.dropFirst().compactMap { row in
            let cells = TableTimeline.cells(of: row)
            guard actionColumn < cells.count, !cells[actionColumn].isEmpty else { return nil }
            let owner = ownerColumn.flatMap { $0 < cells.count ? cells[$0] : nil }.flatMap { $0.isEmpty ? nil : $0.trimmingCharacters(in: CharacterSet(charactersIn: "@ ")) }
            // With no status column, a "DONE" written in capitals anywhere in the row says it ("n/a **DONE**").
            let status = statusColumn.flatMap { $0 < cells.count ? cells[$0].lowercased() : nil }
                ?? (cells.contains { $0.range(of: #"(?<!NOT )(?<!NEVER )\bDONE\b"#, options: .regularExpression) != nil } ? "done" : "")
            let done = ["done", "complete", "completed", "closed", "fixed", "yes", "resolved", "✓", "✔", "[x]"].contains { status.contains($0) } && !status.contains("not")
            return ActionItem(text: cells[actionColumn], owner: owner, done: done, line: row.startLine)
        }
    }

    /// Takes "(owner: x)", "Owner: x" or "@x" out of an item's text.
    static func splitOwner(_ text: String) -> (text: String, owner: String?) {
        guard mayNameOwner(text) else { return (text, nil) }
        let ns = text as NSString
        for (index, pattern) in ownerPatterns.enumerated() {
            guard let match = pattern.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { continue }
            let owner = ns.substring(with: match.range(at: 1)).trimmingCharacters(in: CharacterSet(charactersIn: " @.,"))
            // "@name" stays in the text; "(owner: x)" is removed from it.
            var cleaned = text
            if index != 2 {
                // Close only the gap the owner leaves: "Add a canary (owner: Jo)." → "Add a canary."
                let before = ns.substring(to: match.range.location).replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression)
                let after = ns.substring(from: match.range.upperBound)
                let joiner = after.first.map { ".,;:!?)".contains($0) || $0 == " " } ?? true ? "" : " "
                cleaned = (before + joiner + after).trimmingCharacters(in: CharacterSet(charactersIn: " -—–,;"))
            }
            return (cleaned.isEmpty ? text : cleaned, owner.isEmpty ? nil : owner)
        }
        return (text, nil)
    }
}
