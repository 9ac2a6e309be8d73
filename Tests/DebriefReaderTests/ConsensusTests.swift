import DebriefModel
import Testing
@testable import DebriefReader

/// The default engine, in our own words: a milestone is given where the decoder and the phrase
/// rules agree, or where the decoder is all but sure of its own reading; otherwise it is left
/// empty with a note saying what would settle it.
@Suite("Consensus of the two readers")
struct ConsensusTests {
    func read(_ text: String) -> Incident {
        readIncident(text, path: "Content/2025-03-10-example.md", options: ReaderOptions())
    }

    @Test("a status page's Investigating post is the acknowledgement the decoder is sure of, though the rules give none")
    func decoderSureStandsAlone() {
        let text = """
        ---
        title: Login failures
        date: 2025-03-10T14:05:00Z
        ---
        *Resolved* - Logins work again for everyone. {{< track "2025-03-10 15:00:00" >}}

        *Identified* - The session store ran out of memory. {{< track "2025-03-10 14:25:00" >}}

        *Investigating* - We are looking into reports of failed logins. {{< track "2025-03-10 14:05:00" >}}
        """
        let rules = readIncident(text, path: "Content/2025-03-10-example.md")
        #expect(rules.time(of: .acknowledged) == nil, "the rules alone give no acknowledgement here")
        let incident = read(text)
        #expect(incident.utcTime(.acknowledged) == "2025-03-10T14:05:00Z")
        #expect(incident.utcTime(.identified) == "2025-03-10T14:25:00Z")
    }

    @Test("a finding the decoder is unsure of, which the rules do not read, is left empty with a note")
    func unsureAloneIsWithheld() {
        let text = """
        # Checkout errors

        ## Timeline (UTC)

        - 14:02 Checkout error rate climbs to 30%.
        - 14:06 An alert fires for checkout latency.
        - 14:09 The on-call engineer acknowledges the page.
        - 14:31 We find the connection pool was set from 50 to 5 in the deploy.
        - 14:40 Rolled back the payments service.
        - 15:10 Checkout back to normal.
        """
        let decoded = readIncident(text, path: "Content/2025-03-10-example.md", options: decoderOptions)
        let chance = decoded.explanations.first { $0.milestone == .identified }?.probability ?? 0
        #expect(decoded.time(of: .identified) != nil && chance < 0.95, "the decoder reads the finding, unsure (chance \(chance))")
        #expect(readIncident(text, path: "Content/2025-03-10-example.md").time(of: .identified) == nil, "the rules read none")
        let incident = read(text)
        #expect(incident.time(of: .identified) == nil)
        #expect(incident.diagnostics.contains { $0.message.hasPrefix("identified:") })
        #expect(incident.utcTime(.acknowledged) == "2025-03-10T14:09:00Z")
    }
}
