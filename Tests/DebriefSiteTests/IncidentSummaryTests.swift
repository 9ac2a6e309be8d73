import DebriefModel
import Foundation
import Testing
@testable import DebriefSite

/// The build keeps summaries of read postmortems and sets their full reads aside
/// (``IncidentSpool``) until their pages are made: the site must be the same, byte
/// for byte, as one made from the full reads held in memory.
@Suite("Incident summaries and the spool")
struct IncidentSummaryTests {
    typealias F = PageFixtures

    static func folder() throws -> String {
        let root = (NSTemporaryDirectory() as NSString).appendingPathComponent("debrief-spool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        return root
    }

    /// Every page of the site, path → bytes.
    static func pages(_ measured: SiteMeasures) throws -> [String: Data] {
        let builder = SiteBuilder(config: F.config, renderer: try TemplateRenderer())
        let plan = PagePlan(measured, assets: builder.assets, sitemap: true)
        let files = try builder.render(plan.pages[...], measured: measured)
        return Dictionary(files.map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
    }

    @Test("a site made from summaries and spooled reads equals one made from the full reads", arguments: [true, false])
    func summariesGiveTheSameSite(onDisk: Bool) throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let spool = IncidentSpool(beside: onDisk ? root : nil)
        #expect(spool.isOnDisk == onDisk)
        let summaries = F.all.map { IncidentSummary($0, spool: spool) }
        let full = try Self.pages(SiteMeasures(loaded: F.all, config: F.config))
        let summarized = try Self.pages(SiteMeasures(summaries: summaries, spool: spool, config: F.config))
        #expect(full.keys.sorted() == summarized.keys.sorted())
        for (path, data) in full { #expect(summarized[path] == data, "\(path)") }
    }

    @Test("the spool gives back each read as it was put, and leaves no file behind")
    func spoolRoundTrip() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let spool = IncidentSpool(beside: root)
        let summaries = F.all.map { IncidentSummary($0, spool: spool) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).isEmpty)
        for (summary, loaded) in zip(summaries, F.all) {
            let back = try summary.full(from: spool)
            #expect(back.incident == loaded.incident)
            #expect(back.bodyHTML == loaded.bodyHTML)
        }
    }

    @Test("a summary holds no body HTML, timeline text or section texts")
    func summariesAreSmall() throws {
        let spool = IncidentSpool(beside: nil)
        for loaded in F.all {
            let summary = IncidentSummary(loaded, spool: spool)
            #expect(summary.incident.timeline.count <= 1)
            #expect(summary.incident.summary.isEmpty && summary.incident.rootCause.isEmpty && summary.incident.resolution.isEmpty)
            #expect(summary.incident.explanations.isEmpty && summary.incident.decisionEntries.isEmpty)
            // What the aggregate pages read of it is unchanged.
            #expect(summary.incident.startedAt == loaded.incident.startedAt)
            #expect(summary.incident.isOpen == loaded.incident.isOpen)
            #expect(summary.searchText == SearchIndex.text(loaded.incident))
            let strings = Mirror(reflecting: summary).children.compactMap { $0.value as? String }
            if !loaded.bodyHTML.isEmpty { #expect(!strings.contains(loaded.bodyHTML)) }
        }
    }

    @Test("whole-site checks on summaries change their slugs and diagnostics as on full reads")
    func checksOnSummaries() {
        let spool = IncidentSpool(beside: nil)
        var twin = F.checkout
        twin.incident.source = "Content/twin.md"
        let loaded = [F.checkout, twin, F.search]
        let expected = DuplicateTitles.flag(SiteBuilder.uniqueSlugs(loaded))
        let summaries = IncidentSummary.checked(IncidentSummary.checked(loaded.map { IncidentSummary($0, spool: spool) },
                                                                        by: SiteBuilder.uniqueSlugs), by: DuplicateTitles.flag)
        #expect(summaries.map(\.incident.slug) == expected.map(\.incident.slug))
        #expect(summaries.map(\.incident.diagnostics) == expected.map(\.incident.diagnostics))
        #expect(summaries[1].incident.slug != F.checkout.incident.slug)
    }

    @Test("incidents.json made one incident at a time is Exports.json byte for byte")
    func streamedJSON() {
        #expect(IncidentsJSON.data(F.incidents) == Data(Exports.json(F.incidents).utf8))
        #expect(IncidentsJSON.data([]) == Data(Exports.json([]).utf8))
        let many = (0..<150).map { index in
            var incident = F.incidents[index % F.incidents.count]
            incident.slug += "-\(index)"
            return incident
        }
        #expect(IncidentsJSON.data(many) == Data(Exports.json(many).utf8))
    }
}
