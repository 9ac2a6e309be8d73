@testable import DebriefModel
@testable import DebriefReader
import DebriefMetrics
import Foundation
import Testing

/// Clock times, dates and zones as people write them (issue 3), in our own words.
@Suite struct TimeNotationTests {
    struct Clock: Sendable, CustomTestStringConvertible {
        var text: String
        var hour: Int
        var minute: Int
        var second: Int = 0
        var testDescription: String { text }
    }

    @Test(arguments: [
        Clock(text: "07:43", hour: 7, minute: 43),
        Clock(text: "at 9:39 AM the cache emptied", hour: 9, minute: 39),
        Clock(text: "1:10pm", hour: 13, minute: 10),
        Clock(text: "4: 45 am", hour: 4, minute: 45),
        Clock(text: "8.40 AM", hour: 8, minute: 40),
        Clock(text: "14:15pm", hour: 14, minute: 15),
        Clock(text: "9:06a", hour: 9, minute: 6),
        Clock(text: "3:30p", hour: 15, minute: 30),
        Clock(text: "12:00 p.m.", hour: 12, minute: 0),
        Clock(text: "12:05 AM", hour: 0, minute: 5),
        Clock(text: "16:05:57", hour: 16, minute: 5, second: 57),
        Clock(text: "[ 10:55 am ]", hour: 10, minute: 55),
        Clock(text: "**11:20 PM**", hour: 23, minute: 20),
        Clock(text: "about 4pm", hour: 16, minute: 0),
        Clock(text: "~19:00", hour: 19, minute: 0),
    ])
    func clockFormats(_ clock: Clock) throws {
        let match = try #require(TimeScanner.times(in: clock.text).first)
        #expect(match.time == ClockTime(hour: clock.hour, minute: clock.minute, second: clock.second))
    }

    @Test(arguments: ["version 2.4.1", "room 12", "3.5 GB", "costs 10.50", "PR #1234"])
    func numbersThatAreNotTimes(_ text: String) {
        #expect(TimeScanner.times(in: text).isEmpty)
    }

    @Test func rangeEndTakesTheStartsAfternoon() throws {
        let stamp = try #require(Stamp.parse("2:10pm - 2:45 outage window", order: .auto))
        #expect(stamp.time?.time == ClockTime(hour: 14, minute: 10))
        #expect(stamp.endTime?.time == ClockTime(hour: 14, minute: 45))
    }

    @Test(arguments: ["21:00-22:30 hub overloaded", "21:00 - 22:30 hub overloaded", "21:00–22:30 hub overloaded"])
    func unspacedRangeIsARangeAndLeavesNoDigits(_ text: String) throws {
        let stamp = try #require(Stamp.parse(text, order: .auto))
        #expect(stamp.time?.time == ClockTime(hour: 21, minute: 0))
        #expect(stamp.endTime?.time == ClockTime(hour: 22, minute: 30))
        #expect(stamp.rest == "hub overloaded")
    }

    struct DateCase: Sendable, CustomTestStringConvertible {
        var text: String
        var iso: String
        var yearMissing = false
        var testDescription: String { text }
    }

    @Test(arguments: [
        DateCase(text: "2023-03-09", iso: "2023-03-09"),
        DateCase(text: "on 09-03-2023 we", iso: "2023-03-09"),
        DateCase(text: "Mar 9 2023", iso: "2023-03-09"),
        DateCase(text: "March9, 2023", iso: "2023-03-09"),
        DateCase(text: "Thursday, March the 9th, 2023", iso: "2023-03-09"),
        DateCase(text: "9th March 2023", iso: "2023-03-09"),
        DateCase(text: "Mar-09-2023", iso: "2023-03-09"),
        DateCase(text: "09-Mar-2023", iso: "2023-03-09"),
        DateCase(text: "Mar 09", iso: "2000-03-09", yearMissing: true),
        DateCase(text: "March 9th", iso: "2000-03-09", yearMissing: true),
    ])
    func dateFormats(_ example: DateCase) throws {
        let match = try #require(DateScanner.dates(in: example.text).first)
        #expect(match.date.description == example.iso)
        #expect(match.yearMissing == example.yearMissing)
    }

    @Test func ambiguousSlashDateFollowsTheSetting() throws {
        let monthFirst = try #require(DateScanner.dates(in: "03/04/2022", order: .monthFirst).first)
        #expect(monthFirst.date.description == "2022-03-04")
        #expect(monthFirst.alternative?.description == "2022-04-03")
        let dayFirst = try #require(DateScanner.dates(in: "03/04/2022", order: .dayFirst).first)
        #expect(dayFirst.date.description == "2022-04-03")
    }

