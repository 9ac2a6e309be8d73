import Foundation
import Testing
import DebriefModel
import DebriefReader
import DebriefMetrics
@testable import DebriefReader

@Suite("Runs of brackets read in linear time")
struct BracketRunTests {
    @Test("8,000 '[' or 4,000 '![' on one line read in well under 2 s",
          arguments: [String(repeating: "[", count: 8000), String(repeating: "![", count: 4000),
                      String(repeating: "[a](x", count: 1600), "## Timeline\n\n- 10:00 UTC " + String(repeating: "[", count: 8000)])
    func linear(line: String) {
        let start = Date()
        let incident = readIncident("# Title\n\n" + line + "\n")
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(incident.title == "Title")
    }

    @Test("links and images still read as their text", arguments: [
        ("see [the runbook](https://wiki/x) now", "see the runbook now"),
        ("![graph](a.png) and [ref][1]", "graph and ref"),
        ("[a]((b)) [c](d (e))", "a c"),
    ])
    func links(pair: (String, String)) {
        #expect(LineCleaner.inline(pair.0) == pair.1)
    }
}
