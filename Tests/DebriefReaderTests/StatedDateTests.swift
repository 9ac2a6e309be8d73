import DebriefModel
import Testing
@testable import DebriefReader

/// Posts dated when they were published, days after the incident: the incident's own day
/// comes from the timeline's title, an opening sentence, or a `Date:` line. Our own words.
@Suite("The incident's day in a post dated later")
struct StatedDateTests {
    @Test("an undated first entry takes the day a sentence before the timeline gives for its clock")
    func firstEntryDatedByOpeningSentence() {
        let incident = readIncident("""
        ---
        date: 2023-09-08
        ---
        # Backlog

        On Thursday 31 August at 7:06am PDT we saw the job queue back up.

        ## Timeline

        - 07:06 PDT: paged for the queue backlog, errors rising
        - 07:40 PDT: consumers restarted, queue draining, back to normal
        """, path: "Content/backlog.md")
        #expect(incident.utcTime(.started) == "2023-08-31T14:06:00Z")
        #expect(incident.diagnostics.contains { $0.message.contains("the timeline is dated 2023-08-31") })
    }

    @Test("the timeline's title or the opening lines name the day")
    func titleOrOpeningNamesTheDay() {
        let titled = readIncident("""
        ---
        date: 2024-04-30
        ---
        # Missing reminders

        **Timeline (UTC, April 25)**

        07:41 First ticket: no reminders since last night, every push failing.
        09:52 Reminders delivered again, all normal.
        """, path: "Content/reminders.md")
        #expect(titled.utcTime(.started) == "2024-04-25T07:41:00Z")
        let opening = readIncident("""
        ---
        date: 2023-10-19
        ---
        # API outage

        For 83 minutes on Thursday, October 12, the API returned errors. Times are UTC.

        ## Timeline

        - 14:18 error rates climb, requests failing
        - 15:41 errors gone, the API is healthy again
        """, path: "Content/api.md")
        #expect(opening.utcTime(.started) == "2023-10-12T14:18:00Z")
    }

    @Test("a date far from the document's, or after it, changes nothing")
    func farDateChangesNothing() {
        let far = readIncident("""
        ---
        date: 2023-09-08
        ---
        # Backlog

        On 2 March at 7:06am PDT a similar backlog happened.

        ## Timeline

        - 07:06 PDT: paged for the queue backlog, errors rising
        """, path: "Content/backlog.md")
        #expect(far.utcTime(.started) == "2023-09-08T14:06:00Z")
    }

    @Test("a Date: line near the top dates the document, before the dates its timeline mentions")
    func dateLineWins() {
        let incident = readIncident("""
        # Points shown as zero

        - Date: 2023/07/21 (Fri)
        - Time zone: JST

        ## Timeline (JST)

        | Time | Event |
        |---|---|
        | 10:00 | Expiry batch starts with cutoff 2022-07-21 by mistake, balances drop to zero |
        | 12:10 | Balances restored, app shows points again |
        """, path: "Content/points.md")
        #expect(incident.date == LocalDate(year: 2023, month: 7, day: 21))
        #expect(incident.dateSource == "date line")
    }
}

/// A timeline section told in prose, with a time told relative to its clock. Our own words.
@Suite("A timeline told in prose")
struct ProseTimelineTests {
    @Test("a timeline section in prose is read sentence by sentence; 'N minutes afterward' is its own moment")
    func proseTimelineSection() {
        let incident = readIncident("""
        # Site unreachable

        ## Timeline

        The site went down at 08:00 GMT but the outage was only noticed 10 minutes afterward, when an alert fired.
        """, path: "Content/2023-04-11-site.md", options: decoderOptions)
        #expect(incident.timeline.count == 1)
        #expect(incident.utcTime(.detected) == "2023-04-11T08:10:00Z")
    }
}

/// "Tue 09:14 PDT:" — a weekday before the clock dates the entry. Our own words.
@Suite("Weekdays before clocks")
struct WeekdayStampTests {
    @Test("the first weekday is the latest such day up to the document's date; later ones move forward")
    func weekdaysDateTheEntries() {
        let incident = readIncident("""
        ---
        date: 2024-10-18
        ---
        # Lookup outage

        ## Timeline

        - Mon 16:20 UTC: lookups start failing for every user
        - Mon 17:50 UTC: lookups work again, all normal
        - Wed 09:00 UTC: fallback provider added
        """, path: "Content/lookup.md")
        #expect(incident.timeline.map { utc($0.at) } == ["2024-10-14T16:20:00Z", "2024-10-14T17:50:00Z", "2024-10-16T09:00:00Z"])
        #expect(incident.timeline.first?.text == "lookups start failing for every user")
    }

    @Test("a weekday before a date, or a word that only starts like one, is no weekday stamp")
    func notWeekdayStamps() {
        #expect(Stamp.parse("Monday, May 4 2020 10:00 deploy", order: .auto)?.weekday == nil)
        #expect(Stamp.parse("Thurs 07:06 PDT: paged", order: .auto)?.weekday == 3)
        #expect(Stamp.parse("Sunday morning the queue grew", order: .auto) == nil)
        #expect(ReadingContext.day(0, from: LocalDate(year: 2024, month: 10, day: 18), forward: false) == LocalDate(year: 2024, month: 10, day: 14))
        #expect(ReadingContext.day(4, from: LocalDate(year: 2024, month: 10, day: 18), forward: true) == LocalDate(year: 2024, month: 10, day: 18))
    }
}
