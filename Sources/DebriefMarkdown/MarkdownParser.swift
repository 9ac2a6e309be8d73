import Foundation
import CCmarkGFM

/// Parses Markdown with libcmark-gfm (table, tasklist, strikethrough, autolink)
/// into a Swift `Document`. All C memory is created and freed in `parseBody`.
public enum MarkdownParser {
    /// Parses a whole file: normalises line endings, splits front matter, parses the body.
    /// Throws `MarkdownError` (with a file line) when the front matter is not valid YAML;
    /// use `parse(_:frontMatterErrors:)` to keep the body anyway.
    public static func parse(_ text: String) throws -> Document {
        var error: MarkdownError?
        let document = parse(text, frontMatterError: &error)
        if let error { throw error }
        return document
    }

    /// Parses a whole file, reporting bad front matter through `frontMatterError`
    /// instead of failing, so the body is never lost.
    public static func parse(_ text: String, frontMatterError: inout MarkdownError?) -> Document {
        let normalized = normalize(text)
        let split = FrontMatterSplitter.split(normalized)
        var frontMatter: FrontMatter?
        if let yaml = split.yaml {
            do {
                frontMatter = try FrontMatterSplitter.parse(yaml, firstLine: 2)
            } catch let error as MarkdownError {
                frontMatterError = error
            } catch {
                frontMatterError = MarkdownError(line: yamlErrorLine(error) ?? 1, message: "front matter is not valid YAML: \(yamlErrorSummary(error))")
            }
        }
        let bounded = TableColumnLimit.bound(split.body, lineOffset: split.bodyLineOffset)
        let root = parseBody(bounded.text, lineOffset: split.bodyLineOffset)
        return Document(root: root, frontMatter: frontMatter, body: split.body, bodyLineOffset: split.bodyLineOffset,
                        limitWarnings: bounded.warning.map { [$0] } ?? [])
    }

    /// Removes a UTF-8 byte order mark and turns CRLF / CR line endings into LF.
    public static func normalize(_ text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    /// Parses a Markdown body; node lines are shifted by `lineOffset` to file lines.
    public static func parseBody(_ body: String, lineOffset: Int = 0) -> MarkdownNode {
        CmarkExtensions.registerOnce
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        defer { cmark_parser_free(parser) }
        for name in ["table", "tasklist", "strikethrough", "autolink"] {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        let utf8 = Array(body.utf8)
        utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        guard let root = CmarkExtensions.inlineLock.withLock({ cmark_parser_finish(parser) }) else {
            return MarkdownNode(kind: .document)
        }
        defer { cmark_node_free(root) }
        return convert(root, lineOffset: lineOffset, boxes: TaskBox(utf8))
    }

    /// Nesting deeper than this is folded into one text node: real postmortems never
    /// come close, and a hostile file of 100,000 `>` must not overflow the stack.
    static let maxDepth = 128

    private static func convert(_ node: OpaquePointer, lineOffset: Int, boxes: TaskBox, depth: Int = 0) -> MarkdownNode {
        var children: [MarkdownNode] = []
        if depth >= maxDepth {
            let text = flattenedText(node)
            if !text.isEmpty { children.append(MarkdownNode(kind: .text, literal: text)) }
        } else {
            var child = cmark_node_first_child(node)
            while let current = child {
                children.append(convert(current, lineOffset: lineOffset, boxes: boxes, depth: depth + 1))
                child = cmark_node_next(current)
            }
        }
        let start = Int(cmark_node_get_start_line(node))
        let end = Int(cmark_node_get_end_line(node))
        return MarkdownNode(
            kind: kind(of: node, boxes: boxes),
            literal: cmark_node_get_literal(node).map { String(cString: $0) } ?? "",
            children: children,
            startLine: start > 0 ? start + lineOffset : 0,
            endLine: end > 0 ? end + lineOffset : 0
        )
    }

    /// The literal text under a node, gathered without recursion.
    private static func flattenedText(_ node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var parts: [String] = []
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator),
                  current != node, let literal = cmark_node_get_literal(current) else { continue }
            parts.append(String(cString: literal))
        }
        return parts.joined(separator: " ")
    }

    private static func kind(of node: OpaquePointer, boxes: TaskBox) -> MarkdownNode.Kind {
        let typeName = String(cString: cmark_node_get_type_string(node))
        switch typeName {
        case "document": return .document
        case "block_quote": return .blockQuote
        case "list":
            return .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0
            )
        case "item": return .item(task: nil)
        case "tasklist":
            let checked = boxes.isChecked(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
            return .item(task: checked ?? cmark_gfm_extensions_get_tasklist_item_checked(node) ? .done : .open)
        case "code_block":
            return .codeBlock(info: cmark_node_get_fence_info(node).map { String(cString: $0) } ?? "")
        case "html_block": return .htmlBlock
        case "paragraph": return .paragraph
        case "heading": return .heading(level: Int(cmark_node_get_heading_level(node)))
        case "thematic_break": return .thematicBreak
        case "table": return .table(alignments: alignments(of: node))
        case "table_header": return .tableRow(header: true)
        case "table_row": return .tableRow(header: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
        case "table_cell": return .tableCell
        case "text": return .text
        case "softbreak": return .softBreak
        case "linebreak": return .lineBreak
        case "code": return .code
        case "html_inline": return .htmlInline
        case "emph": return .emphasis
        case "strong": return .strong
        case "strikethrough": return .strikethrough
        case "link":
            return .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case "image":
            return .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default: return .other(typeName)
        }
    }

    private static func alignments(of table: OpaquePointer) -> [MarkdownNode.TableAlignment] {
        let count = Int(cmark_gfm_extensions_get_table_columns(table))
        guard count > 0, let raw = cmark_gfm_extensions_get_table_alignments(table) else { return [] }
        return (0..<count).map { index in
            switch raw[index] {
            case UInt8(ascii: "l"): return .left
            case UInt8(ascii: "c"): return .center
            case UInt8(ascii: "r"): return .right
            default: return .none
            }
        }
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func yamlErrorLine(_ error: Error) -> Int? {
        let text = String(describing: error)
        // Yams messages read "<input>:3:7: error: ..."; the YAML starts on file line 2.
        let parts = text.split(separator: ":")
        for (index, part) in parts.enumerated() where index + 1 < parts.count {
            if let line = Int(part.trimmingCharacters(in: .whitespaces)), Int(parts[index + 1]) != nil {
                return line + 1
            }
        }
        return nil
    }

    private static func yamlErrorSummary(_ error: Error) -> String {
        let text = String(describing: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
        if let range = text.range(of: "error: ") { return String(text[range.upperBound...]) }
        return text
    }
}

/// cmark-gfm's core extensions must be registered once per process before lookup.
enum CmarkExtensions {
    static let registerOnce: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()

    /// cmark-gfm keeps the inline parser's table of special characters in one
    /// global: `cmark_parser_finish` adds the extensions' characters (`:` `w` `~`
    /// `|`) before parsing inlines and clears them after, so two documents finished
    /// at once could clear each other's and drop an autolink at random. Block
    /// parsing (`feed`) stays parallel; only the inline pass takes turns.
    static let inlineLock = NSLock()
}
