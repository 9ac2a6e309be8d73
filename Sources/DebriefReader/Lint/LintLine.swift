import DebriefMarkdown
import Foundation

/// A body line outside fenced code, as written, with its file line.
struct LintLine {
    var line: Int
    var text: String

    /// The document's lines a linter looks at: every body line outside fenced code.
    static func lines(of document: Document) -> [LintLine] {
        let fenced = TimelineScanner(document: document, order: .auto).fencedLines(in: document.blocks)
        return document.bodyLines.enumerated().compactMap { index, raw in
            let line = document.bodyLineOffset + index + 1
            return fenced.contains(line) || raw.isEmpty ? nil : LintLine(line: line, text: String(raw))
        }
    }

    /// The 1-based character column of a UTF-16 `location` in `text`.
    static func column(_ location: Int, in text: String) -> Int {
        (text as NSString).substring(to: min(location, (text as NSString).length)).count + 1
    }
}
