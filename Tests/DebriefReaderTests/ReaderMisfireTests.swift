@testable import DebriefModel
@testable import DebriefReader
import DebriefMetrics
import Testing

/// Ordinary sentences that must not trip the reader's rules, in our own words
/// (each one once did).
@Suite struct ReaderMisfireTests {
    @Test func anEmojiWhereALongLineIsCutDoesNotCrash() {
        let filler = String(repeating: "y", count: 177)
        let incident = readIncident("""
        # Long line

        ## Timeline (UTC)

        - 2024-03-05 14:00 Alert fires \(filler)🔥🔥🔥 end
        """)
        #expect(incident.timeline.count == 1)
    }

    @Test func anUpdateColumnIsNotADateColumn() {
        let incident = readIncident("""
        # API errors

        Date: 2024-03-05

        | Time (UTC) | Update |
        |---|---|
        | 14:00 | Error rate on the API rises to 30% |
        | 14:40 | Rolled back the release |
        """)
        #expect(incident.timeline.count == 2)
    }

    @Test func dateLinesInATerseLogAreNotClocks() {
        let incident = readIncident("""
        # Late deploy

        ## Log (UTC)

        2024-03-05

        - 2315 deploy rel-9
        - 2340 page: error rate > 5%

        2024-03-06

        - 0010 rolled back rel-9
        """)
        #expect(incident.timeline.compactMap { utc($0.at) } == ["2024-03-05T23:15:00Z", "2024-03-05T23:40:00Z", "2024-03-06T00:10:00Z"])
    }

    @Test func aNumberAfterAClockIsNotAnOffset() {
        let incident = readIncident("""
        # Checkout

        ## Timeline

        - 2024-03-05 14:00 +1200 errors/min on checkout
        """)
        #expect(incident.utcTime(.started) == "2024-03-05T14:00:00Z")
        #expect(incident.timeline.first?.text == "+1200 errors/min on checkout")
    }

    @Test func aRegionNamedInPassingIsNotTheDocumentsZone() {
        let incident = readIncident("""
        # Slow pages

        Page load times in the Pacific region rose to 8 seconds.

        ## Timeline (UTC)

        - 2024-03-05 14:00 latency alert fires
        """)
        #expect(incident.utcTime(.detected) == "2024-03-05T14:00:00Z")
    }

    @Test func aStatusFieldDoesNotOpenASection() {
        let incident = readIncident("""
        # Checkout down

        Status: Resolved

        On 2024-03-05 checkout was down from 14:00 to 15:10 UTC after a bad deploy.
        """)
        #expect(incident.utcTime(.started) == "2024-03-05T14:00:00Z")
        #expect(incident.utcTime(.resolved) == "2024-03-05T15:10:00Z")
    }

    @Test func plainGroupLinesInsideActionItemsKeepTheirItems() {
        let incident = readIncident("""
        # Checkout down

        ## Action Items

        Detection

        - Alert on checkout error rate

        Prevention

        - Canary every config change
        - Review flag defaults
        """)
        #expect(incident.actionItems.count == 3)
    }

    @Test func symptomsAreNotMitigationsAndNotesAreNotEntries() {
        let incident = readIncident("""
        # Queue stalled

        ## Timeline

        - 2024-03-05 14:02 queue consumers stop processing messages
        - 2024-03-05 14:10 lag alert fires
        - 2024-03-05 14:40 rolled back the consumer release

        Note: 11:30 is when the consumer build was tagged.
        """)
        #expect(incident.timeline.count == 3)
        #expect(incident.utcTime(.started) == "2024-03-05T14:02:00Z")
        #expect(incident.utcTime(.mitigated) == "2024-03-05T14:40:00Z")
    }

    @Test func labelsYieldToTheirWords() {
        #expect(MilestoneRules.classify("Alert: cleared, lag back to normal") == .resolved)
        #expect(!MilestoneRules.candidates("Cause: not confirmed yet, suspect the new batch size").contains(.identified))
        #expect(MilestoneRules.classify("Cause: the batch size was set to 1") == .identified)
    }

    @Test func aFirstEntryThatIsADetectionStaysTheStart() {
        let incident = readIncident("""
        # Login slow

        ## Timeline

        - 2024-03-05 14:00 support receives the first tickets about slow logins
        - 2024-03-05 14:05 login latency spikes to 9 s
        - 2024-03-05 14:10 latency alert pages the on-call
        """)
        #expect(incident.utcTime(.started) == "2024-03-05T14:00:00Z")
        #expect(incident.utcTime(.detected) == "2024-03-05T14:00:00Z")
    }

    @Test(arguments: [
        "discovered that the partner key was revoked by a cleanup job",
        "the new firewall rule is the cause: port 5432 was closed.",
        "deploy finished; we see the new pods coming up healthy",
    ])
    func findingsAndRoutineAreNotMitigationsOrDetections(_ text: String) {
        let candidates = MilestoneRules.candidates(text)
        #expect(!candidates.contains(.mitigated))
        #expect(!candidates.contains(.resolved))
        #expect(!candidates.contains(.detected))
    }

    @Test func proseThatSaysNothingIsToBeDoneGivesNoItems() {
        let incident = readIncident("""
        # Queue stalled

        ## Follow-up

        No further action is needed at this time. The fix shipped in v4.2 covers this case.
        """)
        #expect(incident.actionItems.isEmpty)
    }

    @Test func ownersLeaveTheTextIntactAndNotDoneIsNotDone() {
        let incident = readIncident("""
        # Secrets leaked

        ## Action items

        - Add .env and .npmrc to .gitignore (owner: @ana)

        | Action | Owner | Notes |
        |---|---|---|
        | Rotate the deploy key | bo | NOT DONE, blocked on vendor |
        """)
        #expect(incident.actionItems.map(\.text) == ["Add .env and .npmrc to .gitignore", "Rotate the deploy key"])
        #expect(incident.actionItems.map(\.done) == [false, false])
    }
}
