import Foundation
import Testing
import DebriefModel
@testable import DebriefMetrics

/// The ledger is the one source of action-item rows: the ledger page shows all of
/// them and a digest week's "open items" are a cut of the same rows.
struct ActionLedgerTests {
    typealias F = DigestFixture

    static let incidents = [
        F.incident("later", started: "2021-01-12T09:00:00Z", items: [("Add alert", false), ("Write runbook", true)]),
        F.incident("undated", started: nil, items: [("Rotate keys", false)]),
        F.incident("earlier", started: "2021-01-05T09:00:00Z", items: [("Fix retry", false)]),
        F.incident("none", started: "2021-01-06T09:00:00Z"),
    ]

    @Test func rowsRunOldestIncidentFirstInDocumentOrderWithUndatedLastAndUnaged() {
        let ledger = ActionLedger(Self.incidents)
        let rows = ledger.rows(asOf: F.at("2021-01-18T00:00:00Z"))
        #expect(rows.map(\.item.text) == ["Fix retry", "Add alert", "Write runbook", "Rotate keys"])
        #expect(rows.map(\.number) == [1, 1, 2, 1])
        #expect(rows.map(\.ageSeconds) == [13 * 86_400 - 9 * 3600, 6 * 86_400 - 9 * 3600, 6 * 86_400 - 9 * 3600, nil])
        #expect(rows.map(\.isOpen) == [true, true, false, true])
        #expect(ledger.rows(asOf: nil).allSatisfy { $0.ageSeconds == nil })
    }

    @Test func cutsByStartStatusAndLimitAndCountsOpenItems() {
        let ledger = ActionLedger(Self.incidents)
        let cut = ledger.rows(asOf: nil, startedBefore: F.at("2021-01-12T09:00:00Z"), openOnly: true)
        #expect(cut.map(\.item.text) == ["Fix retry"])
        #expect(ledger.rows(asOf: nil, openOnly: true, limit: 2).map(\.item.text) == ["Fix retry", "Add alert"])
        #expect(ledger.openCount() == 3)
        #expect(ledger.openCount(startedBefore: F.at("2021-01-12T09:00:01Z")) == 2)
        #expect(ledger.openCount(startedBefore: F.at("2021-01-01T00:00:00Z")) == 0)
    }

    /// Whatever the week, the digest's open items are exactly the ledger's open rows of
    /// incidents started before it, aged to the week's end.
    @Test(arguments: ["2021-W01", "2021-W02", "2021-W03"])
    func digestOpenItemsAreTheLedgersRows(week: String) throws {
        let builder = DigestBuilder(incidents: Self.incidents, bucketing: F.utc)
        let week = try #require(ISOWeek(week))
        let report = builder.report(for: week)
        let start = F.utc.start(of: week), end = F.utc.end(of: week)
        let expected = ActionLedger(Self.incidents).rows(asOf: end, startedBefore: start, openOnly: true)
        #expect(report.openActionItems == expected)
        #expect(report.openActionItemCount == expected.count)
        #expect(builder.report(for: week, openItemLimit: 1).openActionItems == Array(expected.prefix(1)))
    }
}
