@testable import DebriefModel
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
}