    @Test func ambiguousDateIsSettledByAnotherDateAndSaysSo() {
        let incident = readIncident("""
        # Cache outage

        On 03/04/2022 the cache failed.

        Written on Sunday, April 3rd, 2022.
        """)
        #expect(incident.date?.description == "2022-04-03")
        #expect(incident.diagnostics.contains { $0.message.contains("ambiguous") })
    }

    struct ZoneCase: Sendable, CustomTestStringConvertible {
        var token: String
        var date: String
        var offset: Int
        var testDescription: String { "\(token) on \(date)" }
    }

    @Test(arguments: [
        ZoneCase(token: "UTC", date: "2022-01-10", offset: 0),
        ZoneCase(token: "GMT+2", date: "2022-01-10", offset: 7200),
        ZoneCase(token: "GMT +1", date: "2022-01-10", offset: 3600),
        ZoneCase(token: "UTC-3", date: "2022-01-10", offset: -10800),
        ZoneCase(token: "UTC+05:30", date: "2022-01-10", offset: 19800),
        ZoneCase(token: "+UTC", date: "2022-01-10", offset: 0),
        ZoneCase(token: "PST", date: "2022-08-10", offset: -28800),
        ZoneCase(token: "PDT", date: "2022-08-10", offset: -25200),
        ZoneCase(token: "PT", date: "2022-08-10", offset: -25200),
        ZoneCase(token: "PT", date: "2022-01-10", offset: -28800),
        ZoneCase(token: "US/Pacific", date: "2022-08-10", offset: -25200),
        ZoneCase(token: "Europe/Berlin", date: "2022-08-10", offset: 7200),
        ZoneCase(token: "Europe/Berlin", date: "2022-01-10", offset: 3600),
        ZoneCase(token: "CEST", date: "2022-08-10", offset: 7200),
        ZoneCase(token: "EAT", date: "2022-08-10", offset: 10800),
        ZoneCase(token: "CAT", date: "2022-08-10", offset: 7200),
        ZoneCase(token: "IST", date: "2022-08-10", offset: 19800),
        ZoneCase(token: "EDT", date: "2022-08-10", offset: -14400),
        ZoneCase(token: "Central African Time", date: "2022-08-10", offset: 7200),
    ])
    func zones(_ zone: ZoneCase) throws {
        let spec = try #require(TimeZoneTable.parse(zone.token))
        let date = try #require(LocalDate(iso: zone.date))
        #expect(spec.offset(on: date) == zone.offset)
    }

    @Test(arguments: ["Etc", "HELLO", "Mars/Olympus", ""])
    func unknownZones(_ token: String) {
        #expect(TimeZoneTable.parse(token) == nil)
    }

    struct StatementCase: Sendable, CustomTestStringConvertible {
        var line: String
        var offset: Int
        var testDescription: String { line }
    }

    @Test(arguments: [
        StatementCase(line: "All times in PST", offset: -28800),
        StatementCase(line: "2022-08-10 (all times UTC)", offset: 0),
        StatementCase(line: "Timezone: [GMT+2]", offset: 7200),
        StatementCase(line: "All times in CET (GMT+1)", offset: 3600),
        StatementCase(line: "(All times US/Pacific, 24-hour clock.)", offset: -25200),
        StatementCase(line: "Times are in EAT", offset: 10800),
        StatementCase(line: "Times are CEST (UTC+2).", offset: 7200),
        StatementCase(line: "Timestamps: CEST", offset: 7200),
        StatementCase(line: "**Times:** EDT", offset: -14400),
        StatementCase(line: "Pasted from the chat channel (times are CET, the workspace zone):", offset: 3600),
        StatementCase(line: "All times are US Eastern (EDT, UTC−4).", offset: -14400),
        StatementCase(line: "All times are Eastern.", offset: -14400),
        StatementCase(line: "All times below are Australian Eastern Standard Time (AEST).", offset: 36000),
        StatementCase(line: "## Timeline (AEST)", offset: 36000),
    ])
    func documentWideZoneStatements(_ example: StatementCase) throws {
        let incident = readIncident("""
        # Queue backlog

        \(example.line)

        ## Timeline

        - 2022-08-10 10:00 workers stalled
        """)
        #expect(incident.offsetSeconds == example.offset)
        #expect(incident.zoneStated)
    }

    @Test func perEntryZoneWinsOverTheDocumentZone() {
        let incident = readIncident("""
        # Login errors

        All times in UTC.

        ## Timeline

        - 2022-08-10 12:00 EAT: login errors began
        - 2022-08-10 09:30: service restored
        """)
        #expect(incident.timeline.first.flatMap { utc($0.at) } == "2022-08-10T09:00:00Z")
        #expect(incident.utcTime(.resolved) == "2022-08-10T09:30:00Z")
    }

