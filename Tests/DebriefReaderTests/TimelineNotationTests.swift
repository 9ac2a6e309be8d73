@testable import DebriefModel
@testable import DebriefReader
import DebriefMetrics
import Foundation
import Testing

/// Timeline entries in the shapes people write them (issue 3), in our own words.
@Suite struct TimelineNotationTests {
    /// One incident written in many notations: each must read as the same four events.
    static let shapes: [(String, String)] = [
        ("bullets", """
        - 09:00 UTC - the API began returning errors
        - 09:05 UTC - an alert fired for the error rate
        - 09:30 UTC - the bad release was rolled back
        - 09:45 UTC - service restored
        """),
        ("numbered", """
        1. **09:00 UTC** the API began returning errors
        2. **09:05 UTC** an alert fired for the error rate
        3. **09:30 UTC** the bad release was rolled back
        4. **09:45 UTC** service restored
        """),
        ("paragraphs", """
        [ 09:00 UTC ] - the API began returning errors

        [ 09:05 UTC ] - an alert fired for the error rate

        [ 09:30 UTC ] - the bad release was rolled back

        [ 09:45 UTC ] - service restored
        """),
        ("headings", """
        ### 09:00 UTC

        The API began returning errors.

        ### 09:05 UTC

        An alert fired for the error rate.

        ### 09:30 UTC

        The bad release was rolled back.

        ### 09:45 UTC

        Service restored.
        """),
        ("table", """
        | Time (UTC) | Event |
        |---|---|
        | 09:00 | the API began returning errors |
        | 09:05 | an alert fired for the error rate |
        | 09:30 | the bad release was rolled back |
        | 09:45 | service restored |
        """),
        ("run together", """
        09:00 UTC: the API began returning errors. 09:05 UTC: an alert fired for the error rate. 09:30 UTC: the bad release was rolled back. 09:45 UTC: service restored.
        """),
        ("run together without full stops", """
        9:00am UTC: the API began returning errors 9:05am UTC: an alert fired for the error rate 9:30am UTC: the bad release was rolled back 9:45am UTC: service restored
        """),
        ("br joined", """
        09:00 UTC the API began returning errors<br>09:05 UTC an alert fired for the error rate<br>09:30 UTC the bad release was rolled back<br>09:45 UTC service restored
        """),
        ("at prefix", """
        At 9:00 AM UTC: the API began returning errors.

        At 9:05 AM UTC: an alert fired for the error rate.

        At 9:30 AM UTC: the bad release was rolled back.

        At 9:45 AM UTC: service restored.
        """),
    ]

    @Test(arguments: shapes.map(\.0))
    func timelineShapes(_ name: String) throws {
        let body = try #require(Self.shapes.first { $0.0 == name }?.1)
        let incident = readIncident("# Payments API errors\n\nOn 2023-05-02 the payments API failed.\n\n## Timeline\n\n" + body + "\n")
        #expect(incident.timeline.count == 4)
        #expect(incident.utcTime(.started) == "2023-05-02T09:00:00Z")
        #expect(incident.utcTime(.detected) == "2023-05-02T09:05:00Z")
        #expect(incident.utcTime(.mitigated) == "2023-05-02T09:30:00Z")
        #expect(incident.utcTime(.resolved) == "2023-05-02T09:45:00Z")
    }

    @Test func wrappedContinuationLinesJoinTheirEntry() throws {
        let incident = readIncident("""
        # Search outage

        ## Timeline

        2023-05-02 (all times UTC)

        - 09:00 the search cluster
          stopped answering queries
        - 09:20 a replica was promoted
          and traffic moved over
        """)
        #expect(incident.timeline.count == 2)
        let first = try #require(incident.timeline.first)
        #expect(first.text == "the search cluster stopped answering queries")
    }

    @Test func dayLinesCarryTheDateForward() {
        let incident = readIncident("""
        # Batch jobs stuck

        ## Timeline

        All times in UTC.

        2023-05-02

        - 22:00 batch jobs stopped draining
        - 22:10 an alert fired

        2023-05-03

        - 01:00 the scheduler was restarted, service restored
        """)
        #expect(incident.utcTime(.started) == "2023-05-02T22:00:00Z")
        #expect(incident.utcTime(.resolved) == "2023-05-03T01:00:00Z")
    }

    @Test func clockGoingBackwardsAfterEveningRollsOverMidnight() {
        let incident = readIncident("""
        # Batch jobs stuck

        ## Timeline

        2023-05-02 (all times UTC)

        - 23:40 batch jobs stopped draining
        - 23:50 an alert fired
        - 00:20 the scheduler was restarted
        - 00:30 service restored
        """)
        #expect(incident.utcTime(.started) == "2023-05-02T23:40:00Z")
        #expect(incident.utcTime(.mitigated) == "2023-05-03T00:20:00Z")
        #expect(incident.utcTime(.resolved) == "2023-05-03T00:30:00Z")
    }

