import DebriefMarkdown
import Foundation

/// Action items from lists, GFM task lists and Action/Owner/Status tables in
/// the action-item sections (or, when there are none, from task lists anywhere).
struct ActionItemReader {
    var document: Document

    static let ownerPatterns: [NSRegularExpression] = [
        try! NSRegularExpression(pattern: #"\(\s*(?:owner|owned by|assignee|assigned to)\s*[:=]?\s*@?([^)]+?)\s*\)"#, options: [.caseInsensitive]),
        try! NSRegularExpression(pattern: #"(?:^|[\s,;—–-])(?:owner|assignee|assigned to)\s*[:=]\s*@?([\p{L}][\p{L}\p{N}._-]*(?:\s[\p{Lu}][\p{L}.-]*)?)"#, options: [.caseInsensitive]),
        try! NSRegularExpression(pattern: #"(?<![\w/])@([A-Za-z0-9][\w.-]*[\w])"#),
    ]

    func items(in sections: [Section]) -> [ActionItem] {
        let actionSections = sections.filter { $0.kind == .actionItems }
        var items: [ActionItem] = []
        for section in actionSections {
            for block in section.blocks { collect(block, into: &items, tasksOnly: false) }
        }
        if actionSections.isEmpty {
            for block in document.blocks { collect(block, into: &items, tasksOnly: true) }
        }
        return items
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
                let raw = LineCleaner.inline(firstBlock?.plainText ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
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
            let status = statusColumn.flatMap { $0 < cells.count ? cells[$0].lowercased() : nil } ?? ""
            let done = ["done", "complete", "completed", "closed", "fixed", "yes", "resolved", "✓", "✔", "[x]"].contains { status.contains($0) } && !status.contains("not")
            return ActionItem(text: cells[actionColumn], owner: owner, done: done, line: row.startLine)
        }
    }

    /// Takes "(owner: x)", "Owner: x" or "@x" out of an item's text.
    static func splitOwner(_ text: String) -> (text: String, owner: String?) {
        let ns = text as NSString
        for (index, pattern) in ownerPatterns.enumerated() {
            guard let match = pattern.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { continue }
            let owner = ns.substring(with: match.range(at: 1)).trimmingCharacters(in: CharacterSet(charactersIn: " @.,"))
            // "@name" stays in the text; "(owner: x)" is removed from it.
            let cleaned = index == 2 ? text : ns.replacingCharacters(in: match.range, with: "").trimmingCharacters(in: CharacterSet(charactersIn: " -—–,;"))
            return (cleaned.isEmpty ? text : cleaned, owner.isEmpty ? nil : owner)
        }
        return (text, nil)
    }
}
