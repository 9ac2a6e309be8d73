import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DebriefSite

/// Finding incidents: the search index, severity and tag pages, the sitemap and
/// the index's open-incident banner.
@Suite struct FindThingsTests {
    typealias F = PageFixtures

    static func files(_ loaded: [LoadedIncident] = F.all, baseURL: String = "") throws -> [String: String] {
        var config = F.config
        config.baseURL = baseURL
        let files = try SiteBuilder(config: config, renderer: TemplateRenderer()).files(for: loaded)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
    }

    @Test func searchIndexMatchesGoldenAndLinksToEveryIncidentPage() throws {
        let json = SearchIndex.json(F.incidents)
        try Golden.check(json, folder: "find", named: "search.json")
        let files = try Self.files()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entries = try #require(object["incidents"] as? [[String: Any]])
        #expect(entries.count == F.incidents.count)
        for entry in entries {
            let href = try #require(entry["href"] as? String)
            #expect(files[href] != nil, "\(href) is not a page")
        }
    }

    /// Any text survives the JSON round trip unchanged (escaped by construction), and
    /// the indexed text is cut at a word.
    @Test func searchIndexEscapesAndCapsText() throws {
        var incident = F.checkout.incident
        incident.title = "</script><b>\"quoted\" \\ back\u{2028}slash"
        incident.summary = String(repeating: "word ", count: 200)
        let json = SearchIndex.json([incident])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entry = try #require((object["incidents"] as? [[String: Any]])?.first)
        #expect(entry["title"] as? String == incident.title)
        let text = try #require(entry["text"] as? String)
        #expect(text.count <= SearchIndex.textLimit + 2 && text.hasSuffix("word …"))
    }

    @Test func severityAndTagPagesListTheirIncidents() throws {
        let files = try Self.files()
        for path in ["severities/sev1/index.html", "severities/sev2/index.html", "severities/sev4/index.html",
                     "severities/unknown/index.html", "tags/database/index.html", "tags/config/index.html"] {
            #expect(files[path] != nil, "\(path) missing")
        }
        let database = try #require(files["tags/database/index.html"])
        #expect(database.contains("Checkout latency after connection-pool change") && database.contains("Search index rebuild"))
        #expect(!database.contains("TLS handshake failures"))
        #expect(files["index.html"]?.contains("href=\"severities/sev1/index.html\"") == true)
    }

    @Test func sitemapOnlyWithABaseURLAndThenAbsoluteAndWellFormed() throws {
        #expect(try Self.files()["sitemap.xml"] == nil)
        let xml = try #require(try Self.files(baseURL: "https://pm.example.com/a&b")["sitemap.xml"])
        #expect(XMLParser(data: Data(xml.utf8)).parse())
        let locs = xml.components(separatedBy: "<loc>").dropFirst().map { $0.components(separatedBy: "</loc>")[0] }
        #expect(locs.contains("https://pm.example.com/a&amp;b/index.html"))
        #expect(locs.contains("https://pm.example.com/a&amp;b/incidents/2026-09-02-checkout/index.html"))
        #expect(locs.allSatisfy { $0.hasPrefix("https://pm.example.com/") && $0.hasSuffix(".html") })
        #expect(locs == locs.sorted())
    }

    @Test func bannerOnlyWhileAnIncidentIsOpen() throws {
        let open = try PageTemplateTests.render(IndexPageView(incidents: F.incidents, config: F.config, facet: nil), "index")
        #expect(open.contains("2 incidents are still open:"))
        let resolved = [F.checkout.incident, F.search.incident]
        let closed = try PageTemplateTests.render(IndexPageView(incidents: resolved, config: F.config, facet: nil), "index")
        #expect(!closed.contains("banner"))
        let service = try PageTemplateTests.render(IndexPageView(incidents: F.incidents, config: F.config, service: "checkout-api"), "index")
        #expect(!service.contains("banner") && !service.contains("site-search"))
    }
}