    @Test func datedEntriesSetTheDateForLaterUndatedOnes() {
        let incident = readIncident("""
        # Token leak

        ## Timeline

        1. **Jun 01, 2023 20:00 (UTC)** tokens began failing
        2. **21:00** users reported login errors
        3. **Jun 02 08:00** the signing key was rotated, service restored
        """)
        #expect(incident.utcTime(.started) == "2023-06-01T20:00:00Z")
        #expect(incident.utcTime(.detected) == "2023-06-01T21:00:00Z")
        #expect(incident.utcTime(.resolved) == "2023-06-02T08:00:00Z")
    }

    @Test func timestampHeadingsOfAnyLevelStayInTheTimeline() {
        let incident = readIncident("""
        # Build farm

        ## Timeline

        All times in UTC.

        ### 2023-05-02 10:00

        Builds began failing.

        ## May 3, 09:00

        The runner image was reverted.

        ### 09:30

        Service restored.

        ## Lessons learned

        - 11:00 is not an entry here
        """)
        #expect(incident.timeline.count == 3)
        #expect(incident.utcTime(.mitigated) == "2023-05-03T09:00:00Z")
        #expect(incident.utcTime(.resolved) == "2023-05-03T09:30:00Z")
    }

    struct Marker: Sendable, CustomTestStringConvertible {
        var text: String
        var milestone: Milestone
        var testDescription: String { text }
    }

    @Test(arguments: [
        Marker(text: "OUTAGE BEGINS -- queue stops draining", milestone: .started),
        Marker(text: "**Outage ends**, all consumers healthy", milestone: .resolved),
        Marker(text: "<START OF OUTAGE>", milestone: .started),
        Marker(text: "<END OF OUTAGE>", milestone: .resolved),
        Marker(text: "OUTAGE MITIGATED, traffic drained to the other region", milestone: .mitigated),
    ])
    func outageMarkers(_ marker: Marker) {
        #expect(MilestoneRules.marker(in: marker.text) == marker.milestone)
        #expect(MilestoneRules.classify(marker.text) == marker.milestone)
    }

    @Test func markersWinOverTheSummaryWindow() {
        let incident = readIncident("""
        # Queue stall

        The queue was degraded from 10:00 to 12:00 UTC on 2023-05-02.

        ## Timeline

        2023-05-02 (all times UTC)

        | Time | What |
        |---|---|
        | 10:05 | OUTAGE BEGINS -- consumers crash on a bad message |
        | 10:10 | pager alert fired |
        | 11:30 | OUTAGE ENDS -- bad message moved aside |
        """)
        #expect(incident.utcTime(.started) == "2023-05-02T10:05:00Z")
        #expect(incident.utcTime(.resolved) == "2023-05-02T11:30:00Z")
    }

    @Test func summaryWindowGivesStartAndEnd() {
        let incident = readIncident("""
        # Portal outage

        Between 07:43 and 08:35 (GMT+2) on 2024-03-04 the portal was down.

        ## Timeline

        - 07:45 GMT+2: monitoring alert fired
        """)
        #expect(incident.utcTime(.started) == "2024-03-04T05:43:00Z")
        #expect(incident.utcTime(.detected) == "2024-03-04T05:45:00Z")
        #expect(incident.utcTime(.resolved) == "2024-03-04T06:35:00Z")
    }

    @Test func labelledTimesReadAsEntries() {
        let incident = readIncident("""
        # Mail relay

        TIMELINE

        Detected at May 2, 2023 6:00 AM
        """)
        #expect(incident.timeline.count == 1)
        #expect(incident.time(of: .detected) != nil)
    }
}

@Suite("Day lines in timelines")
struct DayLineTests {
    @Test("a bare date line dates the entries after it", arguments: ["2024-03-02", "Saturday, 2 March 2024", "Events of 2024-03-02 (all times UTC)"])
    func dayLine(line: String) {
        let match = DateScanner.dates(in: line).first!
        #expect(TimelineScanner.isDayLine(line, date: match))
    }

    @Test("a sentence that mentions a date in passing does not change the timeline's day")
    func passingMention() {
        let line = "All times are Europe/Berlin (clocks went back to winter time on October 25)."
        let match = DateScanner.dates(in: line).first!
        #expect(!TimelineScanner.isDayLine(line, date: match))
    }
}
