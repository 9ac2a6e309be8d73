import Foundation
import Testing
@testable import DebriefMarkdown

@Suite("Table column limit")
struct TableColumnLimitTests {
    static func table(columns: Int) -> String {
        "# T\n\n|" + String(repeating: "a|", count: columns) + "\n|" + String(repeating: "-|", count: columns)
            + "\n|" + String(repeating: "b|", count: columns) + "\n"
    }

    @Test("a table of 32,000 columns is read as text quickly, with a warning at its line")
    func wide() throws {
        let start = Date()
        let document = try MarkdownParser.parse(Self.table(columns: 32_000))
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(!document.blocks.contains { if case .table = $0.kind { return true } else { return false } })
        let warning = try #require(document.limitWarnings.first)
        #expect(warning.line == 3)
        #expect(warning.message.contains("128 columns"))
        #expect(document.line(3)?.hasPrefix("|a|a|") == true, "the source lines are kept as written")
        #expect(document.blocks[1].plainText.hasPrefix("|a|a|"), "the text is still all there")
    }

    @Test("a table at the limit is still a table, with no warning")
    func atLimit() throws {
        let document = try MarkdownParser.parse(Self.table(columns: 127))
        #expect(document.limitWarnings.isEmpty)
        guard case .table(let alignments) = document.blocks[1].kind else { Issue.record("not a table"); return }
        #expect(alignments.count == 127)
    }

    @Test("pipes already escaped stay single-escaped")
    func escaping() {
        #expect(TableColumnLimit.escapingPipes("a|b\\|c") == "a\\|b\\|c")
    }
}
