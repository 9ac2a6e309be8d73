import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// The weekly digest pages: `digest/YYYY-Www/` for every week from the first
/// incident's to the latest's (empty weeks too), `digest/latest/` (the newest
/// week with an incident — never "now", so a build is reproducible),
/// `digest/index.html` and the Atom feed `digest/feed.xml`.
struct DigestPages {
    var config: SiteConfig
    var renderer: TemplateRenderer

    func files(for incidents: [Incident]) throws -> [SiteFile] {
        let builder = DigestBuilder(incidents: incidents,
                                    bucketing: WeekBucketing(timeZone: config.foundationZone, weekStart: config.weekStart))
        let weeks = builder.weeks
        let config = self.config, renderer = self.renderer
        let reports = ParallelMap.map(weeks) { builder.report(for: $0, openItemLimit: DigestFacts.openItemLimit) }
        var files = try ParallelMap.map(reports) { report -> Result<SiteFile, Error> in
            Result {
                SiteFile(path: "digest/\(report.week)/index.html",
                         text: try renderer.render(DigestPageView(report, weeks: weeks, config: config), template: "digest"))
            }
        }.map { try $0.get() }
        if let latest = reports.last {
            files.append(SiteFile(path: "digest/latest/index.html",
                                  text: try renderer.render(DigestPageView(latest, weeks: weeks, config: config, isLatest: true), template: "digest")))
        }
        files.append(SiteFile(path: "digest/index.html", text: try renderer.render(
            DigestIndexView(reports: reports, undatedCount: builder.undated.count, config: config), template: "digest-index")))
        files.append(SiteFile(path: "digest/feed.xml", text: DigestFeed.atom(reports, config: config)))
        return files
    }
}
