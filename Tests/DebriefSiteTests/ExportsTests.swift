import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation
import Testing
@testable import DebriefSite

@Suite("Exports")
struct ExportsTests {
    @Test("JSON strings escape quotes, control characters and </script>")
    func jsonQuoting() {
        #expect(JSONValue.quote("a\"b\\c\n\t\u{01}</script>") == "\"a\\\"b\\\\c\\n\\t\\u0001<\\/script>\"")
        let object = JSONValue.object([("z", .int(1)), ("a", .null), ("list", .array([.bool(true), .string("x")]))])
        #expect(object.rendered(indent: 0) == "{\"z\":1,\"a\":null,\"list\":[true,\"x\"]}")
    }

    @Test("CSV quotes commas and quotes, and defuses spreadsheet formulas")
    func csvFields() {
        #expect(Exports.csvField("plain") == "plain")
        #expect(Exports.csvField("a, b") == "\"a, b\"")
        #expect(Exports.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(Exports.csvField("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(Exports.csvField("-42") == "-42")
    }

    @Test("the Atom feed escapes titles and is deterministic")
    func atom() {
        var incident = Incident(source: "Content/a.md", slug: "a", title: "Disk <full> & \"sad\"")
        incident.milestones[.started] = MilestoneValue(at: Date(timeIntervalSince1970: 1_721_022_180), line: 3, source: "timeline")
        let feed = Exports.atom([incident], config: SiteConfig())
        #expect(feed.contains("<title>Disk &lt;full&gt; &amp; &quot;sad&quot;</title>"))
        #expect(feed.contains("<updated>2024-07-15T05:43:00Z</updated>"))
        #expect(feed == Exports.atom([incident], config: SiteConfig()))
    }
}

@Suite("Service pages")
struct ServicePagesTests {
    @Test("spellings that share a page are one service, so no page is overwritten")
    func sharedSlug() {
        var a = Incident(source: "a.md", slug: "a", title: "A")
        a.services = ["API"]
        var b = Incident(source: "b.md", slug: "b", title: "B")
        b.services = ["api", "db"]
        let services = SiteBuilder.services([a, b])
        #expect(services.map(\.0) == ["API", "db"])
        #expect(services.map(\.1) == [2, 1])
    }
}
