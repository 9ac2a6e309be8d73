import DebriefMarkdown
import Foundation
import DebriefModel
import Testing
@testable import DebriefReader

/// Layouts of text pasted from word processors and filled-in templates: titles on
/// the first line of a paragraph, hard-wrapped summaries, stamp-only bullets under a
/// label, "Start Time:" fields. Written in our own words.
@Suite("Pasted and templated layouts")
struct PastedLayoutTests {
    func decoded(_ text: String) -> Incident {
        readIncident(text, path: "Content/2023-04-11-example.md", options: decoderOptions)
    }

    func parse(_ text: String) -> Document {
        var error: MarkdownError?
        return MarkdownParser.parse(text, frontMatterError: &error)
    }

    @Test("a section title on the first line of a paragraph opens the section; Root Cause ends the timeline")
    func titleOnFirstLineOfParagraph() {
        let incident = readIncident("""
        Cache outage

        Timeline
        3:10 PM UTC - cache nodes start evicting every key
        3:14 PM UTC - alert fires for the hit rate
        3:40 PM UTC - cache back to normal

        Root Cause and Resolution
        A bad flag at 2:55 PM UTC shrank the memory limit.
        """, path: "Content/2023-04-11-cache.md")
        #expect(incident.timeline.map(\.line) == [4, 5, 6])
        #expect(incident.timeline.first?.text == "cache nodes start evicting every key")
    }

    @Test("a title line that names no known section stays text")
    func unknownTitleLineStaysText() {
        let sections = SectionFinder.sections(of: parse("""
        Blue Green Rollout
        the cutover went fine
        """))
        #expect(sections.allSatisfy { $0.kind == .other })
    }

    @Test("a window wrapped across lines, with a zone and a date before its joiner, is the stated window")
    func wrappedWindowWithZoneAndDate() {
        let incident = decoded("""
        # Queue stall

        ## Summary

        The workers were stuck for a total of 40 minutes
        (9:05AM UTC 04-11-23 to 9:45AM UTC 04-11-23) and jobs piled up.

        ## Timeline

        - 08:50 UTC engineer sees odd retries in a routine check
        - 09:05 UTC workers stop taking jobs, queue grows
        - 09:45 UTC workers restarted, queue drains, all normal
        """)
        #expect(incident.utcTime(.started) == "2023-04-11T09:05:00Z")
        #expect(incident.utcTime(.resolved) == "2023-04-11T09:45:00Z")
        #expect(incident.milestones[.started]?.source == "outage window")
        #expect(incident.milestones[.started]?.line == 6)
    }

    @Test("a clock range after another sentence is not a stated window")
    func rangeInNextSentenceIsNoWindow() {
        let incident = decoded("""
        # Slow reads

        ## Timeline

        ```
        10:00: reads slow down for every tenant, errors between shards.
        10:05-11:00 Over the next hour we checked each shard and patched the reader.
        11:10: reads normal again
        ```
        """)
        #expect(incident.explanations.allSatisfy { $0.chosen?.text != "the stated outage window" })
    }

    @Test("entries before the stated window and after it carry signals of their own")
    func beforeAndAfterWindowSignals() {
        var before = MilestoneScorer.Context(), after = MilestoneScorer.Context()
        before.beforeWindow = true
        after.afterWindow = true
        let features = EntryFeatures(text: "checked the dashboards")
        #expect(MilestoneScorer.signals(features, before).contains("beforeWindow"))
        #expect(MilestoneScorer.signals(features, after).contains("afterWindow"))
        #expect(!MilestoneScorer.signals(features, MilestoneScorer.Context()).contains("beforeWindow"))
    }

