import DebriefMarkdown
import DebriefModel
import Testing
@testable import DebriefReader

/// Whole postmortems in our own words, read with the decoder engine.
@Suite("Reading with the milestone decoder")
struct DecoderReadingTests {
    func read(_ text: String) -> Incident {
        readIncident(text, path: "Content/2024-05-02-example.md", options: decoderOptions)
    }

    func utc(_ incident: Incident, _ milestone: Milestone) -> String? { incident.utcTime(milestone) }

    @Test("a plain story gives every milestone, each with a confidence and an explanation")
    func plainStory() {
        let incident = read("""
        # Search outage

        ## Timeline (UTC)

        - 10:00 search requests start failing with 503s
        - 10:04 an alert fires for the search error rate
        - 10:06 the on-call engineer acknowledges the page
        - 10:20 we find the cause: an index migration locked the main table
        - 10:25 the migration is rolled back; errors drop quickly
        - 10:40 search healthy again, all checks green
        """)
        #expect(utc(incident, .started) == "2024-05-02T10:00:00Z")
        #expect(utc(incident, .detected) == "2024-05-02T10:04:00Z")
        #expect(utc(incident, .acknowledged) == "2024-05-02T10:06:00Z")
        #expect(utc(incident, .identified) == "2024-05-02T10:20:00Z")
        #expect(utc(incident, .mitigated) == "2024-05-02T10:25:00Z")
        #expect(utc(incident, .resolved) == "2024-05-02T10:40:00Z")
        #expect(incident.milestones.values.allSatisfy { $0.confidence != nil })
        #expect(incident.explanations.count == 6)
    }

    @Test("the change that caused it is not the start unless it reports impact")
    func triggerIsNotTheStart() {
        let incident = read("""
        # Billing export broke

        ## Timeline (UTC)

        - 09:00 a config change to the export job is deployed
        - 09:30 exports start failing for every tenant
        - 09:45 a customer reports missing invoices
        - 10:30 the change is reverted and exports are working again
        """)
        #expect(utc(incident, .started) == "2024-05-02T09:30:00Z")
        #expect(utc(incident, .detected) == "2024-05-02T09:45:00Z")
    }

    @Test("closing the ticket is not the restoration of service")
    func closingIsNotResolving() {
        let incident = read("""
        # Queue backlog

        ## Timeline (UTC)

        - 14:00 the event queue backlog starts growing
        - 14:10 an alarm fires on queue depth
        - 14:30 consumers restarted, backlog falling
        - 14:50 backlog cleared, processing normal
        - 15:40 incident ticket closed
        """)
        #expect(utc(incident, .resolved) == "2024-05-02T14:50:00Z")
        #expect(utc(incident, .mitigated) == "2024-05-02T14:30:00Z")
    }

    @Test("a planned or failed action is not the mitigation; trouble after a recovery moves the resolution")
    func plansAndRelapses() {
        let incident = read("""
        # Login errors

        ## Timeline (UTC)

        - 08:00 logins begin failing
        - 08:05 users report they cannot sign in
        - 08:20 we decided to roll back the auth service
        - 08:30 the rollback is complete, logins working
        - 08:45 logins failing again
        - 09:10 the session store is restarted and logins are stable
        """)
        #expect(utc(incident, .mitigated) == "2024-05-02T08:30:00Z")
        #expect(utc(incident, .resolved) == "2024-05-02T09:10:00Z")
    }

    @Test("an unsure milestone is left empty with a note that says how to settle it")
    func abstains() {
        // Three findings a quarter of an hour apart tell the same: the reader does not pick one.
        let incident = read("""
        # Upload trouble

        ## Timeline (UTC)

        - 10:00 uploads start failing
        - 10:10 root cause found: the upload certificate had expired
        - 10:25 root cause found: the upload certificate had expired
        - 10:40 root cause found: the upload certificate had expired
        - 11:00 uploads working again
        """)
        let identified = incident.explanations.first { $0.milestone == .identified }
        #expect(identified?.abstained == true)
        #expect(incident.time(of: .identified) == nil)
        #expect(incident.diagnostics.contains { $0.level == .note && $0.message.contains("identified:") && $0.message.contains("front matter") })
        #expect(incident.time(of: .resolved) != nil)
    }

    @Test("front matter wins over the decoder")
    func frontMatterWins() {
        let incident = read("""
        ---
        started: 2024-05-02T07:55:00Z
        ---
        # Search outage

        ## Timeline (UTC)

        - 10:00 search requests start failing with 503s
        """)
        #expect(utc(incident, .started) == "2024-05-02T07:55:00Z")
        #expect(incident.milestones[.started]?.confidence == nil)
    }
}

@Suite("Milestone definitions")
struct MilestoneDefinitionTests {
    @Test("resolved is restoration, not closing; started is impact, not the trigger")
    func definitions() {
        #expect(Milestone.resolved.definition.contains("not a resolution"))
        #expect(Milestone.started.definition.contains("trigger"))
        #expect(Milestone.allCases.allSatisfy { !$0.definition.isEmpty })
    }
}
