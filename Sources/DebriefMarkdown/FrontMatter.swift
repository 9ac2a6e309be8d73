import Foundation
import Yams

/// A YAML value kept as text: Debrief parses dates and numbers itself, so
/// `2024-07-15T07:43+0200` (a string to YAML 1.1) and `2024-07-15T07:43:00+02:00`
/// (a timestamp) read the same way.
public indirect enum YAMLValue: Sendable, Equatable {
    case scalar(String)
    case sequence([YAMLValue])
    case mapping([YAMLEntry])
    case null

    /// The scalar's text, or nil for other shapes.
    public var string: String? {
        if case .scalar(let text) = self { return text }
        return nil
    }

    /// A list of strings: a sequence of scalars, or a single comma-separated scalar.
    public var strings: [String] {
        switch self {
        case .scalar(let text):
            return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case .sequence(let items):
            return items.compactMap(\.string)
        case .mapping, .null:
            return []
        }
    }
}

/// One key of a YAML mapping, with the file line it stands on.
public struct YAMLEntry: Sendable, Equatable {
    public var key: String
    public var value: YAMLValue
    public var line: Int
}

/// The YAML block between `---` fences at the top of a file.
public struct FrontMatter: Sendable, Equatable {
    public var entries: [YAMLEntry]

    public init(entries: [YAMLEntry]) { self.entries = entries }

    /// The value of a key, compared case-insensitively.
    public subscript(key: String) -> YAMLValue? {
        entry(key)?.value
    }

    /// The entry of a key, compared case-insensitively.
    public func entry(_ key: String) -> YAMLEntry? {
        let wanted = key.lowercased()
        return entries.first { $0.key.lowercased() == wanted }
    }
}

/// Splitting a file into front matter and Markdown body.
public enum FrontMatterSplitter {
    /// The result of a split: `yaml` is nil when the file has no front matter.
    public struct Split: Sendable, Equatable {
        public var yaml: String?
        public var body: String
        /// File lines before the body starts.
        public var bodyLineOffset: Int
    }

    /// Splits `---\n…\n---` (or `...`) at the very top of `text` from the body.
    public static func split(_ text: String) -> Split {
        guard text.hasPrefix("---") else { return Split(yaml: nil, body: text, bodyLineOffset: 0) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else {
            return Split(yaml: nil, body: text, bodyLineOffset: 0)
        }
        for index in 1..<max(1, lines.count) {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            if line == "---" || line == "..." {
                let yaml = lines[1..<index].joined(separator: "\n")
                lines.removeFirst(index + 1)
                return Split(yaml: yaml, body: lines.joined(separator: "\n"), bodyLineOffset: index + 1)
            }
        }
        return Split(yaml: nil, body: text, bodyLineOffset: 0)
    }

    /// Parses front matter YAML; `firstLine` is the file line of the YAML's first line.
    /// Aliases past ``YAMLAliasBudget`` are refused before Yams expands them.
    public static func parse(_ yaml: String, firstLine: Int) throws -> FrontMatter {
        try YAMLAliasBudget.check(yaml, firstLine: firstLine)
        guard let node = try Yams.compose(yaml: yaml) else { return FrontMatter(entries: []) }
        guard case .mapping = convert(node, firstLine: firstLine) else {
            throw MarkdownError(line: firstLine, message: "front matter is not a YAML mapping of keys to values")
        }
        guard let mapping = node.mapping else { return FrontMatter(entries: []) }
        return FrontMatter(entries: entries(of: mapping, firstLine: firstLine))
    }

    private static func entries(of mapping: Node.Mapping, firstLine: Int) -> [YAMLEntry] {
        mapping.map { key, value in
            YAMLEntry(
                key: key.string ?? "",
                value: convert(value, firstLine: firstLine),
                line: firstLine + (key.mark?.line ?? 1) - 1
            )
        }
    }

    private static func convert(_ node: Node, firstLine: Int) -> YAMLValue {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return .null }
            return .scalar(scalar.string)
        case .sequence(let sequence):
            return .sequence(sequence.map { convert($0, firstLine: firstLine) })
        case .mapping(let mapping):
            return .mapping(entries(of: mapping, firstLine: firstLine))
        case .alias:
            return .null
        }
    }
}
