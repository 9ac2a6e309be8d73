/// One node of a parsed Markdown document: a plain Swift value, free of C pointers.
///
/// Lines are 1-based lines of the *file* (front matter included), so diagnostics
/// can point at what the author sees in their editor.
public struct MarkdownNode: Sendable, Equatable {
    /// What kind of node this is.
    public enum Kind: Sendable, Equatable {
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        case item(task: TaskState?)
        case codeBlock(info: String)
        case htmlBlock
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case table(alignments: [TableAlignment])
        case tableRow(header: Bool)
        case tableCell
        case text
        case softBreak
        case lineBreak
        case code
        case htmlInline
        case emphasis
        case strong
        case strikethrough
        case link(url: String, title: String)
        case image(url: String, title: String)
        case other(String)
    }

    /// A GFM task list item's check box.
    public enum TaskState: Sendable, Equatable { case open, done }

    /// Column alignment of a GFM table.
    public enum TableAlignment: Sendable, Equatable { case none, left, center, right }

    public var kind: Kind
    /// Text of leaf nodes (text, code, code blocks, HTML).
    public var literal: String
    public var children: [MarkdownNode]
    /// First and last line of the node in the file (1-based); 0 when unknown.
    public var startLine: Int
    public var endLine: Int

    public init(kind: Kind, literal: String = "", children: [MarkdownNode] = [], startLine: Int = 0, endLine: Int = 0) {
        self.kind = kind
        self.literal = literal
        self.children = children
        self.startLine = startLine
        self.endLine = endLine
    }

    /// The node's visible text: inline markup stripped, breaks as spaces, raw HTML left out.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    private func appendPlainText(to out: inout String) {
        switch kind {
        case .text, .code: out += literal
        case .codeBlock: out += literal
        case .softBreak, .lineBreak: out += " "
        case .htmlInline, .htmlBlock: break
        case .paragraph, .heading, .tableCell:
            for child in children { child.appendPlainText(to: &out) }
            out += " "
        default:
            for child in children { child.appendPlainText(to: &out) }
        }
    }

    /// Every descendant (and self), depth first, in document order.
    public func walk(_ visit: (MarkdownNode) -> Void) {
        visit(self)
        for child in children { child.walk(visit) }
    }
}
