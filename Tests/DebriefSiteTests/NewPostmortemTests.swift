import DebriefMarkdown
import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation
import Testing
@testable import DebriefSite

@Suite("debrief new writes valid YAML")
struct NewPostmortemTests {
    @Test("any title and service names read back through Yams exactly as given", arguments: [
        ("Checkout latency", "api, db"),
        ("Line one\nline two: [x] # not a comment", "a], evil: [x"),
        ("Quote \" backslash \\ tab \t bell \u{07} \u{2028} end", "\"q\", \\b, &anchor, *alias"),
        ("- dash: {brace}", "'single', %percent, @at"),
    ])
    func roundTrip(pair: (String, String)) throws {
        let (title, services) = pair
        let text = NewPostmortem.text(title: title, date: LocalDate(year: 2024, month: 7, day: 15), severity: "SEV2", services: services)
        let document = try MarkdownParser.parse(text)
        let frontMatter = try #require(document.frontMatter)
        #expect(frontMatter["title"]?.string == title)
        let expected = services.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(frontMatter["services"] == .sequence(expected.map(YAMLValue.scalar)))
        #expect(frontMatter["evil"] == nil)
        #expect(frontMatter["severity"]?.string == "SEV2")
    }
}
