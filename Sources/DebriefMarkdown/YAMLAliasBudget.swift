/// Refuses YAML whose aliases would expand past a small budget, before Yams
/// sees it: seven levels of `&a [*a, *a, …]` fit in 400 bytes yet expand to
/// millions of nodes. The scan is textual and errs on the side of counting:
/// an anchor's node is taken to run from its `&name` to its first `*name`.
public enum YAMLAliasBudget {
    /// At most this many aliases in one front matter.
    public static let maxAliases = 64
    /// At most this many bytes of YAML copied by aliases, nested copies included.
    public static let maxExpandedBytes = 1_000_000

    struct Token {
        var isAnchor: Bool
        var name: Substring
        var offset: Int
        var line: Int
    }

    /// Throws a `MarkdownError` at the line of the alias that breaks the budget.
    public static func check(_ yaml: String, firstLine: Int) throws {
        guard yaml.utf8.contains(UInt8(ascii: "*")) else { return }
        let tokens = YAMLAnchorScanner.tokens(in: yaml)
        let cap = maxExpandedBytes + 1
        var latest: [Substring: Int] = [:], weight: [Int: Int] = [:]
        var seen: [(offset: Int, target: Int)] = []
        var total = 0
        for token in tokens {
            if token.isAnchor { latest[token.name] = token.offset; continue }
            guard let target = latest[token.name] else { continue }
            if weight[target] == nil {
                // Its node ends before its first alias: the aliases since its anchor may lie inside it.
                let copied = seen.filter { $0.offset > target }.reduce(0) { min(cap, $0 + weight[$1.target]!) }
                weight[target] = min(cap, token.offset - target + copied)
            }
            total = min(cap, total + weight[target]!)
            seen.append((token.offset, target))
            if seen.count > maxAliases || total > maxExpandedBytes {
                throw MarkdownError(line: firstLine + token.line - 1, message: "front matter YAML aliases would expand past the limit "
                                    + "(at most \(maxAliases) aliases and \(maxExpandedBytes / 1_000_000) MB expanded); refused as an alias bomb")
            }
        }
    }
}

/// Finds `&anchor` and `*alias` tokens, skipping quoted scalars and comments.
enum YAMLAnchorScanner {
    static func tokens(in yaml: String) -> [YAMLAliasBudget.Token] {
        let bytes = Array(yaml.utf8)
        var tokens: [YAMLAliasBudget.Token] = []
        var index = 0, line = 1
        var quote: UInt8?
        func isBreak(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        func startsNode(_ at: Int) -> Bool { at == 0 || isBreak(bytes[at - 1]) || "[{,".utf8.contains(bytes[at - 1]) }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            if let open = quote {
                if byte == UInt8(ascii: "\\"), open == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == 0x0A { line += 1 }
                    index += 2
                    continue
                }
                if byte == open {
                    if open == UInt8(ascii: "'"), index + 1 < bytes.count, bytes[index + 1] == open { index += 2; continue }
                    quote = nil
                }
            } else if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) && startsNode(index) {
                quote = byte
            } else if byte == UInt8(ascii: "#") && startsNode(index) {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                continue
            } else if (byte == UInt8(ascii: "&") || byte == UInt8(ascii: "*")) && startsNode(index) {
                var end = index + 1
                while end < bytes.count, !isBreak(bytes[end]), !"[]{},".utf8.contains(bytes[end]) { end += 1 }
                if end > index + 1 {
                    let name = Substring(String(decoding: bytes[(index + 1)..<end], as: UTF8.self))
                    tokens.append(.init(isAnchor: byte == UInt8(ascii: "&"), name: name, offset: index, line: line))
                }
                index = end
                continue
            }
            index += 1
        }
        return tokens
    }
}
