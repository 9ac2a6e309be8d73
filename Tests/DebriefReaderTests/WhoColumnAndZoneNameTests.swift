import DebriefModel
import Testing
@testable import DebriefReader

/// A table's Who column stays apart from the event's words, and a zone read from a
/// time in prose is named by the zone alone, not by the words around it.
struct WhoColumnAndZoneNameTests {
    @Test func whoColumnIsKeptApartFromTheText() {
        let incident = readIncident("""
        # Cache outage

        | Time (UTC) | Who | Event |
        |---|---|---|
        | 2026-03-03 10:00 | lee.h | Ack'd the page |
        | 2026-03-03 10:05 | | Rolled back the deploy |
        """)
        #expect(incident.timeline.map(\.text) == ["Ack'd the page", "Rolled back the deploy"])
        #expect(incident.timeline.map(\.who) == ["lee.h", nil])
        #expect(incident.timeline.map(\.milestone) == [.acknowledged, .mitigated])
    }

    @Test(arguments: ["Who/What", "Event"])
    func aHeaderThatNamesTheEventIsText(header: String) {
        let incident = readIncident("""
        # Cache outage

        | Time (UTC) | \(header) | Note |
        |---|---|---|
        | 2026-03-03 10:00 | lee.h | Ack'd the page |
        """)
        #expect(incident.timeline.map(\.text) == ["lee.h — Ack'd the page"])
        #expect(incident.timeline.first?.who == nil)
    }

    @Test func onlyColumnBesideTheTimeIsTheText() {
        let incident = readIncident("# X\n\n| Time (UTC) | By |\n|---|---|\n| 2026-03-03 10:00 | alert fired |\n")
        #expect(incident.timeline.map(\.text) == ["alert fired"])
    }

    @Test(arguments: [
        ("The cache fell over around 09:15 CET on 3 March 2026.", "CET"),
        ("Errors began at about 9:15 am PST on 3 March 2026.", "PST"),
        ("Paged at 09:15 (UTC+1) on 3 March 2026.", "UTC+1"),
    ])
    func zoneNameIsTheZoneOnly(sentence: String, name: String) {
        let incident = readIncident("# Cache outage\n\n\(sentence)\n\n## Timeline\n\n- 09:20 alert fired\n")
        #expect(incident.zoneName == name)
        #expect(incident.zoneStated)
    }
}
