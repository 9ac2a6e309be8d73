import Foundation
import Testing
@testable import DebriefSite

/// Aggregate pages keyed by what each shows: a change re-renders the pages that show
/// it and keeps the others, and the output stays byte-identical to an uncached build.
@Suite("Aggregate page keys")
struct PageKeyTests {
    static let digestOfA = "digest/2024-W29/index.html", digestOfC = "digest/2024-W31/index.html"

    @Test("a prose change shows on no aggregate page: only the incident's page is rendered")
    func proseChange() throws {
        let site = try CacheSite()
        defer { site.remove() }
        let result = try site.rebuilt(changing: "d.md", to: CacheSite.postmortem("Ancient typo", date: "1990-01-01", service: "search", extra: "A sentence added."))
        #expect(result.readCount == 1 && result.renderedIncidentPages == 1)
        #expect(result.renderedPaths == ["incidents/d/index.html"])
        for kept in ["index.html", "services/index.html", "actions/index.html", Self.digestOfA, Self.digestOfC, "digest/index.html", "feed.xml"] {
            #expect(!result.renderedPaths.contains(kept), "\(kept)")
        }
    }

    @Test("an incident moved to another week re-renders both digest weeks, not a week that does not show it")
    func weekChange() throws {
        let site = try CacheSite()
        defer { site.remove() }
        try site.build()
        #expect(Self.text(site, Self.digestOfA).contains("incidents/b/"))
        try site.write("b.md", CacheSite.postmortem("Search outage", date: "2024-07-30", service: "checkout"))
        let result = try site.expectCachedEqualsUncached()
        #expect(result.renderedPaths.contains(Self.digestOfA) && result.renderedPaths.contains(Self.digestOfC))
        #expect(!Self.text(site, Self.digestOfA).contains("incidents/b/"))
        #expect(Self.text(site, Self.digestOfC).contains("incidents/b/"))
        #expect(!result.renderedPaths.contains("services/search/index.html"))
        // The 1990 week (d alone) neither shows b nor compares with its weeks.
        #expect(site.snapshot()["digest/1990-W01/index.html"] != nil && !result.renderedPaths.contains("digest/1990-W01/index.html"))
    }

    @Test("a service renamed re-renders the services page and both services' pages, not another service's")
    func serviceRename() throws {
        let site = try CacheSite()
        defer { site.remove() }
        let result = try site.rebuilt(changing: "b.md", to: CacheSite.postmortem("Search outage", date: "2024-07-20", service: "payments"))
        for page in ["services/index.html", "services/checkout/index.html", "services/payments/index.html", "index.html"] {
            #expect(result.renderedPaths.contains(page), "\(page)")
        }
        // The severity page lists b with its services; the search service's page and c's week do not show b.
        #expect(result.renderedPaths.contains("severities/sev2/index.html"))
        #expect(!result.renderedPaths.contains("services/search/index.html") && !result.renderedPaths.contains(Self.digestOfC))
        #expect(site.snapshot()["services/payments/index.html"] != nil)
    }

    @Test("a title change re-renders the index, the feeds and the exports that show titles")
    func titleChange() throws {
        let site = try CacheSite()
        defer { site.remove() }
        let result = try site.rebuilt(changing: "c.md", to: CacheSite.postmortem("Search index rebuilt from scratch", date: "2024-08-01", service: "search"))
        for page in ["index.html", "feed.xml", "incidents.json", "search.json", Self.digestOfC, "services/search/index.html"] {
            #expect(result.renderedPaths.contains(page), "\(page)")
        }
        #expect(!result.renderedPaths.contains(Self.digestOfA))
        #expect(Self.text(site, "index.html").contains("Search index rebuilt from scratch"))
    }

    static func text(_ site: CacheSite, _ path: String) -> String {
        String(decoding: site.snapshot()[path] ?? Data(), as: UTF8.self)
    }
}