    @Test("a bullet that is only a stamp takes its parent's label and the sibling bullet after it")
    func stampOnlyBullet() {
        let incident = readIncident("""
        # Login errors

        ## Timeline

        - **Issue Detection:**
          - April 11, 2023, 14:02 UTC
          - Login page returns 500 for every user.
        - **Fix:**
          - April 11, 2023, 14:30 UTC
          - Reverted the session patch.
        """)
        #expect(incident.timeline.map(\.text) == ["Issue Detection: Login page returns 500 for every user.",
                                                  "Fix: Reverted the session patch."])
    }

    @Test("Start Time and End Time fields state the window")
    func startAndEndTimeFields() {
        let incident = decoded("""
        # Postmortem: checkout outage

        **Issue Summary:**

        - **Duration:**
          - Start Time: April 11, 2023, 13:00 UTC
          - End Time: April 11, 2023, 13:25 UTC

        **Timeline:**

        - April 11, 2023, 13:00 UTC: checkout fails, carts time out
        - April 11, 2023, 13:20 UTC: rolled back the payment client
        """)
        #expect(incident.utcTime(.started) == "2023-04-11T13:00:00Z")
        #expect(incident.utcTime(.resolved) == "2023-04-11T13:25:00Z")
    }

    @Test("a dashed numeric date in a US zone is month first")
    func usZoneDashedDateIsMonthFirst() {
        let incident = readIncident("""
        # Disk full

        ## Summary

        At 9:15AM PT on 03-10-2017 the disk of the web host filled up.

        ## Timeline

        - 9:15 AM PT disk full, pages fail
        - 9:50 AM PT old logs removed, pages load again
        """, path: "Content/disk.md")
        #expect(incident.date == LocalDate(year: 2017, month: 3, day: 10))
        // PT in March 2017 before the 12th is PST, eight hours behind UTC.
        #expect(incident.utcTime(.started) == "2017-03-10T17:15:00Z")
    }

    @Test("a dashed numeric date in a European zone stays day first")
    func europeanZoneDashedDateIsDayFirst() {
        let incident = readIncident("""
        # Disk full

        ## Summary

        At 09:15 CET on 03-10-2017 the disk of the web host filled up.
        """, path: "Content/disk.md")
        #expect(incident.date == LocalDate(year: 2017, month: 10, day: 3))
    }

    @Test("ambiguous numeric dates take the order that keeps them together, before the zone's habit")
    func spanSettlesDateOrder() {
        #expect(ReadingContext.spanDateOrder(["From 23:03 on 11-10-2023 to 01:02 on 12-10-2023"]) == .dayFirst)
        #expect(ReadingContext.spanDateOrder(["From 23:03 on 10-11-2023 to 01:02 on 10-12-2023"]) == .monthFirst)
        #expect(ReadingContext.spanDateOrder(["On 03-10-2017 the disk filled up."]) == nil)
        #expect(ReadingContext.spanDateOrder(["On 2017-03-10 and 2017-03-11"]) == nil)
        let incident = readIncident("""
        # Queue stall

        ## Summary

        From 23:03 EST on 11-10-2023 to 01:02 EST on 12-10-2023 the billing queue was stuck.
        """, path: "Content/queue.md")
        #expect(incident.date == LocalDate(year: 2023, month: 10, day: 11))
    }

    @Test("'started at … and ended at …' and a label with nothing but a range state the window")
    func moreWindowShapes() {
        let prose = decoded("""
        # Site down

        ## Summary

        Duration: The outage started at 08:00 GMT and ended at 10:00 GMT after the fix.

        ## Timeline

        - 08:20 GMT alert fires, site down
        - 09:50 GMT firewall rule fixed
        """)
        #expect(prose.milestones[.started]?.source == "outage window")
        #expect(prose.utcTime(.resolved) == "2023-04-11T10:00:00Z")
        let labelled = decoded("""
        # Site down

        ## Summary

        - **Outage:** 09:45 AM to 11:30 AM UTC

        ## Timeline

        - 09:50 AM alert fires, site down
        - 11:20 AM firewall rule fixed
        """)
        #expect(labelled.milestones[.started]?.source == "outage window")
        #expect(labelled.utcTime(.resolved) == "2023-04-11T11:30:00Z")
    }

    @Test("trouble told earlier without a time keeps the first timed entry from being the start")
    func untimedTroubleBeforeFirstTimedEntry() {
        let incident = decoded("""
        # Worker memory

        ## Timeline

        | When | What |
        |---|---|
        | Apr 8 | Workers crash now and then, out of memory |
        | Apr 11 20:31 UTC | Incident declared as the job backlog grows |
        | Apr 11 21:30 UTC | Root cause found: a cache that never evicts |
        | Apr 11 22:30 UTC | Eviction patched; backlog draining, workers stable |
        """)
        #expect(incident.milestones[.started] == nil)
        let context = MilestoneScorer.Context(troubleBefore: true)
        #expect(MilestoneScorer.signals(EntryFeatures(text: "incident declared"), context).contains("troubleBefore"))
    }

    @Test("a summary's sentence with a clock may give the start, never a step of the response")
    func summarySentenceGivesTheStart() {
        let incident = decoded("""
        # Web server down

        ## Summary

        At approximately 12:05 AM UTC the web server became unresponsive to every request, and it stayed down until the fix was deployed.

        ## Timeline

        - 07:00 AM UTC admin wakes up, sees the site is down, starts debugging
        - 09:30 AM UTC typo in the PHP config found and fixed, site back up
        """)
        #expect(incident.utcTime(.started) == "2023-04-11T00:05:00Z")
        #expect(incident.milestones[.started]?.source == "summary")
        #expect(incident.milestones[.mitigated]?.source != "summary")
        #expect(MilestoneDecision.statable == [.started, .resolved])
    }

    @Test("a time told relative to the entry's clock is an item of its own")
    func relativeTimeInsideAnEntry() throws {
        let event = TimelineEvent(at: Date(timeIntervalSince1970: 1_681_200_000), localDate: LocalDate(year: 2023, month: 4, day: 11),
                                  localTime: ClockTime(hour: 8, minute: 0, second: 0), offsetSeconds: 0,
                                  text: "The site went down at 08:00 but it was detected 10 minutes afterward by an alert.",
                                  milestone: nil, line: 3, candidates: [], who: nil)
        let items = EmbeddedClocks.items(of: event, index: 0, label: nil)
        let item = try #require(items.first)
        #expect(item.at == Date(timeIntervalSince1970: 1_681_200_600))
        #expect(item.text.contains("detected 10 minutes afterward"))
        #expect(EmbeddedClocks.relativeItems(of: event, index: 0, at: event.at!).count == 1)
        var later = event
        later.text = "Restarted the pods; two hours later it was stable"
        #expect(EmbeddedClocks.relativeItems(of: later, index: 0, at: later.at!).first?.at == Date(timeIntervalSince1970: 1_681_207_200))
    }

    @Test("the decoder does not copy the resolution into the mitigation")
    func noMitigationFromResolution() {
        let incident = decoded("""
        # Checkout down

        ## Timeline (UTC)

        - 10:00 checkout failing for every user
        - 10:05 alert fires for checkout errors
        - 10:30 checkout healthy again, error rate back to normal
        """)
        #expect(incident.utcTime(.resolved) == "2023-04-11T10:30:00Z")
        #expect(incident.milestones[.mitigated] == nil)
    }
}
