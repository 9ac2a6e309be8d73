import DebriefModel
import Testing
@testable import DebriefReader

/// Status-page incident files (the cState layout: updates newest first, each ending
/// with its time in a `track` shortcode; `resolved: true` and `resolvedWhen:` in the
/// front matter). Written in our own words.
@Suite("Status-page incident files")
struct StatusPageFormatTests {
    let text = """
    ---
    title: Search slow for some users
    date: 2022-05-03 14:20:00
    resolved: true
    resolvedWhen: 2022-05-03 15:10:00
    ---

    *Resolved* - Search latency has been normal for an hour. {{< track "2022-05-03 15:10:00" >}}

    *Monitoring* - The index was rebuilt; latency is dropping. {{< track "2022-05-03 14:45:00" >}}

    *Investigating* - Some users see slow search results. {{< track "2022-05-03 14:20:00" >}}
    """

    @Test("an update's trailing track shortcode is its stamp; the shortcode leaves the text")
    func trackShortcodeStampsTheUpdate() {
        let incident = readIncident(text, path: "Content/search.md")
        #expect(incident.timeline.map(\.text) == [
            "Resolved - Search latency has been normal for an hour.",
            "Monitoring - The index was rebuilt; latency is dropping.",
            "Investigating - Some users see slow search results.",
        ])
        #expect(incident.timeline.map { utc($0.at) } == ["2022-05-03T15:10:00Z", "2022-05-03T14:45:00Z", "2022-05-03T14:20:00Z"])
    }

    @Test("resolvedWhen gives the resolution; resolved: true is a flag, not an error")
    func resolvedWhenAndFlag() {
        let incident = readIncident(text, path: "Content/search.md")
        #expect(incident.utcTime(.resolved) == "2022-05-03T15:10:00Z")
        #expect(incident.milestones[.resolved]?.source == "front matter")
        #expect(!incident.diagnostics.contains { $0.level == .error })
    }

    @Test("the milestone's own key wins over an alias; aliases are known keys")
    func ownKeyWins() {
        let incident = readIncident("""
        ---
        title: Queue stall
        date: 2022-05-03
        resolved: 2022-05-03T10:00:00Z
        resolved_at: 2022-05-03T11:00:00Z
        ---
        # Queue stall
        """, path: "Content/queue.md")
        #expect(incident.utcTime(.resolved) == "2022-05-03T10:00:00Z")
        #expect(FrontMatterSchema.keys["resolvedwhen"] == .time)
    }

    @Test("other shortcodes are dropped from an entry")
    func otherShortcodesDropped() {
        #expect(TimelineScanner.leadingTrackedTime("10:00 - disk full {{< figure src=\"a.png\" >}}") == "10:00 - disk full")
    }
}

/// statuspage.io's layout: each update's words, then a "Posted …" line with its time.
@Suite("Status-page updates with a Posted line")
struct PostedUpdateTests {
    @Test("a Posted line stamps the update written above it, in the same or the previous paragraph")
    func postedLineStampsTheUpdate() {
        let incident = readIncident("""
        # Slow search

        **Resolved** - Search is fast again for everyone.
        Posted Jun 02, 2023 - 11:20 UTC

        **Investigating** - Search requests are slow for some users.

        Posted Jun 02, 2023 - 10:05 UTC
        """, path: "Content/search.md")
        #expect(incident.timeline.map(\.text) == ["Resolved - Search is fast again for everyone.",
                                                  "Investigating - Search requests are slow for some users."])
        #expect(incident.timeline.map { utc($0.at) } == ["2023-06-02T11:20:00Z", "2023-06-02T10:05:00Z"])
    }

    @Test("a Posted line right after a stamped entry does not take words written before that entry")
    func postedAfterAnEntryTakesNoOldWords() {
        let incident = readIncident("""
        # Slow search

        ## Timeline

        Search was slow for some users.
        - 10:05 UTC: search index rebuilt
        Posted Jun 02, 2023 - 11:20 UTC
        """, path: "Content/search.md")
        #expect(!incident.timeline.contains { $0.text == "Search was slow for some users." })
    }

    @Test("a Posted line with words after its time is not a stamp")
    func postedWithWordsIsText() {
        #expect(TimelineScanner.postedStamp("Posted Jun 02, 2023 - 10:05 UTC", order: .auto) != nil)
        #expect(TimelineScanner.postedStamp("Posted at 10:05 UTC by the on-call team to Slack", order: .auto) == nil)
        #expect(TimelineScanner.postedStamp("Postmortem at 10:05", order: .auto) == nil)
    }
}