    @Test func noZoneUsesTheSiteZoneAndSaysSo() {
        let incident = readIncident("""
        # Disk full

        ## Timeline

        - 2022-08-10 10:00 disk filled up, writes failing
        - 2022-08-10 10:40 old logs cleared, service restored
        """, options: ReaderOptions(defaultZone: .fixed(seconds: 3600), defaultZoneName: "CET"))
        #expect(!incident.zoneStated)
        #expect(incident.utcTime(.started) == "2022-08-10T09:00:00Z")
        #expect(incident.diagnostics.contains { $0.message.contains("no time zone") })
    }

    @Test func yearlessDateTakesTheYearFromTheFileName() {
        let incident = readIncident("""
        # Checkout outage

        On March 9th the checkout failed from 1:10pm PST until 1:40 PST.
        """, path: "Content/2023-03-10-checkout.md")
        #expect(incident.date?.description == "2023-03-09")
        #expect(incident.utcTime(.started) == "2023-03-09T21:10:00Z")
        #expect(incident.utcTime(.resolved) == "2023-03-09T21:40:00Z")
        #expect(incident.diagnostics.contains { $0.message.contains("no year") })
    }

    @Test func dateFromTheFileNameWhenTheTextHasNone() {
        let incident = readIncident("""
        # Checkout outage

        ## Timeline

        - 10:00 UTC checkout began failing
        - 10:20 UTC fix deployed
        """, path: "Content/2023-03-10--checkout.md")
        #expect(incident.date?.description == "2023-03-10")
        #expect(incident.dateSource == "file name")
    }

    @Test func dateFromTheCallersFallbackSaysWhere() {
        let incident = readIncident("""
        # Checkout outage

        ## Timeline

        - 10:00 UTC checkout began failing
        """, path: "Content/checkout.md",
        options: ReaderOptions(fallbackDate: { (LocalDate(year: 2023, month: 5, day: 6), "the first git commit") }))
        #expect(incident.date?.description == "2023-05-06")
        #expect(incident.diagnostics.contains { $0.message.contains("the first git commit") })
    }

    @Test func twentyFourHundredIsTheNextDaysMidnight() {
        let incident = readIncident("""
        # Disk full

        ## Timeline

        2024-03-01 (all times UTC)

        - 23:50 the log disk fills
        - 24:00 the nightly compaction starts and fails
        - 00:20 old logs removed
        """)
        #expect(incident.timeline.compactMap { utc($0.at) } == ["2024-03-01T23:50:00Z", "2024-03-02T00:00:00Z", "2024-03-02T00:20:00Z"])
        #expect(TimeScanner.times(in: "24:30").isEmpty)
    }

    @Test func aZoneFurtherOnInTheSentenceIsNotAStatement() {
        let incident = readIncident("""
        # Cron ran at noon

        After the move, the scheduler's timezone changed from local time to UTC.

        ## Timeline

        - 2022-08-10 10:00 PDT: the nightly job started at midday
        """)
        #expect(incident.offsetSeconds == -25200)
    }

    @Test(arguments: [
        "2024-03-01T14:05:00+01:00 uploads time out",
        "2024-03-01T14:05:00.000+01:00 uploads time out",
        "2024-03-01 14:05:00 +0100 uploads time out",
        "2024-03-01T08:05:00-05:00 uploads time out",
    ])
    func isoOffsetsAreZones(_ line: String) {
        let incident = readIncident("""
        # Uploads

        ## Timeline

        - \(line)
        """)
        #expect(incident.utcTime(.started) == "2024-03-01T13:05:00Z")
        #expect(incident.timeline.first?.text == "uploads time out")
    }

    @Test func statusPagePostsAreEntriesAndTheirLabelsAreMilestones() {
        let incident = readIncident("""
        # API errors

        March 4, 2024

        **Resolved** - 14:52 UTC - Error rates stayed normal for half an hour.

        **Monitoring** - 14:21 UTC - The rollback finished and errors are back to normal; we are watching.

        **Identified** - 13:48 UTC - A connection pool setting is exhausted on one cluster.

        **Investigating** - 13:29 UTC - We are looking into elevated errors.
        """)
        #expect(incident.timeline.count == 4)
        #expect(incident.utcTime(.identified) == "2024-03-04T13:48:00Z")
        #expect(incident.utcTime(.mitigated) == "2024-03-04T14:21:00Z")
        #expect(incident.utcTime(.resolved) == "2024-03-04T14:52:00Z")
    }

