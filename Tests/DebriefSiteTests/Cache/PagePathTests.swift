import Foundation
import Testing
@testable import DebriefSite

/// The cache looks pages up by the path the plan gives them before rendering; it must be
/// the path rendering writes.
@Suite("Page paths")
struct PagePathTests {
    @Test("every planned page's path is the path its rendered file has")
    func pathsAgree() throws {
        let site = try CacheSite()
        defer { site.remove() }
        try "baseURL: https://example.com\n".write(toFile: site.root + "/debrief.yml", atomically: true, encoding: .utf8)
        let pipeline = SitePipeline(request: BuildRequest(site: site.root, includeDrafts: true))
        let inputs = try pipeline.load()
        let spool = IncidentSpool(beside: nil)
        let read = pipeline.read(inputs, cache: nil, salt: 0, spool: spool)
        let published = SitePipeline.checked(read.all, includeDrafts: true).published
        let measured = SiteMeasures(summaries: published, spool: spool, config: inputs.config)
        let plan = PagePlan(measured, assets: inputs.assets, sitemap: true)
        let builder = SiteBuilder(config: inputs.config, renderer: inputs.renderer, assets: inputs.assets)
        #expect(plan.pages.contains { if case .image = $0 { true } else { false } })
        #expect(plan.pages.contains { if case .digestWeek = $0 { true } else { false } })
        for page in plan.pages {
            #expect(page.path(measured) == (try builder.render(page, measured: measured)).path, "\(page)")
        }
    }
}
