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
        let reports = ParallelMap.map(weeks) { builder.report(for: $0, openItemLimit: DigestFacts.openItemLimit) }
        var files = try ParallelMap.map(reports) { report in Result { try weekPage(report, weeks: weeks) } }.map { try $0.get() }
        if let latest = reports.last { files.append(try latestPage(latest, weeks: weeks)) }
        files.append(try indexPage(reports, undatedCount: builder.undated.count))
        files.append(feed(reports))
        return files
    }

    func weekPage(_ report: DigestReport, weeks: [ISOWeek]) throws -> SiteFile {
        SiteFile(path: "digest/\(report.week)/index.html",
                 text: try renderer.render(DigestPageView(report, weeks: weeks, config: config), template: "digest"))
    }

    func latestPage(_ latest: DigestReport, weeks: [ISOWeek]) throws -> SiteFile {
        SiteFile(path: "digest/latest/index.html",
                 text: try renderer.render(DigestPageView(latest, weeks: weeks, config: config, isLatest: true), template: "digest"))
    }

    func indexPage(_ reports: [DigestReport], undatedCount: Int) throws -> SiteFile {
        SiteFile(path: "digest/index.html", text: try renderer.render(
            DigestIndexView(reports: reports, undatedCount: undatedCount, config: config), template: "digest-index"))
    }

    func feed(_ reports: [DigestReport]) -> SiteFile {
        SiteFile(path: "digest/feed.xml", text: DigestFeed.atom(reports, config: config))
    }
}
