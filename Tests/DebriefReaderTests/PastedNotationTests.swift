import DebriefModel
import Testing
@testable import DebriefReader

/// Timelines as operations teams paste them: inside a code fence, as status updates in front
/// matter, in compact or approximate clocks, with numeric offsets or named zones, and as bullets
/// that tell the time mid-sentence. Written in our own words.
@Suite("Pasted timeline notations")
struct PastedNotationTests {
    @Test("a plain fence whose lines open with clocks and words is the timeline")
    func fencedTimeline() {
        let incident = readIncident("""
        # Queue stall

        ## Timeline (UTC) - 2024-03-05

        ```
        09:10: the nightly job started and the queue stopped draining
        09:25: an alert fired for queue depth
        10:05: the job was stopped and the queue drained again
        ```
        """)
        #expect(incident.timeline.map { utc($0.at) } == ["2024-03-05T09:10:00Z", "2024-03-05T09:25:00Z", "2024-03-05T10:05:00Z"])
        #expect(incident.timeline.first?.text == "the nightly job started and the queue stopped draining")
    }

    @Test("a fenced log excerpt (seconds and fractions on its stamps) is not the timeline")
    func fencedLogIsNotTimeline() {
        #expect(!FencedTimeline.readsAsTimeline(info: "", lines: [
            "09:10:01.120 worker-3 error connecting to upstream db",
            "09:10:02.431 worker-3 retrying connection to upstream db",
        ], order: .monthFirst))
        #expect(!FencedTimeline.readsAsTimeline(info: "sh", lines: ["09:10: restart the worker pool now", "09:12: check the queue depth again"], order: .monthFirst))
        #expect(FencedTimeline.readsAsTimeline(info: "text", lines: ["09:10: restart the worker pool now", "", "09:12: check the queue depth again"], order: .monthFirst))
    }

    @Test("status updates listed in front matter become the timeline, each led by its state")
    func frontMatterUpdates() {
        let incident = readIncident("""
        ---
        title: Login failures
        date: 2023-04-02 10:00 GMT+2
        updates:
        - state: investigating
          message: "Some customers cannot log in."
          date: 2023-04-02 10:00 GMT+2
        - state: resolved
          message: "Logins work again for everyone."
          date: 2023-04-02 10:40 GMT+2
        ---
        """)
        #expect(incident.timeline.map(\.text) == ["Investigating - Some customers cannot log in.", "Resolved - Logins work again for everyone."])
        #expect(incident.timeline.map { utc($0.at) } == ["2023-04-02T08:00:00Z", "2023-04-02T08:40:00Z"])
    }

    @Test("'~1215' and '2024-04-01 0251' are four-figure clocks like '1215'")
    func approximateAndDatedCompactClocks() {
        #expect(TimelineScanner.expandCompactClock("~1215: deployed the fix") == "~12:15: deployed the fix")
        #expect(TimelineScanner.expandCompactClock("2024-04-01 0251: the batch failed") == "2024-04-01 02:51: the batch failed")
        let incident = readIncident("""
        # Batch failure

        ## Timeline (UTC)

        - 2024-04-01 0251: the batch failed for all tenants
        - 2024-04-01 0330: the batch was rerun and finished
        """)
        #expect(incident.timeline.map { utc($0.at) } == ["2024-04-01T02:51:00Z", "2024-04-01T03:30:00Z"])
    }

    @Test("a numeric offset after seconds ('19:30:00 -0500') and 'GST' (Gulf) name the zone")
    func numericOffsetAndGulfTime() {
        let dated = readIncident("""
        # Web UI blank

        ## 2019-02-03 19:30:00 -0500

        - 19:30 - users report a blank page
        - 20:10 - the old build is back and pages load
        """)
        #expect(dated.timeline.map { utc($0.at) } == ["2019-02-04T00:30:00Z", "2019-02-04T01:10:00Z"])
        #expect(TimeZoneTable.parse("GST") == .fixed(seconds: 4 * 3600))
    }

    @Test("'Timeline (Japan time)' states the document's zone")
    func countryTimeNamesTheZone() {
        #expect(ZoneStatement.find(in: "Timeline (Japan time)")?.spec == .fixed(seconds: 9 * 3600))
        #expect(ZoneStatement.find(in: "Timeline (India time)")?.spec == .fixed(seconds: 19_800))
    }

    @Test("bullets that tell the time mid-sentence are entries; a bare clock after a pm one on the same day stays pm")
    func sentenceBullets() {
        let incident = readIncident("""
        # Locator outage

        ## Timeline

        - The vendor told us of the outage at 12:16 ET on June 16, 2020.
        - Support staff escalated it at approximately 1:00 PM ET.
        - The locator worked again at approximately 4:00 ET, June 16.
        """)
        #expect(incident.timeline.map { utc($0.at) } == ["2020-06-16T16:16:00Z", "2020-06-16T17:00:00Z", "2020-06-16T20:00:00Z"])
        #expect(incident.timeline.first?.text == "The vendor told us of the outage at 12:16 ET on June 16, 2020.")
    }
}

@Suite("Timeline headings")
struct TimelineHeadingTests {
    @Test("a timeline heading that opens with a clock stays in the timeline though its words name a section")
    func clockHeadingNamingASection() {
        let incident = readIncident("""
        # Replica split

        # Timeline of events

        ### 10:00-11:00 UTC: Split noticed, 2024-02-03

        - 10:04: replicas disagree on the latest block

        ### 11:00-12:00 UTC: Root cause identification

        - 11:20: a wrong contract address is found in the config

        # Root cause

        The config had a wrong address since 09:00 on Monday.
        """)
        #expect(incident.timeline.filter { $0.text.contains("replicas") || $0.text.contains("contract") }.count == 2)
        #expect(incident.timeline.contains { utc($0.at) == "2024-02-03T11:20:00Z" })
    }
}

