import DebriefModel
import Foundation
import Testing
@testable import DebriefSite

@Suite("Slugs that stay put")
struct SlugStabilityTests {
    static func load(_ files: [String: String]) -> [LoadedIncident] {
        let fs = SourceLoaderTests.memory(files.mapValues { Data($0.utf8) })
        return files.keys.sorted().map { SourceLoader(fileSystem: fs).load(path: $0) }
    }

    @Test func frontMatterSlugWinsThenFileNameThenBundleFolder() {
        let loaded = Self.load([
            "Content/2026-01-02-db.md": "---\ntitle: Database down\nslug: db-outage-jan\n---\n# Database down\n",
            "Content/checkout-latency.md": "# A title that differs from the file\n",
            "Content/cdn-purge/index.md": "# CDN purge\n\n![graph](graph.png)\n",
        ])
        #expect(loaded.map(\.incident.slug) == ["db-outage-jan", "cdn-purge", "checkout-latency"])
    }

    @Test func aClashIsAnErrorNamingBothFiles() {
        let loaded = SiteBuilder.uniqueSlugs(Self.load([
            "Content/a/outage.md": "# Outage one\n",
            "Content/b/outage.md": "# Outage two\n",
        ]))
        #expect(loaded.map(\.incident.slug) == ["outage", "outage-2"])
        #expect(loaded[0].incident.diagnostics.allSatisfy { $0.level != .error })
        let error = try! #require(loaded[1].incident.diagnostics.first { $0.level == .error })
        #expect(error.message.contains("Content/a/outage.md") && error.message.contains("'outage'"))
        #expect(error.formatted(path: loaded[1].incident.source).hasPrefix("Content/b/outage.md"))
    }
}

@Suite("Duplicated titles")
struct DuplicateTitlesTests {
    @Test func aRepeatedTitleIsAWarningOnTheLaterFileNamingTheEarlier() throws {
        let loaded = DuplicateTitles.flag(SlugStabilityTests.load([
            "Content/a.md": "# Database  outage\n",
            "Content/b.md": "# database outage\n",
            "Content/c.md": "# Cache outage\n",
        ]))
        #expect(loaded.map { $0.incident.diagnostics.contains { $0.message.contains("also the title") } } == [false, true, false])
        let warning = try #require(loaded[1].incident.diagnostics.first { $0.message.contains("also the title") })
        #expect(warning.level == .warning)
        #expect(warning.formatted(path: loaded[1].incident.source).hasPrefix("Content/b.md: warning: the title 'database outage' is also the title of Content/a.md"))
    }
}
