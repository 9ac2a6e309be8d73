import Foundation

/// Renders a `MarkdownNode` tree to HTML. Text is escaped by construction; raw
/// HTML is dropped unless `allowRawHTML` is set (a site opt-in). Headings get
/// slug anchors and other blocks `id="L<line>"` anchors, so pages can link to a
/// source line.
public struct HTMLRenderer: Sendable {
    public var allowRawHTML: Bool
    /// Prefix added to heading slugs (avoids clashes with page ids).
    public var headingIDPrefix: String
    /// The href for a link's URL as written (a link to another postmortem's `.md` becomes its
    /// page); nil keeps URLs as written. The result is still checked and escaped.
    public var linkHref: (@Sendable (String) -> String)?

    public init(allowRawHTML: Bool = false, headingIDPrefix: String = "", linkHref: (@Sendable (String) -> String)? = nil) {
        self.allowRawHTML = allowRawHTML
        self.headingIDPrefix = headingIDPrefix
        self.linkHref = linkHref
    }

    /// HTML of the node and its children.
    public func render(_ node: MarkdownNode) -> String {
        var state = State()
        var out = ""
        render(node, into: &out, state: &state, tight: false)
        return out
    }

    /// HTML of a whole document. A list item that cmark left empty because its
    /// text looks like a link reference definition (`- [11:19]: Investigating.`)
    /// shows its source line as text, as its author meant.
    public func render(_ document: Document) -> String {
        var state = State()
        state.sourceLine = { line in document.line(line).map(String.init) }
        var out = ""
        render(document.root, into: &out, state: &state, tight: false)
        return out
    }

    private struct State {
        var usedIDs: Set<String> = []
        /// The next suffix to try per heading name: every smaller one is taken, so 10,000
        /// headings of one name cost one probe each, not one per earlier heading (fuzzing).
        var nextSuffix: [String: Int] = [:]
        var sourceLine: (Int) -> String? = { _ in nil }
        mutating func unique(_ name: String) -> String {
            let base = name.isEmpty ? "section" : name
            var candidate = base
            var counter = nextSuffix[base] ?? 1
            if counter > 1 { candidate = "\(base)-\(counter)" }
            while usedIDs.contains(candidate) {
                counter += 1
                candidate = "\(base)-\(counter)"
            }
            nextSuffix[base] = counter + 1
            usedIDs.insert(candidate)
            return candidate
        }
        mutating func lineID(_ line: Int) -> String {
            guard line > 0, !usedIDs.contains("L\(line)") else { return "" }
            usedIDs.insert("L\(line)")
            return " id=\"L\(line)\""
        }
    }

