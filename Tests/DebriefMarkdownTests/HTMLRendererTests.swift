import Testing
@testable import DebriefMarkdown

@Suite("HTML rendering")
struct HTMLRendererTests {
    func html(_ markdown: String, unsafe: Bool = false) throws -> String {
        HTMLRenderer(allowRawHTML: unsafe).render(try MarkdownParser.parse(markdown).root)
    }

    @Test("raw HTML is dropped unless the site opts in")
    func rawHTML() throws {
        let markdown = "<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>.\n"
        let safe = try html(markdown)
        #expect(!safe.contains("<script"))
        #expect(!safe.contains("onclick"))
        #expect(safe.contains("Text "))
        #expect(try html(markdown, unsafe: true).contains("<script>alert(1)</script>"))
    }

    @Test("text and attributes are escaped")
    func escaping() throws {
        let out = try html("A & B < C \"quoted\" [link](https://x.example/?a=1&b=\"2\")\n")
        #expect(out.contains("A &amp; B &lt; C &quot;quoted&quot;"))
        #expect(out.contains("href=\"https://x.example/?a=1&amp;b=%222%22\"") || out.contains("href=\"https://x.example/?a=1&amp;b=&quot;2&quot;\""))
    }

    @Test("javascript: links lose their target")
    func unsafeLinks() throws {
        let out = try html("[click](javascript:alert(1)) ![img](data:text/html;base64,xx)\n")
        #expect(!out.contains("javascript:"))
        #expect(!out.contains("data:text/html"))
    }

    @Test("headings get unique slug anchors")
    func headingAnchors() throws {
        let out = try html("## Root cause\n\n## Root cause\n\n### Café: what went wrong?\n")
        #expect(out.contains("<h2 id=\"root-cause\">"))
        #expect(out.contains("<h2 id=\"root-cause-2\">"))
        #expect(out.contains("<h3 id=\"cafe-what-went-wrong\">"))
    }

    @Test("blocks carry line anchors so pages can link to a source line")
    func lineAnchors() throws {
        let out = try html("Intro.\n\n- [07:43]: alert fired\n- [07:45]: paged\n")
        #expect(out.contains("<p id=\"L1\">Intro.</p>"))
        #expect(out.contains("<li id=\"L3\">"))
        #expect(out.contains("<li id=\"L4\">"))
    }

    @Test("tables, task lists and code blocks render as HTML")
    func blocks() throws {
        let out = try html("| A | B |\n|---|:-:|\n| 1 | 2 |\n\n- [x] done\n\n```sql\nselect 1 < 2;\n```\n")
        #expect(out.contains("<table id=\"L1\">"))
        #expect(out.contains("<th style=\"text-align: center\">B</th>"))
        #expect(out.contains("<input type=\"checkbox\" disabled=\"\" checked=\"\" />"))
        #expect(out.contains("<code class=\"language-sql\">select 1 &lt; 2;\n</code>"))
    }
}

@Suite("HTML rendering of whole documents")
struct DocumentRenderingTests {
    @Test("a list item cmark read as a link reference definition keeps its words")
    func linkReferenceItem() throws {
        let document = try MarkdownParser.parse("- [11:19]: Investigating.\n- [11:24]: Root cause & fix found.\n")
        let out = HTMLRenderer().render(document)
        #expect(out.contains("<li id=\"L1\">[11:19]: Investigating.</li>"))
        #expect(out.contains("Root cause &amp; fix found."))
    }

    @Test("headings without words are section, section-2, …; 8,000 of one name render in linear time (fuzzing)")
    func repeatedHeadingIDs() throws {
        let empty = HTMLRenderer().render(try MarkdownParser.parse("#\n#\n# Section\n"))
        #expect(empty.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } } == ["section", "section-2", "section-3"])
        let clock = ContinuousClock()
        let document = try MarkdownParser.parse(String(repeating: "# Outage\n", count: 8_000))
        var out = ""
        let elapsed = clock.measure { out = HTMLRenderer().render(document) }
        #expect(out.contains("id=\"outage-8000\""))
        // Linear: a few milliseconds. Probing every earlier id took 32 million probes.
        #expect(elapsed < .seconds(2))
    }
}

@Suite("Link safety")
struct LinkSafetyTests {
    @Test("script URLs are refused however they are disguised", arguments: [
        "javascript:alert(1)", "JAVASCRIPT:alert(1)", "jav\tascript:alert(1)", "\njavascript:alert(1)",
        "java\rscript:alert(1)", "\u{01}javascript:alert(1)", " vbscript:x", "file:///etc/passwd", "data:text/html;base64,xx",
    ])
    func refused(url: String) {
        #expect(!HTMLEscaping.isSafeURL(url))
    }

    @Test("ordinary links are kept", arguments: [
        "https://status.example.com/a?b=c:d", "http://x.example", "mailto:oncall@example.com", "../runbooks/db.md",
        "#timeline", "docs/a:b.md", "data:image/png;base64,AAAA",
    ])
    func kept(url: String) {
        #expect(HTMLEscaping.isSafeURL(url))
    }

    @Test("an entity-disguised script link in Markdown renders without its target")
    func markdownEntity() throws {
        let out = HTMLRenderer().render(try MarkdownParser.parse("[x](jav&#x09;ascript:alert(1))\n"))
        #expect(!out.lowercased().contains("script:"))
    }
}
