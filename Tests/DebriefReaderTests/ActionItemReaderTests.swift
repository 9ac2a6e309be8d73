@testable import DebriefModel
@testable import DebriefReader
import DebriefMetrics
import Testing

/// Action items from lists, task lists and tables; owners from `@name`, `(owner: x)`, `Owner: x`.
@Suite struct ActionItemReaderTests {
    @Test func taskListGivesDone() {
        let incident = readIncident("""
        # Disk full

        ## Action items

        - [x] Alert on disk usage above 80%
        - [ ] Rotate logs hourly
        """)
        #expect(incident.actionItems.map(\.done) == [true, false])
    }

    /// Issue 13: `[x](url)` after an open box is a link's text, not a second check box.
    @Test(arguments: ["- [ ] [x](https://tracker.example/T-1) pin the prefetch", "- [ ] [X](https://tracker.example/T-1)",
                      "* [ ] [x][ticket]\n\n[ticket]: https://tracker.example/T-1"])
    func linkTextXIsNotACheckMark(_ line: String) {
        let incident = readIncident("# Disk full\n\n## Action items\n\n\(line)\n")
        #expect(incident.actionItems.map(\.done) == [false])
    }

    @Test func tableGivesOwnerAndStatus() {
        let incident = readIncident("""
        # Disk full

        ## Follow-ups

        | Action | Owner | Status |
        |---|---|---|
        | Alert on disk usage | @kim | Done |
        | Rotate logs hourly | Lee | Not started |
        """)
        #expect(incident.actionItems.count == 2)
        #expect(incident.actionItems.map(\.owner) == ["kim", "Lee"])
        #expect(incident.actionItems.map(\.done) == [true, false])
    }

    struct OwnerCase: Sendable, CustomTestStringConvertible {
        var text: String
        var owner: String?
        var testDescription: String { text }
    }

    @Test(arguments: [
        OwnerCase(text: "Add a disk alert @kim", owner: "kim"),
        OwnerCase(text: "Add a disk alert (owner: Kim Lee)", owner: "Kim Lee"),
        OwnerCase(text: "Add a disk alert — Owner: kim", owner: "kim"),
        OwnerCase(text: "Add a disk alert", owner: nil),
    ])
    func owners(_ example: OwnerCase) {
        #expect(ActionItemReader.splitOwner(example.text).owner == example.owner)
    }

    @Test func sectionSynonymsAreActionItems() {
        for heading in ["Corrective and preventative measures", "Next steps", "Follow-ups", "Action items"] {
            let incident = readIncident("# Outage\n\n## \(heading)\n\n- Add a disk alert\n- Rotate logs\n")
            #expect(incident.actionItems.count == 2, "heading \(heading)")
        }
    }

    @Test func proseSectionGivesOneItemPerSentence() {
        let incident = readIncident("""
        # Queue stalled

        ## Preventive measures

        To stop this happening again we agreed on the following:
        Consumers should retry with backoff. Every deploy must be tried on staging first.
        We also need an alert on queue depth that pages the on-call
        engineer directly.
        """)
        #expect(incident.actionItems.map(\.text) == [
            "Consumers should retry with backoff.",
            "Every deploy must be tried on staging first.",
            "We also need an alert on queue depth that pages the on-call engineer directly.",
        ])
    }

    @Test func accidentallyIndentedLinesAreItemsButFencedCodeIsNot() {
        let incident = readIncident("""
        # Queue stalled

        ## Corrective actions

            Add a dead-letter queue for poison messages
            Page the owning team when the consumer lag passes
            ten minutes

        ## Follow-ups

        ```
        kubectl rollout restart deploy/consumer
        ```
        """)
        #expect(incident.actionItems.map(\.text) == [
            "Add a dead-letter queue for poison messages",
            "Page the owning team when the consumer lag passes ten minutes",
        ])
    }

    @Test func listedItemsWinOverTheProseAroundThem() {
        let incident = readIncident("""
        # Queue stalled

        ## Action items

        We will do these things next quarter:

        - Add a dead-letter queue
        - Alert on consumer lag

        Thank you all for your patience during this outage.
        """)
        #expect(incident.actionItems.count == 2)
    }

    @Test func labelledActionParagraphsElsewhereAreItems() {
        let incident = readIncident("""
        # Queue stalled

        ## Lessons learned

        The lag dashboard was not linked from the runbook.

        Action point: link the lag dashboard from the consumer runbook (owner: ana)

        TODO: Decide who owns the dead-letter queue.
        """)
        #expect(incident.actionItems.map(\.text) == ["link the lag dashboard from the consumer runbook", "Decide who owns the dead-letter queue."])
        #expect(incident.actionItems.first?.owner == "ana")
    }

    @Test func footnotedBoldLabelAndTitleCaseLineOpenSections() {
        let incident = readIncident("""
        # Queue stalled

        **Action Items**:^[12](https://example.com/notes#12)^

        - Add a dead-letter queue

        ## Corrective and preventive measures

        Lessons Learned

        - Monitoring caught the lag quickly

        Action Items

        | Action | Owner | Ticket |
        |---|---|---|
        | Alert on consumer lag | ana | OPS-7 **DONE** |
        """)
        #expect(incident.actionItems.map(\.text) == ["Add a dead-letter queue", "Alert on consumer lag"])
        #expect(incident.actionItems.map(\.done) == [false, true])
    }
}