    private func renderChildren(_ node: MarkdownNode, into out: inout String, state: inout State, tight: Bool) {
        for child in node.children { render(child, into: &out, state: &state, tight: tight) }
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private func render(_ node: MarkdownNode, into out: inout String, state: inout State, tight: Bool) {
        switch node.kind {
        case .document:
            renderChildren(node, into: &out, state: &state, tight: false)
        case .blockQuote:
            out += "<blockquote>\n"
            renderChildren(node, into: &out, state: &state, tight: false)
            out += "</blockquote>\n"
        case .list(let ordered, let start, let isTight):
            let tag = ordered ? "ol" : "ul"
            let hasTasks = node.children.contains { if case .item(task: .some) = $0.kind { return true } else { return false } }
            out += "<\(tag)"
            if ordered && start != 1 { out += " start=\"\(start)\"" }
            if hasTasks { out += " class=\"task-list\"" }
            out += ">\n"
            for child in node.children { render(child, into: &out, state: &state, tight: isTight) }
            out += "</\(tag)>\n"
        case .item(let task):
            out += "<li\(state.lineID(node.startLine))"
            if task != nil { out += " class=\"task-list-item\"" }
            out += ">"
            if let task {
                out += "<input type=\"checkbox\" disabled=\"\"\(task == .done ? " checked=\"\"" : "") /> "
            }
            if node.children.isEmpty, let line = state.sourceLine(node.startLine) {
                let text = line.replacingOccurrences(of: #"^\s*(?:[-*+]|\d{1,9}[.)])\s*"#, with: "", options: .regularExpression)
                out += HTMLEscaping.escape(text)
            }
            for child in node.children {
                if tight, child.kind == .paragraph {
                    renderChildren(child, into: &out, state: &state, tight: tight)
                } else {
                    if out.last != "\n" && child.kind != .paragraph { out += "\n" }
                    render(child, into: &out, state: &state, tight: tight)
                }
            }
            out += "</li>\n"
        case .codeBlock(let info):
            let language = info.split(separator: " ").first.map(String.init) ?? ""
            out += "<pre\(state.lineID(node.startLine))><code"
            if !language.isEmpty { out += " class=\"language-\(HTMLEscaping.escape(language))\"" }
            out += ">\(HTMLEscaping.escape(node.literal))</code></pre>\n"
        case .htmlBlock:
            if allowRawHTML { out += node.literal }
        case .paragraph:
            out += "<p\(state.lineID(node.startLine))>"
            renderChildren(node, into: &out, state: &state, tight: tight)
            out += "</p>\n"
        case .heading(let level):
            let slug = state.unique(headingIDPrefix + Slug.make(node.plainText))
            out += "<h\(level) id=\"\(HTMLEscaping.escape(slug))\">"
            renderChildren(node, into: &out, state: &state, tight: tight)
            out += " <a class=\"anchor\" href=\"#\(HTMLEscaping.escape(slug))\" aria-label=\"Link to this section\">#</a></h\(level)>\n"
        case .thematicBreak:
            out += "<hr />\n"
        case .table(let alignments):
            out += "<div class=\"table-wrap\"><table\(state.lineID(node.startLine))>\n"
            var inBody = false
            for (index, row) in node.children.enumerated() {
                let isHeader: Bool = { if case .tableRow(header: true) = row.kind { return true } else { return false } }()
                if isHeader && index == 0 { out += "<thead>\n" }
                if !isHeader && !inBody { out += "<tbody>\n"; inBody = true }
                out += "<tr\(isHeader ? "" : state.lineID(row.startLine))>"
                for (column, cell) in row.children.enumerated() {
                    let tag = isHeader ? "th" : "td"
                    out += "<\(tag)"
                    switch alignments.indices.contains(column) ? alignments[column] : .none {
                    case .left: out += " style=\"text-align: left\""
                    case .center: out += " style=\"text-align: center\""
                    case .right: out += " style=\"text-align: right\""
                    case .none: break
                    }
                    out += ">"
                    renderChildren(cell, into: &out, state: &state, tight: tight)
                    out += "</\(tag)>"
                }
                out += "</tr>\n"
                if isHeader && index == 0 { out += "</thead>\n" }
            }
            if inBody { out += "</tbody>\n" }
            out += "</table></div>\n"
        case .tableRow, .tableCell, .other:
            renderChildren(node, into: &out, state: &state, tight: tight)
        case .text:
            out += HTMLEscaping.escape(node.literal)
        case .softBreak:
            out += "\n"
        case .lineBreak:
            out += "<br />\n"
        case .code:
            out += "<code>\(HTMLEscaping.escape(node.literal))</code>"
        case .htmlInline:
            if allowRawHTML { out += node.literal }
        case .emphasis:
            out += "<em>"; renderChildren(node, into: &out, state: &state, tight: tight); out += "</em>"
        case .strong:
            out += "<strong>"; renderChildren(node, into: &out, state: &state, tight: tight); out += "</strong>"
        case .strikethrough:
            out += "<del>"; renderChildren(node, into: &out, state: &state, tight: tight); out += "</del>"
        case .link(let written, let title):
            let url = linkHref?(written) ?? written
            out += "<a href=\"\(HTMLEscaping.isSafeURL(url) ? HTMLEscaping.escape(url) : "")\""
            if !title.isEmpty { out += " title=\"\(HTMLEscaping.escape(title))\"" }
            out += ">"
            renderChildren(node, into: &out, state: &state, tight: tight)
            out += "</a>"
        case .image(let url, let title):
            out += "<img src=\"\(HTMLEscaping.isSafeURL(url) ? HTMLEscaping.escape(url) : "")\" alt=\"\(HTMLEscaping.escape(node.plainText))\""
            if !title.isEmpty { out += " title=\"\(HTMLEscaping.escape(title))\"" }
            out += " />"
        }
    }
}
