import DebriefModel
import Testing
@testable import DebriefReader

/// Metadata written in the body, for documents with no front matter.
@Suite("Metadata lines in the body")
struct MetadataLinesTests {
    @Test("services, severity, status and owner are read from label lines")
    func labels() {
        let incident = readIncident("""
        # Checkout outage

        **Services:** checkout-api, payments and ledger
        **Severity:** SEV0
        Status: Resolved
        Owner: Dana Q

        ## Timeline (UTC)

        - 2024-05-02 10:00 checkout starts failing
        """)
        #expect(incident.services == ["checkout-api", "payments", "ledger"])
        #expect(incident.severity?.description == "SEV0")
        #expect(incident.severity?.level == 0)
        #expect(incident.status == "resolved")
        #expect(incident.authors == ["Dana Q"])
    }

    @Test("a table row and a single service")
    func tableRow() {
        let incident = readIncident("""
        # Search slow

        | Field | Value |
        |---|---|
        | Service | search |
        | Priority | P1 |
        """)
        #expect(incident.services == ["search"])
        #expect(incident.severity?.description == "P1")
    }

    @Test("a sentence is not a list of services; front matter wins")
    func notNames() {
        let prose = readIncident("""
        # Outage

        Services: most of the customer facing web properties were down for a long while
        """)
        #expect(prose.services.isEmpty)
        let front = readIncident("""
        ---
        services: [api]
        ---
        # Outage

        Services: web
        """)
        #expect(front.services == ["api"])
    }

    @Test("one severity table: shown as written, ordered by rank", arguments: [
        ("SEV0", "SEV0", 0), ("sev-2", "SEV2", 2), ("P1", "P1", 1), ("Priority 3", "P3", 3), ("critical", "Critical", 1),
        ("High", "High", 2), ("low", "Low", 4), ("down", "Down", 1), ("disrupted", "Disrupted", 2),
        ("Partial outage", "Partial outage", 2), ("notice", "Notice", 5),
    ])
    func severityTable(text: String, label: String, rank: Int) {
        let severity = Severity(parsing: text)
        #expect(severity?.description == label)
        #expect(severity?.level == rank)
    }

    @Test("severities sort by rank")
    func order() {
        let sorted = ["low", "P1", "SEV0", "High"].compactMap(Severity.init(parsing:)).sorted().map(\.description)
        #expect(sorted == ["SEV0", "P1", "High", "Low"])
        #expect(Severity(parsing: "SEV9") == nil && Severity(parsing: "urgent-ish") == nil)
    }
}
