import DebriefModel
import DebriefMarkdown

/// A stretch of a postmortem under one heading or label.
public struct Section: Sendable, Equatable {
    public var kind: SectionKind
    public var title: String
    /// Line of the heading or label (0 for the text before the first heading).
    public var headingLine: Int
    /// Heading level (1–6); labels take the level of the section they sit in.
    public var level: Int
    /// First and last file lines of the section's content.
    public var startLine: Int
    public var endLine: Int
    /// Top-level blocks inside the section.
    public var blocks: [MarkdownNode]
}

/// Splits a document into sections by headings, bold labels (`__Issue Summary:__`)
/// and ALL-CAPS label lines (`TIMELINE`).
public enum SectionFinder {
    public static func sections(of document: Document) -> [Section] {
        let lastLine = document.bodyLineOffset + document.bodyLines.count
        var sections: [Section] = [Section(kind: .other, title: "", headingLine: 0, level: 0,
                                           startLine: document.bodyLineOffset + 1, endLine: lastLine, blocks: [])]
        func open(kind: SectionKind, title: String, line: Int, level: Int, contentStart: Int) {
            sections[sections.count - 1].endLine = max(sections[sections.count - 1].startLine - 1, line - 1)
            sections.append(Section(kind: kind, title: title, headingLine: line, level: level,
                                    startLine: contentStart, endLine: lastLine, blocks: []))
        }
        for block in document.blocks {
            // Only the kind and level: holding the whole section would copy its blocks on every append.
            let current = (kind: sections[sections.count - 1].kind, level: sections[sections.count - 1].level)
            if case .heading(let level) = block.kind {
                let title = block.plainText.trimmingWhitespace()
                let kind = SectionKind.classify(title)
                // An unknown sub-heading (`### 14:55`) stays inside a known section above it.
                if kind == .other, current.kind != .other, level > current.level, current.level > 0 {
                    sections[sections.count - 1].blocks.append(block)
                    continue
                }
                // A heading that is a timestamp ("## Feb 21, 13:00") is an entry of the timeline, whatever its
                // level; one that opens with a clock stays an entry even when its words name a section
                // ("### 23:00-23:59 UTC: Root Cause Identification").
                if current.kind == .timeline, let stamp = Stamp.parse(title, order: .auto), kind == .other || stamp.time != nil {
                    sections[sections.count - 1].blocks.append(block)
                    continue
                }
                // A repeated heading of the same kind deeper down ("### Timeline" under "## Timeline") too.
                if kind == current.kind, level > current.level, current.level > 0 {
                    sections[sections.count - 1].blocks.append(block)
                    continue
                }
                open(kind: kind, title: title, line: block.startLine, level: level, contentStart: block.endLine + 1)
                continue
            }
            // Inside a timeline a plain title-case line ("Mitigation") is a phase of it, and "Root Cause"
            // or "Action Items" end it; inside the
            // action items or lessons, "Detection" / "Prevention" group items, while "Lessons
            // Learned" or "Action Items" still switch between the two.
            var found = label(of: block, in: document, plainTitles: false).map { ($0, SectionKind.classify($0)) }
            if found == nil, let plain = label(of: block, in: document, plainTitles: true) {
                let kind = SectionKind.classify(plain)
                if current.kind == .timeline {
                    if SectionKind.endingTimeline.contains(kind) { found = (plain, kind) }
                } else if ![.actionItems, .lessons].contains(current.kind) || [.actionItems, .lessons].contains(kind) {
                    found = (plain, kind)
                }
            }
            if let (label, kind) = found, kind != .other {
                let level = current.level == 0 ? 2 : current.level
                open(kind: kind, title: label, line: block.startLine, level: level, contentStart: block.startLine + 1)
            }
            sections[sections.count - 1].blocks.append(block)
        }
        return sections
    }

    /// The label a paragraph opens with: a first line that is all bold or
    /// emphasis (`**Timeline:**`), a short ALL-CAPS line (`ROOT CAUSE`), or (when
    /// `plainTitles`) a one-line paragraph of one to four title-case words (`Action Items`).
    static func label(of block: MarkdownNode, in document: Document, plainTitles: Bool = true) -> String? {
        guard block.kind == .paragraph || isCodeBlock(block), let first = document.line(block.startLine) else { return nil }
        // Most paragraphs open with a line too long for a label: decided without Foundation.
        if ASCIIText.longerThanLabel(first) { return nil }
        var line = first.trimmingBlanks()
        // A footnote after the label ("**Action Items**:^[165](https://…)^", "**Impact**[^2]") is not part of it.
        if line.contains("[") {
            line = line.replacingOccurrences(of: Self.footnote, with: "", options: .regularExpression)
        }
        guard !line.isEmpty, line.count <= 70 else { return nil }
        for marker in ["**", "__", "*", "_"] where line.hasPrefix(marker) {
            let inner = line.dropFirst(marker.count)
            guard let close = inner.range(of: marker) else { break }
            let rest = inner[close.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: ": \t"))
            guard rest.isEmpty else { return nil }
            line = String(inner[..<close.lowerBound])
            return line.trimmingCharacters(in: CharacterSet(charactersIn: ": \t"))
        }
        let letters = line.filter(\.isLetter)
        if letters.count >= 4, letters == letters.uppercased(), !line.contains(where: \.isNumber) {
            return line.trimmingCharacters(in: CharacterSet(charactersIn: ": \t#"))
        }
        // A paragraph that is nothing but a title-case name ("Lessons Learned", "Action Items:").
        // A title on the first line of a longer paragraph ("Timeline⏎1:50 AM - …", text pasted from a
        // word processor) counts only when it names a known section.
        guard plainTitles, let title = titleCase(line.trimmingCharacters(in: CharacterSet(charactersIn: ": \t"))),
              block.startLine == block.endLine || SectionKind.classify(title) != .other else { return nil }
        // "Status: Resolved" is a field, not a heading: no colon inside.
        if !line.dropLast().contains(":"), !".!?,;)".contains(line.last ?? "."), line.last?.isPunctuation != true || line.hasSuffix(":") {
            return title
        }
        return nil
    }

    /// `text` as a title: one to four words, each capitalised or a small joining word, no figures.
    static func titleCase(_ text: String) -> String? {
        let words = text.split(separator: " ")
        guard (1...4).contains(words.count), !text.contains(where: \.isNumber),
              words.allSatisfy({ $0.first?.isUppercase == true || ["and", "of", "the", "&"].contains($0) }) else { return nil }
        return words.joined(separator: " ")
    }

    /// A footnote reference: `^[165](url)^`, `[^2]`, `[3]`.
    static let footnote = #"\^?\[(?:[0-9]{1,6}|\^[^\]\s]{1,20})\](?:\([^)\s]*\))?\^?"#

    static func isCodeBlock(_ block: MarkdownNode) -> Bool {
        if case .codeBlock = block.kind { return true }
        return false
    }
}

import Foundation
