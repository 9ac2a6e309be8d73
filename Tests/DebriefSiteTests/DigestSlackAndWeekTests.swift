import DebriefMetrics
import Foundation
import Testing
@testable import DebriefSite

struct DigestSlackAndWeekTests {
    typealias F = DigestSiteFixture

    @Test func slackGolden() throws {
        var config = F.config
        config.baseURL = "https://postmortems.example.com"
        try DigestGolden.check(DigestOutput.render(F.report, format: .slack, config: config), named: "2026-W53.slack.txt")
    }

    @Test func slackIsMrkdwnWithoutTablesOrMarkdownEscapes() {
        var config = F.config
        config.baseURL = "https://postmortems.example.com/"
        let slack = DigestOutput.render(F.report, format: .slack, config: config)
        #expect(slack.hasPrefix("*Reliability digest 2026-W53*"))
        #expect(slack.contains("<https://postmortems.example.com/incidents/checkout-timeouts/index.html|Checkout timeouts ¦ pool exhausted>"))
        #expect(slack.contains("New Year &lt;DNS&gt; resolver failures"))
        #expect(!slack.contains("| ---") && !slack.contains("\n#") && !slack.contains("\\["))
    }

    @Test func linksAreAbsoluteWithABaseURLAndRelativeWithout() {
        let relative = DigestOutput.render(F.report, format: .slack, config: F.config)
        #expect(relative.contains("<../../incidents/checkout-timeouts/index.html|"))
        var config = F.config
        config.baseURL = "https://pm.example.com"
        let markdown = DigestOutput.render(F.report, format: .markdown, config: config)
        #expect(markdown.contains("](https://pm.example.com/incidents/checkout-timeouts/index.html)"))
    }

    @Test func aFutureWeekIsRefusedAndTheCurrentOneIsNot() {
        let bucketing = WeekBucketing(timeZone: TimeZone(identifier: "UTC")!)
        let now = ISO8601DateFormatter().date(from: "2026-10-07T12:00:00Z")!  // 2026-W41
        #expect(DigestWeekChoice.futureWeekProblem(ISOWeek("2027-W10")!, now: now, bucketing: bucketing)?
            .contains("has not started yet") == true)
        #expect(DigestWeekChoice.futureWeekProblem(ISOWeek("2026-W41")!, now: now, bucketing: bucketing) == nil)
        #expect(DigestWeekChoice.futureWeekProblem(ISOWeek("2026-W40")!, now: now, bucketing: bucketing) == nil)
    }
}
