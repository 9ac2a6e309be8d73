import DebriefMarkdown
import DebriefModel
import Foundation
import Testing
@testable import DebriefSite

/// The shortcuts of the render phase give what the code they replace gives.
@Suite("Site fast paths") struct SiteFastPathTests {
    static let words = ["Checkout", "latency", "rose", "café", "e\u{301}", "\u{1F1E9}\u{1F1EA}", "\u{600}x", "—", "a&b"]

    /// SearchIndex's text as it was: every word of the whole text first.
    static func collapsedWhole(_ source: String) -> String {
        source.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func searchTextIsCutFromTheWholeText() {
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % n
        }
        for count in [0, 1, 10, 60, 61, 62, 70, 200] {
            for _ in 0..<20 {
                let gaps = [" ", "  ", "\n", "\t", " \n "]
                let source = (0..<count).map { _ in Self.words[next(Self.words.count)] + gaps[next(gaps.count)] }.joined()
                let whole = Self.collapsedWhole(source), short = SearchIndex.collapsed(source)
                #expect(whole.hasPrefix(short))
                if whole.count > SearchIndex.textLimit {
                    #expect(short.count > SearchIndex.textLimit)
                    #expect(String(whole.prefix(SearchIndex.textLimit)) == String(short.prefix(SearchIndex.textLimit)))
                } else {
                    #expect(short == whole)
                }
            }
        }
    }

    @Test func quotingIsUnchanged() {
        for text in ["plain", "", "a\"b", "back\\slash", "</script>", "a/b", "line\nbreak", "\u{2028}", "—", "\u{1}"] {
            let value = JSONValue.string(text).rendered(indent: 0)
            let decoded = try? JSONSerialization.jsonObject(with: Data("[\(value)]".utf8)) as? [String]
            #expect(decoded == [text], "\(text.debugDescription)")
        }
        #expect(JSONValue.quote("a/b") == "\"a/b\"")
        #expect(JSONValue.quote("</b>") == "\"<\\/b>\"")
    }

    @Test func escapingKeepsItsCharacterRule() {
        #expect(HTMLEscaping.escape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;")
        #expect(HTMLEscaping.escape("café <b>") == "café &lt;b&gt;")
        #expect(HTMLEscaping.escape("plain — text") == "plain — text")
        // A quote a combining mark joins is still a quote to a browser: escaped all the same.
        let joined = "\"\u{301}<", escaped = "&quot;\u{301}&lt;"
        #expect(HTMLEscaping.escape(joined) == escaped)
    }

    @Test func datesAndTimesAreTheFormattedOnes() {
        for (y, m, d) in [(2024, 7, 5), (999, 12, 31), (12345, 1, 1)] {
            #expect(LocalDate(year: y, month: m, day: d).description == String(format: "%04d-%02d-%02d", y, m, d))
        }
        #expect(ClockTime(hour: 7, minute: 5).description == "07:05")
        let instant = ISO8601DateFormatter().date(from: "2026-09-02T11:58:00Z")!
        #expect(IncidentPageView.utcText(instant) == "2026-09-02 11:58 UTC")
        #expect(IncidentPageView.utcText(instant.addingTimeInterval(7)) == "2026-09-02 11:58:07Z")
    }
}
