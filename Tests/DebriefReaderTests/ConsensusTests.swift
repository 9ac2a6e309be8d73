import DebriefMarkdown
import Foundation
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

/// The consensus where the decoder abstained: its best candidate, when the rules chose that same
/// entry, is a reading both agree on. Hand-made explanations, so the rule itself is pinned.
@Suite("Consensus on the decoder's best candidate")
struct BestCandidateConsensusTests {
    func context() -> ReadingContext {
        var error: MarkdownError?
        let document = MarkdownParser.parse("# Example\n", frontMatterError: &error)
        return ReadingContext(document: document, path: "Content/example.md", options: ReaderOptions())
    }

    func incident(chance: Double, at: Date) -> Incident {
        var incident = Incident(source: "Content/example.md", slug: "example", title: "Example")
        let best = MilestoneExplanation.Choice(line: 7, at: at, text: "restarted the haproxy service", reasons: [])
        incident.explanations = [MilestoneExplanation(milestone: .mitigated, chosen: best, runnerUp: nil, margin: -0.4,
                                                      probability: chance, confidence: .low, abstained: true)]
        return incident
    }

    @Test("the decoder's unsure best candidate, which the rules chose too, is given")
    func agreedBestCandidateIsGiven() {
        let at = Date(timeIntervalSince1970: 1_700_000_000)
        var reading = context(), incident = self.incident(chance: 0.42, at: at)
        var events: [TimelineEvent] = []
        reading.keepAgreed(with: [.mitigated: MilestoneValue(at: at, line: 7, source: "timeline")], events: &events, incident: &incident)
        #expect(incident.milestones[.mitigated]?.at == at)
        #expect(incident.explanations.first?.abstained == false)
    }

    @Test("a best candidate far below the floor, or another entry than the rules', is not")
    func otherOrWeakCandidateIsNot() {
        let at = Date(timeIntervalSince1970: 1_700_000_000)
        var events: [TimelineEvent] = []
        var weak = self.incident(chance: 0.1, at: at), reading = context()
        reading.keepAgreed(with: [.mitigated: MilestoneValue(at: at, line: 7, source: "timeline")], events: &events, incident: &weak)
        #expect(weak.milestones[.mitigated] == nil)
        var other = self.incident(chance: 0.45, at: at)
        reading.keepAgreed(with: [.mitigated: MilestoneValue(at: at.addingTimeInterval(600), line: 9, source: "timeline")], events: &events, incident: &other)
        #expect(other.milestones[.mitigated] == nil)
    }
}

/// Where the two readers differ, the decoder's own reading stands when it is sure enough: for most
/// milestones all but certain (0.95), for `mitigated` from 0.8, where the phrase rules are weakest.
@Suite("Consensus where the readers differ")
struct DifferingReadersTests {
    let decodedAt = Date(timeIntervalSince1970: 1_700_000_000)

    func keep(_ milestone: Milestone, chance: Double) -> Incident {
        var error: MarkdownError?
        let document = MarkdownParser.parse("# Example\n", frontMatterError: &error)
        var reading = ReadingContext(document: document, path: "Content/example.md", options: ReaderOptions())
        var incident = Incident(source: "Content/example.md", slug: "example", title: "Example")
        incident.milestones[milestone] = MilestoneValue(at: decodedAt, line: 9, source: "timeline")
        let chosen = MilestoneExplanation.Choice(line: 9, at: decodedAt, text: "error rate back under 1% after the failover", reasons: [])
        incident.explanations = [MilestoneExplanation(milestone: milestone, chosen: chosen, runnerUp: nil, margin: 1.2,
                                                      probability: chance, confidence: .medium, abstained: false)]
        var events: [TimelineEvent] = []
        let ruled = MilestoneValue(at: decodedAt.addingTimeInterval(-1_800), line: 6, source: "timeline")
        reading.keepAgreed(with: [milestone: ruled], events: &events, incident: &incident)
        return incident
    }

    @Test("a mitigation the decoder gives at 0.85 stands against the rules' other entry")
    func sureMitigationStands() {
        #expect(keep(.mitigated, chance: 0.85).milestones[.mitigated]?.at == decodedAt)
    }

    @Test("below 0.8, or for another milestone below 0.95, the reader abstains with a note")
    func otherwiseAbstains() {
        let weak = keep(.mitigated, chance: 0.7)
        #expect(weak.milestones[.mitigated] == nil && weak.explanations.first?.abstained == true)
        #expect(keep(.resolved, chance: 0.85).milestones[.resolved] == nil)
        #expect(keep(.resolved, chance: 0.97).milestones[.resolved]?.at == decodedAt)
    }
}
