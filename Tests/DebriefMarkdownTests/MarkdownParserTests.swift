import Testing
@testable import DebriefMarkdown

@Suite("Markdown parsing")
struct MarkdownParserTests {
    @Test("blocks keep their file lines")
    func lineNumbers() throws {
        let document = try MarkdownParser.parse("# Title\n\nA paragraph\nover two lines.\n\n- one\n- two\n")
        #expect(document.blocks.count == 3)
        #expect(document.blocks[0].kind == .heading(level: 1))
        #expect(document.blocks[0].startLine == 1)
        #expect(document.blocks[1].startLine == 3)
        #expect(document.blocks[1].endLine == 4)
        #expect(document.blocks[2].children.map(\.startLine) == [6, 7])
    }

    @Test("front matter is split off and lines still count from the top of the file")
    func frontMatterOffset() throws {
        let text = "---\ntitle: \"Disk full\"\nservices: [api, db]\n---\n# Heading\n\nBody text.\n"
        let document = try MarkdownParser.parse(text)
        #expect(document.bodyLineOffset == 4)
        #expect(document.frontMatter?["title"]?.string == "Disk full")
        #expect(document.frontMatter?["services"]?.strings == ["api", "db"])
        #expect(document.frontMatter?.entry("services")?.line == 3)
        #expect(document.blocks[0].startLine == 5)
        #expect(document.blocks[1].startLine == 7)
        #expect(document.line(7) == "Body text.")
    }

    @Test("YAML timestamps stay text, so every spelling reads the same way")
    func timestampsAsText() throws {
        let document = try MarkdownParser.parse("---\nstarted: 2024-07-15T07:43:00+02:00\nresolved: 2024-07-15T08:35+0200\n---\nx\n")
        #expect(document.frontMatter?["started"]?.string == "2024-07-15T07:43:00+02:00")
        #expect(document.frontMatter?["resolved"]?.string == "2024-07-15T08:35+0200")
    }

    @Test("invalid YAML is reported with a file line and the body is still parsed")
    func invalidFrontMatter() {
        var error: MarkdownError?
        let document = MarkdownParser.parse("---\ntitle: [unclosed\nseverity: SEV2\n---\n# Still here\n", frontMatterError: &error)
        #expect(error != nil)
        #expect((error?.line ?? 0) >= 2)
        #expect(document.frontMatter == nil)
        #expect(document.blocks.first?.plainText.contains("Still here") == true)
    }

    @Test("front matter that is a list, not a mapping, is an error")
    func frontMatterNotMapping() {
        #expect(throws: MarkdownError.self) { try MarkdownParser.parse("---\n- a\n- b\n---\ntext\n") }
    }

    @Test("an unterminated front matter fence leaves the text as body")
    func unterminatedFence() throws {
        let document = try MarkdownParser.parse("---\ntitle: x\n\nno closing fence\n")
        #expect(document.frontMatter == nil)
        #expect(document.bodyLineOffset == 0)
    }

    @Test("GFM tables keep rows, cells and alignments")
    func tables() throws {
        let document = try MarkdownParser.parse("| Time | Event |\n|:-----|------:|\n| 07:43 | Alert fired |\n| 07:45 | Paged |\n")
        let table = try #require(document.blocks.first)
        #expect(table.kind == .table(alignments: [.left, .right]))
        #expect(table.children.count == 3)
        #expect(table.children[0].kind == .tableRow(header: true))
        #expect(table.children[2].startLine == 4)
        #expect(table.children[1].children.map { $0.plainText.trimmingCharacters(in: .whitespaces) } == ["07:43", "Alert fired"])
    }

    @Test("task list items say whether they are done")
    func taskLists() throws {
        let document = try MarkdownParser.parse("- [ ] add an alert\n- [x] roll back\n- plain item\n")
        let items = try #require(document.blocks.first).children.map(\.kind)
        #expect(items == [.item(task: .open), .item(task: .done), .item(task: nil)])
    }

    @Test("only the box after the marker checks an item, not an [x] later on its line (issue 13)")
    func taskBoxIsTheFirstBracket() throws {
        let text = "- [ ] [x](https://tracker.example/T-1)\n\n1. [ ] see [X]\n\n* [X] done, [ ] is not a box\n\n- [x] [ ](https://tracker.example/T-2)\n"
        let document = try MarkdownParser.parse(text)
        let kinds = document.blocks.flatMap { $0.children.map(\.kind) }
        #expect(kinds == [.item(task: .open), .item(task: .open), .item(task: .done), .item(task: .done)])
        #expect(HTMLRenderer().render(document).components(separatedBy: "checked=").count - 1 == 2)
    }

    @Test("strikethrough and autolinks are recognised")
    func extensions() throws {
        let document = try MarkdownParser.parse("~~gone~~ see https://status.example.com now\n")
        var kinds: [MarkdownNode.Kind] = []
        document.root.walk { kinds.append($0.kind) }
        #expect(kinds.contains(.strikethrough))
        #expect(kinds.contains(.link(url: "https://status.example.com", title: "")))
    }

    @Test("a byte order mark and CRLF line endings are normalised")
    func normalisation() throws {
        let document = try MarkdownParser.parse("\u{FEFF}---\r\ntitle: T\r\n---\r\n# H\r\n")
        #expect(document.frontMatter?["title"]?.string == "T")
        #expect(document.blocks.first?.startLine == 4)
        #expect(!document.body.contains("\r"))
    }

    @Test("a one-word timeline bullet is a link reference definition to cmark: its item is empty but the line is kept")
    func linkReferenceTrap() throws {
        let document = try MarkdownParser.parse("- [11:19]: Investigating.\n- [11:24]: Root cause found.\n")
        let list = try #require(document.blocks.first)
        #expect(list.children[0].plainText.trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(document.line(1) == "- [11:19]: Investigating.")
    }

    @Test("empty input parses to an empty document")
    func empty() throws {
        let document = try MarkdownParser.parse("")
        #expect(document.blocks.isEmpty)
    }
}

@Suite("Hostile Markdown")
struct HostileMarkdownTests {
    @Test("very deep nesting is folded, not a stack overflow, and its words are kept")
    func deepNesting() throws {
        let text = String(repeating: ">", count: 20_000) + " still here\n"
        let document = try MarkdownParser.parse(text)
        var depth = 0
        var node = document.root
        while let first = node.children.first { node = first; depth += 1 }
        #expect(depth <= MarkdownParser.maxDepth + 2)
        #expect(document.root.plainText.contains("still here"))
        #expect(HTMLRenderer().render(document).contains("still here"))
    }
}
