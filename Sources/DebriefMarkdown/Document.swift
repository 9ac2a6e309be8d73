/// A parsed Markdown file: its front matter (if any) and the body's node tree.
public struct Document: Sendable, Equatable {
    /// The root node (`kind == .document`); its line numbers are file lines.
    public var root: MarkdownNode
    /// Parsed YAML front matter, or nil when the file has none.
    public var frontMatter: FrontMatter?
    /// The body's text as given to cmark (front matter removed).
    public var body: String
    /// Number of file lines before the body (front matter and its fences).
    public var bodyLineOffset: Int

    /// The body's lines, index 0 being file line `bodyLineOffset + 1`.
    public let bodyLines: [Substring]
    /// Where the body hit a resource limit and was read in a simpler way (warnings at file lines).
    public var limitWarnings: [MarkdownError]

    public init(root: MarkdownNode, frontMatter: FrontMatter?, body: String, bodyLineOffset: Int, limitWarnings: [MarkdownError] = []) {
        self.limitWarnings = limitWarnings
        self.root = root
        self.frontMatter = frontMatter
        self.body = body
        self.bodyLineOffset = bodyLineOffset
        self.bodyLines = body.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Top-level blocks of the body.
    public var blocks: [MarkdownNode] { root.children }

    /// The source text of one file line, or nil when the line is not part of the body.
    public func line(_ fileLine: Int) -> Substring? {
        let index = fileLine - bodyLineOffset - 1
        return bodyLines.indices.contains(index) ? bodyLines[index] : nil
    }
}