@Suite("Times restated in a second zone")
struct RestatedZoneTests {
    @Test("'23:15 UTC / 16:15 PDT: text' is one entry at 23:15 UTC")
    func restatedInAnotherZone() {
        let incident = readIncident("""
        # Validator misses blocks

        ## Timeline (2025-03-04)

        - **23:15 UTC / 15:15 PST**: missed blocks start climbing
        - **23:40-23:50 UTC / 15:40-15:50 PST**: the node is restarted
        - **23:55 UTC / 15:55 PST**: no more missed blocks
        """)
        #expect(incident.timeline.map { utc($0.at) } == ["2025-03-04T23:15:00Z", "2025-03-04T23:40:00Z", "2025-03-04T23:55:00Z"])
        #expect(incident.timeline.first?.text == "missed blocks start climbing")
        let bracketed = readIncident("""
        # Stalled chain

        ## Timeline (Japan time), 2021-06-01

        21:48 (5:48 PDT): the last block before the stall was produced
        22:11 (6:11 PDT): an operator saw that no block had come for minutes
        """)
        #expect(bracketed.timeline.map(\.text) == ["the last block before the stall was produced", "an operator saw that no block had come for minutes"])
        #expect(bracketed.timeline.map { utc($0.at) } == ["2021-06-01T12:48:00Z", "2021-06-01T13:11:00Z"])
    }
}

@Suite("A date after the clock")
struct DateAfterClockTests {
    @Test("'10:00 7th Nov 2023 - text' dates the entry; a number after the clock is not a date")
    func dateAfterClock() {
        let incident = readIncident("""
        # Status mails stopped

        ## Timeline

        * 11:10 6th Nov 2023 - an upgrade of the mail relay was merged
        * 10:00 7th Nov 2023 - the support team noticed that no status mails went out
        """)
        #expect(incident.timeline.map { utc($0.at) } == ["2023-11-06T11:10:00Z", "2023-11-07T10:00:00Z"])
        #expect(incident.timeline.last?.text == "the support team noticed that no status mails went out")
        #expect(Stamp.parse("10:00 3 servers were restarted", order: .auto)?.date == nil)
    }
}

@Suite("Phases and ranges with seconds")
struct PhaseTitleTests {
    @Test("a phase title with its span over the entries inside it is not an entry")
    func phaseTitleIsNotAnEntry() {
        let incident = readIncident("""
        # Split network

        ## Timeline (UTC), 2025-02-24

        ### 22:00-23:00 UTC: Split noticed

        - 22:04: several users report invalid blocks
        - 22:30: teams see which clients rejected the blocks

        ### 23:00-23:59 UTC: Root cause identification and fix

        - 23:10: the wrong deposit contract address is found in two clients
        """)
        #expect(incident.timeline.map(\.text) == ["several users report invalid blocks", "teams see which clients rejected the blocks",
                                                  "the wrong deposit contract address is found in two clients"])
    }

    @Test("a span heading whose words are the paragraph under it is an entry, though the next entry starts where it ends")
    func spanHeadingWithParagraphIsAnEntry() {
        let incident = readIncident("""
        # Proxy errors

        ## Timeline (UTC), 2024-03-05

        ### 16:06 - 16:16

        many routes were added and deleted, causing 503 errors for some users

        ### 16:16 - 16:49

        everything back to normal
        """)
        #expect(incident.timeline.map(\.text) == ["many routes were added and deleted, causing 503 errors for some users", "everything back to normal"])
    }

    @Test("'00:33:20-00:33:24 UTC' is a range of clocks with seconds, not a clock and an offset")
    func rangeWithSeconds() {
        let incident = readIncident("""
        # Restart

        ## Timeline (2025-01-02)

        - **00:33:20-00:33:24 UTC**: the service restarts
        - **00:40 UTC**: all checks pass
        """)
        #expect(incident.timeline.map { utc($0.at) } == ["2025-01-02T00:33:20Z", "2025-01-02T00:40:00Z"])
        #expect(incident.timeline.first?.text == "the service restarts")
    }
}

@Suite("Four-figure clocks in prose")
struct MarkedCompactClockTests {
    @Test("'between 1900 and 2100 UTC' and 'At 1915 UTC' are clocks; a bare year or count is not")
    func markedCompactClocks() {
        #expect(LineCleaner.inline("between the hours of 1900 and 2100 UTC") == "between the hours of 19:00 and 21:00 UTC")
        #expect(LineCleaner.inline("At 1915 UTC, throughput jumped") == "At 19:15 UTC, throughput jumped")
        #expect(LineCleaner.inline("at 0300hrs (EAT) the site went down") == "at 0300hrs (EAT) the site went down", "the clock scanner reads it, zone and all")
        #expect(LineCleaner.inline("In 2021 we served 1500 users; see RFC 2616") == "In 2021 we served 1500 users; see RFC 2616")
        #expect(LineCleaner.inline("2023-04-26 1915 UTC") == "2023-04-26 19:15 UTC")
        let incident = readIncident("""
        # Slow transactions

        On April 26, 2023 between the hours of 1900 and 2100 UTC, transactions were slow for all users.
        """)
        #expect(incident.utcTime(.started) == "2023-04-26T19:00:00Z")
        #expect(incident.utcTime(.resolved) == "2023-04-26T21:00:00Z")
    }
}
