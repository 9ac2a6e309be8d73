import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DebriefSite

@Suite("Feeds and terminal output with hostile titles")
struct FeedAndTerminalSafetyTests {
    static let escapeTitle = "\u{1B}]0;PWNED\u{07}\u{1B}[2J Checkout \u{9B}31m down\r"

    static func incident(_ title: String) -> Incident {
        var incident = Incident(source: "Content/a.md", slug: "a", title: title)
        incident.milestones[.started] = MilestoneValue(at: Date(timeIntervalSince1970: 1_721_022_180), line: 3, source: "test")
        incident.actionItems = [ActionItem(text: "Fix \u{1B}[31mred", owner: nil, done: false, line: 9)]
        return incident
    }

    @Test("feed.xml parses whatever the title holds",
          arguments: [0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFF, 0x10FFFE, 0x01, 0x0B] as [UInt32])
    func feed(code: UInt32) throws {
        let bad = String(Character(try #require(Unicode.Scalar(code))))
        let feed = Exports.atom([Self.incident("Disk " + bad + " full")], config: SiteConfig())
        #expect(XMLParser(data: Data(feed.utf8)).parse(), "feed is not well-formed for U+\(String(code, radix: 16))")
        #expect(feed.contains("<title>Disk  full</title>"))
    }

    @Test("the digest feed parses too")
    func digestFeed() {
        let config = SiteConfig()
        let builder = DigestBuilder(incidents: [Self.incident("Disk " + String(Unicode.Scalar(0xFFFE)!) + " full")],
                                    bucketing: WeekBucketing(timeZone: config.foundationZone, weekStart: config.weekStart))
        let reports = builder.weeks.map { builder.report(for: $0) }
        #expect(XMLParser(data: Data(DigestFeed.atom(reports, config: config).utf8)).parse())
    }

    static func hasControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
    }

    @Test("inspect's text form neutralises escape sequences")
    func inspectText() {
        let text = InspectReport.text(Self.incident(Self.escapeTitle))
        #expect(!Self.hasControls(text))
        #expect(text.contains("PWNED"))
    }

    @Test("the digest in text and Markdown neutralises escape sequences", arguments: [DigestOutput.Format.text, .markdown])
    func digest(format: DigestOutput.Format) throws {
        let config = SiteConfig()
        let builder = DigestBuilder(incidents: [Self.incident(Self.escapeTitle)],
                                    bucketing: WeekBucketing(timeZone: config.foundationZone, weekStart: config.weekStart))
        let week = try #require(builder.weeks.first)
        let output = DigestOutput.render(builder.report(for: week), format: format, config: config)
        #expect(output.contains("PWNED"))
        #expect(!Self.hasControls(output))
    }

    @Test("newlines and tabs survive")
    func keepsLayout() {
        #expect(TerminalText.safe("a\n\tb") == "a\n\tb")
        #expect(TerminalText.safe("a\u{1B}b\u{7F}") == "a\u{FFFD}b\u{FFFD}")
    }
}
