import DebriefModel
import Foundation
import Testing
@testable import DebriefSite

@Suite("Progress bar")
struct ProgressBarTests {
    final class Clock: @unchecked Sendable { var now = 0.0 }
    final class Sink: @unchecked Sendable { var text = "" }

    @Test("the line shows the share and the counts")
    func line() {
        #expect(ProgressBar.line(done: 0, total: 10, width: 10) == "[----------]   0%  0/10 pages")
        #expect(ProgressBar.line(done: 5, total: 10, width: 10) == "[#####-----]  50%  5/10 pages")
        #expect(ProgressBar.line(done: 12, total: 10, width: 10) == "[##########] 100%  12/10 pages")
    }

    @Test("nothing before a second has passed, nothing off a terminal, and the bar is erased at the end")
    func quietUnlessSlowOnATerminal() {
        let clock = Clock(), sink = Sink()
        let bar = ProgressBar(enabled: true, clock: { clock.now }, write: { sink.text += $0 })
        bar.update(done: 1, total: 4)
        #expect(sink.text.isEmpty)
        clock.now = 1.5
        bar.update(done: 2, total: 4)
        #expect(sink.text.contains("2/4 pages"))
        bar.finish()
        #expect(sink.text.hasSuffix("\r\u{1B}[2K"))
        let piped = Sink()
        let off = ProgressBar(enabled: false, clock: { 10 }, write: { piped.text += $0 })
        off.update(done: 1, total: 2)
        off.finish()
        #expect(piped.text.isEmpty)
    }
}

@Suite("Drafts on their page")
struct DraftStatusTests {
    @Test("a draft shown with --drafts says so where the status stands")
    func draftStatus() {
        var incident = Incident(source: "Content/a.md", slug: "a", title: "A draft")
        incident.isDraft = true
        let view = IncidentPageView(LoadedIncident(incident: incident, bodyHTML: ""), all: [incident], config: SiteConfig())
        #expect(view.status == "Draft, not published")
        #expect(view.statusClass == "draft")
    }
}