    @Test func aDateColumnBesideATimeColumnDatesEachRowInTheHeadersZone() {
        let incident = readIncident("""
        # Export late

        | Date | Time (CET) | Event |
        |---|---|---|
        | 2024-01-30 | 23:52 | Disk full; exports stop being written. |
        | 2024-01-31 | 02:15 | Disk alert fires. |
        | 2024-01-31 | 09:00 | Exports caught up, incident resolved. |
        """)
        #expect(incident.timeline.compactMap { utc($0.at) } == ["2024-01-30T22:52:00Z", "2024-01-31T01:15:00Z", "2024-01-31T08:00:00Z"])
        #expect(incident.timeline.first?.text == "Disk full; exports stop being written.")
        #expect(incident.zoneStated)
    }

    @Test func pagingToolExportLines() {
        let incident = readIncident("""
        # Checkout errors

        ## Timeline

        - Triggered: Mar 3, 2024 at 4:12:09 PM PST — checkout 5xx alert
        - Acknowledged: Mar 3, 2024 at 4:15:42 PM PST — by Ana
        - Resolved: Mar 3, 2024 at 5:02:17 PM PST — by Ana
        """)
        #expect(incident.utcTime(.detected) == "2024-03-04T00:12:09Z")
        #expect(incident.utcTime(.acknowledged) == "2024-03-04T00:15:42Z")
        #expect(incident.utcTime(.resolved) == "2024-03-04T01:02:17Z")
    }

    @Test func terseLogWithFourDigitClocks() {
        let incident = readIncident("""
        # ingest lag 2024-01-19

        all times UTC.

        ## log

        - 1351 deploy rel-883 (canary skipped)
        - 1356 lag starts climbing for customers
        - 1402 page: consumer lag p99 > 5m
        - 1405 ack kim
        - 1419 cause: rel-883 set batch_size=1
        - 1431 rollback done, lag falling
        - 1506 lag 0. closing.
        """)
        #expect(incident.timeline.count == 7)
        #expect(incident.utcTime(.started) == "2024-01-19T13:56:00Z")
        #expect(incident.utcTime(.detected) == "2024-01-19T14:02:00Z")
        #expect(incident.utcTime(.acknowledged) == "2024-01-19T14:05:00Z")
        #expect(incident.utcTime(.identified) == "2024-01-19T14:19:00Z")
        #expect(incident.utcTime(.mitigated) == "2024-01-19T14:31:00Z")
        #expect(incident.utcTime(.resolved) == "2024-01-19T15:06:00Z")
    }

    @Test func yearsOpeningLinesAreNotClocks() {
        let incident = readIncident("""
        # History

        ## Timeline

        - 2019 first version of the pipeline
        - 2021 moved to Kafka
        """)
        #expect(incident.timeline.isEmpty)
    }

    @Test func relativeTimesCountFromTheDocumentsTZero() {
        let incident = readIncident("""
        # Tiles failing

        **Start (T+0):** 2024-08-09 22:40 UTC

        ## Timeline

        | Relative | Event |
        |---|---|
        | T+0 | CDN config v412 goes live. |
        | T+4m | 503s begin for map users. |
        | T+9m | Synthetic check fails and pages the on-call. |
        | T+1h20m | Cache warm again; incident resolved. |
        """)
        #expect(incident.timeline.compactMap { utc($0.at) } == ["2024-08-09T22:40:00Z", "2024-08-09T22:44:00Z", "2024-08-09T22:49:00Z", "2024-08-10T00:00:00Z"])
        #expect(incident.utcTime(.started) == "2024-08-09T22:44:00Z")
    }

    @Test(arguments: ["T+4m", "T + 4 min", "T+0h4m"])
    func relativeStamps(_ text: String) throws {
        let stamp = try #require(Stamp.parse(text + " pods restart", order: .auto))
        #expect(stamp.relative == 240)
        #expect(stamp.rest == "pods restart")
    }

    @Test(arguments: ["T14:05 pods restart", "Tuesday pods restart", "T+ pods restart"])
    func notRelativeStamps(_ text: String) {
        #expect(Stamp.parse(text, order: .auto)?.relative == nil)
    }

    @Test func aBareClockAfterAnAfternoonOneKeepsTheAfternoon() {
        let incident = readIncident("""
        # Push storm

        On 2024-05-02 (all times UTC) our push service started failing around 2:50pm. The on-call
        was paged at 3:31 and acknowledged the page at 3:36, and by 4:45 we had restored delivery.
        """)
        #expect(incident.timeline.compactMap { utc($0.at) } == ["2024-05-02T14:50:00Z", "2024-05-02T15:31:00Z", "2024-05-02T15:36:00Z", "2024-05-02T16:45:00Z"])
    }
}
