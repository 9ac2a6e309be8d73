import Foundation
import Testing
@testable import DebriefSite

@Suite("Document size limit")
struct DocumentSizeLimitTests {
    // Speed is measured by benchmarks, not here: the test pins that the work is bounded by the cut.
    @Test("20 MB of tab-indented nesting is cut to the limit before it is read")
    func tabNesting() {
        let chunk = (0..<200).map { String(repeating: "\t", count: $0) + "- x 10:00 UTC\n" }.joined()
        let text = "# Nested\n\n" + String(repeating: chunk, count: 20_000_000 / chunk.utf8.count)
        #expect(SourceLoader.bounded(Data(text.utf8)).0.count <= SourceLoader.maxDocumentBytes)
        let loaded = SourceLoader(fileSystem: SourceLoaderTests.memory(["big.md": Data(text.utf8)])).load(path: "big.md")
        let warning = loaded.incident.diagnostics.first { $0.message.contains("KB limit") }
        #expect(warning?.level == .warning)
        #expect(loaded.incident.title == "Nested")
    }

    @Test("a cut never splits a line or a character")
    func cutsAtLines() {
        let line = Data("é".utf8)
        var data = Data()
        while data.count <= SourceLoader.maxDocumentBytes + 10 { data.append(line) }
        let (kept, warning) = SourceLoader.bounded(data)
        #expect(String(data: kept, encoding: .utf8) != nil)
        #expect(warning != nil)
        #expect(SourceLoader.bounded(Data("# small\n".utf8)).1 == nil)
    }
}