/// Status-page front matter, in our own words: the flag beside `resolvedWhen`, and the zone of `date`.
@Suite("Status-page front matter")
struct StatusPageFrontMatterTests {
    @Test("`resolved: false` beside `resolvedWhen:` gives no resolution, with a note")
    func unresolvedFlag() {
        let incident = readIncident("""
        ---
        title: Login errors
        date: 2024-03-04T10:00:00Z
        resolved: false
        resolvedWhen: 2024-03-04T10:00:01Z
        ---
        *Investigating* - We are looking into failed logins.
        """, path: "Content/login.md")
        #expect(incident.milestones[.resolved] == nil)
        let flag = readIncident("""
        ---
        title: Login errors
        date: 2024-03-04T10:00:00Z
        resolved: true
        resolvedWhen: 2024-03-04T11:30:00Z
        ---
        *Resolved* - Logins work again.
        """, path: "Content/login.md")
        #expect(flag.utcTime(.resolved) == "2024-03-04T11:30:00Z")
    }

    @Test("a zone written once beside one clock does not outweigh the zone of the front matter's date")
    func frontMatterZone() {
        let incident = readIncident("""
        ---
        title: Provider outage
        date: 2024-03-04T09:00:00Z
        ---
        *Monitoring* - Our provider is replacing a router; they expect to finish by 03:30 PT. {{< track "2024-03-04 09:00:00" >}}
        """, path: "Content/provider.md")
        #expect(incident.offsetSeconds == 0 && incident.zoneStated)
        #expect(incident.timeline.map { utc($0.at) }.contains("2024-03-04T09:00:00Z"), "the tracked post is read in UTC")
    }

    @Test("the front matter date's zone is read as front matter timestamps are, names and offsets included")
    func frontMatterZoneNames() {
        for (date, offset) in [("2024-03-04 10:00 EST", -5 * 3600), ("2024-03-04 10:00 GMT+1", 3600), ("2024-03-04T10:00:00+0200", 7200)] {
            let incident = readIncident("""
            ---
            title: Provider outage
            date: \(date)
            ---
            *Monitoring* - The provider expects to finish by 03:30 PT. {{< track "2024-03-04 10:00:00" >}}
            """, path: "Content/provider.md")
            #expect(incident.offsetSeconds == offset && incident.zoneStated, "\(date)")
        }
    }

    @Test("posts without times of their own: the front matter's clock is the time of the Investigating post")
    func openedPost() {
        let incident = readIncident("""
        ---
        title: Queue delays
        date: 2024-03-04T08:15:00Z
        ---
        *Investigating* - We are investigating delays in message delivery.

        *Identified* - A broker ran out of disk; we are adding space.
        """, path: "Content/queue.md")
        #expect(incident.timeline.count == 1)
        #expect(incident.timeline.map { utc($0.at) } == ["2024-03-04T08:15:00Z"])
        // Without an Investigating post (or without a clock in `date:`) nothing is made up.
        let none = readIncident("""
        ---
        title: Queue delays
        date: 2024-03-04
        ---
        *Investigating* - We are investigating delays in message delivery.
        """, path: "Content/queue.md")
        #expect(none.timeline.allSatisfy { $0.at == nil })
    }
}

