import Foundation
import Testing
@testable import DebriefMarkdown

@Suite("YAML alias budget")
struct YAMLAliasBudgetTests {
    /// `levels` anchors, each a list of `width` aliases of the one before: width^levels nodes once expanded.
    static func bomb(levels: Int, width: Int = 9) -> String {
        var lines = ["---", "title: Bomb", "l0: &l0 [" + Array(repeating: "x", count: width).joined(separator: ",") + "]"]
        for level in 1...levels {
            lines.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: width).joined(separator: ",") + "]")
        }
        return (lines + ["---", "# Body", ""]).joined(separator: "\n")
    }

    @Test("an alias bomb is refused quickly, naming its line, and the body is still read", arguments: [7, 11])
    func bomb(levels: Int) {
        let start = Date()
        var error: MarkdownError?
        let document = MarkdownParser.parse(Self.bomb(levels: levels), frontMatterError: &error)
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(error?.message.contains("alias") == true)
        // File line 8 holds `l5`, whose nine copies of `l4` (9^4 lists) first pass 1 MB.
        #expect(error?.line == 8)
        #expect(document.frontMatter == nil)
        #expect(document.blocks.count == 1)
    }

    @Test("more than 64 aliases of a small value are refused too")
    func tooMany() {
        let yaml = "base: &b 1\n" + (1...65).map { "k\($0): *b" }.joined(separator: "\n")
        #expect(throws: MarkdownError.self) { try FrontMatterSplitter.parse(yaml, firstLine: 2) }
    }

    @Test("ordinary anchors, and stars and ampersands in text, pass",
          arguments: ["defaults: &d {team: sre}\nprod: *d\nstage: *d\n",
                      "title: \"Checkout *slow* & flaky\"\ntags: [a, b]\n",
                      "title: R&D *outage* # *c *c *c\n",
                      "note: 'it''s *x'\n"])
    func ordinary(yaml: String) throws {
        let frontMatter = try FrontMatterSplitter.parse(yaml, firstLine: 2)
        #expect(!frontMatter.entries.isEmpty)
    }

    @Test("aliases inside quotes and comments are not counted")
    func scanner() {
        let tokens = YAMLAnchorScanner.tokens(in: "a: &x 1\nb: \"*x\" # *x\nc: [*x, '*x']\n")
        #expect(tokens.map(\.isAnchor) == [true, false])
        #expect(tokens.map(\.line) == [1, 3])
    }
}
