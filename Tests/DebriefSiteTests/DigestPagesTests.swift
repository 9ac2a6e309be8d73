import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DebriefSite

struct DigestPagesTests {
    typealias F = DigestSiteFixture

    static func files() throws -> [String: String] {
        let files = try DigestPages(config: F.config, renderer: TemplateRenderer()).files(for: F.incidents)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
    }

    @Test func everyWeekFromFirstToLatestHasAPageEmptyOnesIncluded() throws {
        let files = try Self.files()
        let weeks = files.keys.filter { $0.hasPrefix("digest/20") }.sorted()
        // 2026-W41 (5 Oct) through 2026-W53 (the New Year incident): 13 weeks, most of them empty.
        #expect(weeks.count == 13)
        #expect(weeks.first == "digest/2026-W41/index.html")
        #expect(weeks.last == "digest/2026-W53/index.html")
        #expect(files["digest/2026-W45/index.html"]?.contains("No incidents this week.") == true)
        #expect(files["digest/index.html"] != nil)
        #expect(files["digest/feed.xml"] != nil)
    }

    @Test func latestIsTheNewestWeekWithData() throws {
        let files = try Self.files()
        let latest = try #require(files["digest/latest/index.html"])
        #expect(latest.contains("<h1>Week 2026-W53</h1>"))
        #expect(latest.contains("href=\"../2026-W53/index.html\""))
    }

    @Test func pageGolden() throws {
        try DigestGolden.check(try #require(try Self.files()["digest/2026-W53/index.html"]), named: "page-2026-W53.html")
    }

    @Test func indexListsWeeksNewestFirstWithRelativeLinks() throws {
        let index = try #require(try Self.files()["digest/index.html"])
        let w53 = try #require(index.range(of: "href=\"2026-W53/index.html\""))
        let w41 = try #require(index.range(of: "href=\"2026-W41/index.html\""))
        #expect(w53.lowerBound < w41.lowerBound)
        #expect(index.contains("1 incident has no known date or time") == false) // search-lag is dated by its detection
    }

    @Test func linksAreRelative() throws {
        let files = try Self.files()
        for (path, text) in files where path.hasSuffix(".html") {
            for match in text.matches(of: /href="([^"]*)"/) {
                let href = String(match.1)
                #expect(!href.hasPrefix("/") && !href.hasPrefix("http"), "\(path): \(href)")
                #expect(href.hasSuffix(".html") || href.hasSuffix(".xml") || href.hasSuffix(".css") || href.hasSuffix(".json")
                        || href.hasSuffix(".csv") || href.hasPrefix("#"), "\(path): \(href)")
            }
        }
    }

    @Test func feedIsWellFormedWithOneEntryPerWeek() throws {
        let feed = try #require(try Self.files()["digest/feed.xml"])
        let parser = XMLParser(data: Data(feed.utf8))
        #expect(parser.parse())
        #expect(feed.components(separatedBy: "<entry>").count - 1 == 13)
        #expect(feed.contains("<link rel=\"alternate\" href=\"2026-W53/index.html\"/>"))
    }

    @Test func undatedIncidentsAreCountedOnTheIndex() throws {
        let undated = Incident(source: "Content/x.md", slug: "x", title: "No dates at all")
        let files = try DigestPages(config: F.config, renderer: TemplateRenderer()).files(for: F.incidents + [undated])
        let index = String(decoding: try #require(files.first { $0.path == "digest/index.html" }).data, as: UTF8.self)
        #expect(index.contains("1 incident has no known date or time and is in no week."))
    }

    @Test func noIncidentsStillWritesAnIndexAndFeed() throws {
        let files = try DigestPages(config: F.config, renderer: TemplateRenderer()).files(for: [])
        #expect(files.map(\.path).sorted() == ["digest/feed.xml", "digest/index.html"])
    }
}
