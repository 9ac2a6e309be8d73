import DebriefMarkdown
import DebriefModel
import Testing
@testable import DebriefReader

/// Which entry is the mitigation, in our own words: acts the lexicon reads through their
/// grammar (a setting moved, a particle after its object, a stopgap held "until"), and an
/// act begun before the entry that tells the service partly back.
@Suite("Reading the mitigation")
struct MitigationReadingTests {
    func read(_ text: String) -> Incident {
        readIncident(text, path: "Content/2024-05-02-example.md", options: decoderOptions)
    }

    @Test("a limit raised from one number to another is the mitigation")
    func settingMoved() {
        let incident = read("""
        # Checkout errors

        ## Timeline (UTC)

        - 10:00 checkout requests begin failing with 503s
        - 10:03 an alert fires for the checkout error rate
        - 10:05 the on-call engineer acknowledges the page
        - 10:15 we found the cause: the connection pool was exhausted
        - 10:20 raised the pool maximum from 100 to 400
        - 10:40 checkout healthy again, all checks green
        """)
        #expect(incident.utcTime(.mitigated) == "2024-05-02T10:20:00Z")
        #expect(incident.utcTime(.resolved) == "2024-05-02T10:40:00Z")
    }

    @Test("a flag turned off, its name between verb and particle, is the mitigation")
    func particleAfterObject() {
        let incident = read("""
        # Broken search results

        ## Timeline (UTC)

        - 09:00 search starts returning empty results for most users
        - 09:04 users report empty results
        - 09:06 the on-call engineer acknowledges and starts investigating
        - 09:20 found the cause: the `ranking_v3` flag was enabled for everyone
        - 09:22 turned `ranking_v3` off
        - 09:35 search results normal again
        """)
        #expect(incident.utcTime(.mitigated) == "2024-05-02T09:22:00Z")
    }

    @Test("a resync begun is not yet the mitigation; the entry that tells service partly back is")
    func partlyBack() {
        let incident = read("""
        # Stale reads from the replica

        ## Timeline (UTC)

        - 14:00 monitoring alerts on replication lag; users see stale data
        - 14:03 the on-call engineer acknowledges the alert
        - 14:30 confirmed the cause: a replication setting was wrong
        - 14:35 applied the corrected setting and initiated a resynchronization of the replica
        - 14:50 resynchronization completed; service partially restored
        - 15:10 service fully restored, lag back to zero
        """)
        #expect(incident.utcTime(.mitigated) == "2024-05-02T14:50:00Z")
        #expect(incident.utcTime(.resolved) == "2024-05-02T15:10:00Z")
    }
}
