import DebriefMarkdown
import DebriefModel
import Foundation

/// Text an author was meant to replace: the guidance lines of the archetypes
/// `debrief new` writes from, and markers (`…`, TODO, TBD, FIXME) in any document.
public struct Placeholders: Sendable, Equatable {
    /// Archetype guidance lines, trimmed ("What happened, who was affected and for how long.").
    public var lines: Set<String>

    /// The guidance lines of `archetypes` (Markdown texts): their body's prose lines, not
    /// headings, tables, rules, comments or template tokens, which a filled-in report keeps too.
    public init(archetypes: [String] = []) {
        var lines = Set<String>()
        for text in archetypes {
            for raw in FrontMatterSplitter.split(text).body.split(separator: "\n") {
                let line = raw.trimmingBlanks()
                guard line.count >= 12, !line.contains("{{"), let first = line.first, !"#|<-*>=`~".contains(first) || line.hasPrefix("- ") else { continue }
                lines.insert(line)
            }
        }
        self.lines = lines
    }

    static let marker = try! NSRegularExpression(pattern: #"(?:(?<=^|[\s|(\[:])…(?=$|[\s|)\]])|\b(?:TODO|TBD|FIXME)\b)"#)

    /// Warnings for every placeholder line or marker left in `lines`.
    func warnings(_ lines: [LintLine]) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for line in lines {
            let trimmed = line.text.trimmingBlanks()
            if self.lines.contains(trimmed) {
                let column = line.text.prefix { $0 == " " || $0 == "\t" }.count + 1
                warnings.append(Diagnostic(.warning, line: line.line, column: column, "placeholder left from the archetype: replace or delete '\(Self.short(trimmed))'"))
                continue
            }
            let range = NSRange(location: 0, length: (line.text as NSString).length)
            if let match = Self.marker.firstMatch(in: line.text, range: range) {
                let word = (line.text as NSString).substring(with: match.range)
                warnings.append(Diagnostic(.warning, line: line.line, column: LintLine.column(match.range.location, in: line.text),
                                           "placeholder '\(word)' left in '\(Self.short(trimmed))'"))
            }
        }
        return warnings
    }

    static func short(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "…"
    }
}
