@testable import DebriefModel
@testable import DebriefReader
import DebriefMetrics
import DebriefMarkdown
import Foundation
import Testing

/// Documents without times, broken input, and every corpus file: no crash, no invented milestones.
@Suite struct ReaderRobustnessTests {
    @Test func documentWithoutTimesHasNoMilestones() {
        let incident = readIncident("""
        # Credentials exposed

        On 2023-04-18 a researcher told us a token was exposed. We rotated it.

        ## What we are doing

        - Rotate tokens monthly
        """)
        #expect(incident.milestones.isEmpty)
        #expect(incident.date?.description == "2023-04-18")
    }

    @Test(arguments: [
        "",
        "\u{FEFF}",
        "---\ntitle: [unclosed\n---\n",
        "---\ndate: 31/31/31\n---\n# x\n",
        "```\n- 10:00 inside an unclosed fence\n",
        "| Time | Event |\n|---|\n| 99:99 | nonsense |\n",
        "## Timeline\n\n- 25:61 not a time\n- 24:00 midnight\n- 0:00\n",
        "# \u{0}\u{1}\u{2}\n\n- 10:00 — \u{202E}reversed",
        String(repeating: "- 10:00 UTC: tick\n", count: 2000),
        String(repeating: "#", count: 500),
        "## Timeline\n\n" + String(repeating: "12:00pm EAT: a ", count: 500),
        "Timezone: GMT+99\n\n## Timeline\n\n- 10:00 x\n",
    ])
    func badInputDoesNotCrash(_ text: String) {
        let incident = readIncident(text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        for diagnostic in incident.diagnostics {
            #expect(diagnostic.line >= 0 && diagnostic.line <= lines + 1)
        }
    }

    @Test func everyCorpusFileReadsWithoutCrashAndWithLinesInside() throws {
        guard let shared = sharedFolder else {
            print("skipped: ../shared/corpus is absent (the corpus lives outside the repository)")
            return
        }
        let folder = shared.appendingPathComponent("corpus/real")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let files = names.filter { !$0.hasPrefix(".") && $0 != "expected.json" && $0 != "SOURCES.md" }
        guard !files.isEmpty else {
            print("skipped: no files in \(folder.path)")
            return
        }
        for name in files.sorted() {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let text = String(decoding: data, as: UTF8.self)
            let lineCount = MarkdownParser.normalize(text).split(separator: "\n", omittingEmptySubsequences: false).count
            let incident = readIncident(text, path: name)
            for diagnostic in incident.diagnostics {
                #expect(diagnostic.line >= 0 && diagnostic.line <= lineCount, "\(name): diagnostic line \(diagnostic.line) of \(lineCount)")
            }
            for event in incident.timeline {
                #expect(event.line >= 1 && event.line <= lineCount, "\(name): event line \(event.line) of \(lineCount)")
            }
            for value in incident.milestones.values {
                #expect(value.line >= 0 && value.line <= lineCount, "\(name): milestone line \(value.line)")
            }
        }
    }
}
