import DebriefMarkdown
import Foundation

/// A timeline pasted inside a code fence to keep its alignment ("```⏎21:48: the last block
/// was farmed⏎22:11: …```"), told apart from the log excerpts, commands and configuration that
/// fences usually hold: a plain fence (no language, or text/markdown) whose lines mostly open
/// with a clock time followed by words, and whose clocks are not log stamps (seconds on most
/// lines, as log lines have).
enum FencedTimeline {
    /// Fence languages that hold prose, not code.
    static let proseInfo: Set<String> = ["", "text", "txt", "plaintext", "plain", "markdown", "md", "none"]

    /// True when the fence's lines (fences excluded) read as timeline entries.
    static func readsAsTimeline(info: String, lines: [Substring], order: DateOrder) -> Bool {
        guard proseInfo.contains(info.trimmingBlanks().lowercased()) else { return false }
        var nonBlank = 0, stamped = 0, withSeconds = 0
        for raw in lines {
            let text = LineCleaner.clean(raw).text.trimmingBlanks()
            guard !text.isEmpty else { continue }
            nonBlank += 1
            // More unstamped lines than half the fence: it cannot read as a timeline.
            if (nonBlank - stamped - 1) * 2 > lines.count { return false }
            guard let first = TimeScanner.times(in: text).first, first.range.location <= 24,
                  let stamp = Stamp.parse(text, order: order), stamp.time != nil,
                  wordCount(stamp.rest) >= 2 else { continue }
            stamped += 1
            if first.time.second != 0 || hasFraction(text, after: first.range) { withSeconds += 1 }
        }
        return stamped >= 2 && stamped * 2 >= nonBlank && withSeconds * 3 < stamped
    }

    /// Words of two letters or more: "the last block was farmed" has five.
    static func wordCount(_ text: String) -> Int {
        text.split { !$0.isLetter }.filter { $0.count >= 2 }.count
    }

    /// "23:02:01.463": a fraction of a second right after the clock (the mark of a log line).
    static func hasFraction(_ text: String, after range: NSRange) -> Bool {
        let ns = text as NSString
        let end = range.location + range.length
        guard end + 1 < ns.length else { return false }
        return ns.character(at: end) == 0x2E && (0x30...0x39).contains(ns.character(at: end + 1))
    }
}
