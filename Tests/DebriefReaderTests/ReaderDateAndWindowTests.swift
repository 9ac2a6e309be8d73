@testable import DebriefModel
@testable import DebriefReader
import DebriefMetrics
import Testing

/// Dates, zones and outage windows the reader settles from the document as a whole.
@Suite struct ReaderDateAndWindowTests {
    @Test(arguments: [
        // A zone outside North America reads slash dates day first.
        ("Asia/Kolkata", "2023-01-06T04:00:00Z"),
        ("CET", "2023-01-06T08:30:00Z"),
        // A US zone keeps the month-first reading.
        ("EST", "2023-06-01T14:30:00Z"),
        // UTC says nothing about the writer: month first, as `auto` does.
        ("UTC", "2023-06-01T09:30:00Z"),
    ])
    func slashDateOrderFollowsTheDocumentsZone(zone: String, started: String) {
        let incident = readIncident("""
        # Queue stalled

        ## Summary

        All times in \(zone). On 06/01/2023 the queue stalled.

        ## Timeline

        - 09:30 workers stopped consuming
        - 09:50 alert fired for queue depth
        """)
        #expect(incident.utcTime(.started) == started)
    }

    @Test func underscoredFileNameDateSettlesAnAmbiguousDate() {
        let incident = readIncident("""
        # Queue stalled

        ## Summary

        All times in EST. On 06/01/2023 the queue stalled.

        ## Timeline

        - 09:30 workers stopped consuming
        """, path: "Content/review_2023_01_06_queue.md")
        #expect(incident.date == LocalDate(year: 2023, month: 1, day: 6))
    }

    @Test func zoneInParenthesesAfterAClockRangeIsFound() {
        let incident = readIncident("""
        # Cache cold

        ## Summary

        On 3 March 2024 (5:10 AM - 6:20 AM, America/New_York) pages were slow.

        ## Timeline

        - 05:10 replica promoted with an empty cache
        - 05:30 latency alert fired
        """)
        #expect(incident.zoneStated)
        #expect(incident.utcTime(.started) == "2024-03-03T10:10:00Z")
    }

    @Test func summaryDateWinsOverALaterDateInsideTheTimeline() {
        let incident = readIncident("""
        # Batch overlap

        ## Summary

        On 2023-05-13, between 22:50 and 01:10 on 2023-05-14, exports failed.

        ## Timeline

        - 22:50 second batch run began
        - 23:05 alert fired for export errors
        - 2023-05-14 00:40 stopped the second run
        - 2023-05-14 01:10 exports back to normal
        """)
        #expect(incident.utcTime(.started) == "2023-05-13T22:50:00Z")
        #expect(incident.utcTime(.detected) == "2023-05-13T23:05:00Z")
        #expect(incident.utcTime(.resolved) == "2023-05-14T01:10:00Z")
    }

    @Test func windowEndTakesTheDateWrittenAfterIt() {
        let incident = readIncident("""
        # Consumers slow

        ## Summary

        From 08:00 to 19:30 on 2024-03-02 (UTC) on 2024-03-01, consumers lagged.

        ## Timeline

        - 08:00 consumer release rolled out
        - 08:20 alert fired for lag
        """)
        #expect(incident.utcTime(.started) == "2024-03-01T08:00:00Z")
        #expect(incident.utcTime(.resolved) == "2024-03-02T19:30:00Z")
    }

    @Test func aDurationLeadStatesTheOutageWindow() {
        let incident = readIncident("""
        # Uploads failing

        ## Summary

        For 1 hour 5 minutes on 4 April 2023 (10:15 - 11:20, UTC), uploads failed.

        ## Timeline

        - 10:40 alert fired for upload errors
        - 11:20 service restored
        """)
        #expect(incident.utcTime(.started) == "2023-04-04T10:15:00Z")
    }

    @Test func aWindowInTheTimelineLeadInTakesTheDateInForce() {
        let incident = readIncident("""
        ---
        title: Proxy crashes
        date: 2024-01-10
        ---

        ## Summary

        The proxy has crashed under load several times this term.

        ## Timeline

        ### 2024-02-06 evening outage

        Between ~6pm and ~7:30pm the proxy ran out of memory and users saw errors.

        ### 17:40:00

        about 250 users online

        ### 18:05:00

        readiness probe failures reported
        """)
        #expect(incident.utcTime(.started) == "2024-02-06T18:00:00Z")
        #expect(incident.utcTime(.resolved) == "2024-02-06T19:30:00Z")
    }

    @Test func aWindowPastMidnightUsesTheNextDaysOffset() {
        // DST began in New York at 02:00 on 2024-03-10: the start is EST, the end EDT.
        let incident = readIncident("""
        # Stock levels stale

        ## Timeline

        All times in America/New_York. 2024-03-09

        **Outage Duration:** 22:30 - 03:15

        - 22:45 alert fired for stale stock levels
        """)
        #expect(incident.utcTime(.started) == "2024-03-10T03:30:00Z")
        #expect(incident.utcTime(.resolved) == "2024-03-10T07:15:00Z")
    }

    @Test func aZoneChosenDateOrderIsSaidInTheWarning() {
        let incident = readIncident("""
        # Queue stalled

        ## Summary

        All times in CET. On 06/01/2023 the queue stalled.

        ## Timeline

        - 09:30 workers stopped consuming
        """)
        #expect(incident.date == LocalDate(year: 2023, month: 1, day: 6))
        #expect(incident.diagnostics.contains { $0.message.contains("day first") && $0.message.contains("CET") })
    }

    @Test func theIncidentDateIsTheDayItStartedNotALeadInsDay() {
        let incident = readIncident("""
        # Fee accounting bug

        ## Timeline

        1. **Mar 03, 2022 22:10 (UTC)** A large deposit lands in the pool.
        2. **Mar 05, 2022 09:02** The pool reports the deposit as profit.
        3. **09:40** A user reports the odd yield and we begin investigating.
        """)
        #expect(incident.utcTime(.started) == "2022-03-05T09:02:00Z")
        #expect(incident.date?.description == "2022-03-05")
    }

    @Test func frontMatterDateIsKeptEvenWhenTheStartIsAnotherDay() {
        let incident = readIncident("""
        ---
        date: 2022-03-09
        ---
        # Fee accounting bug

        ## Timeline

        - 2022-03-05 09:02 UTC The pool reports the deposit as profit.
        """)
        #expect(incident.date?.description == "2022-03-09")
    }
}
