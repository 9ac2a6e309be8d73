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
        var pages = ParallelMap.map(reports) { weekPage($0, weeks: weeks) }
        if let latest = reports.last { pages.append(latestPage(latest, weeks: weeks)) }
        pages.append(indexPage(reports, undatedCount: builder.undated.count))
        pages.append(feed(reports))
        return try pages.map { try $0.file(renderer) }
    }

    func weekPage(_ report: DigestReport, weeks: [ISOWeek]) -> PreparedPage {
        PreparedPage(path: "digest/\(report.week)/index.html", view: DigestPageView(report, weeks: weeks, config: config), template: "digest")
    }

    func latestPage(_ latest: DigestReport, weeks: [ISOWeek]) -> PreparedPage {
        PreparedPage(path: "digest/latest/index.html", view: DigestPageView(latest, weeks: weeks, config: config, isLatest: true), template: "digest")
    }

    func indexPage(_ reports: [DigestReport], undatedCount: Int) -> PreparedPage {
        PreparedPage(path: "digest/index.html", view: DigestIndexView(reports: reports, undatedCount: undatedCount, config: config),
                     template: "digest-index")
    }

    func feed(_ reports: [DigestReport]) -> PreparedPage {
        PreparedPage(SiteFile(path: "digest/feed.xml", text: DigestFeed.atom(reports, config: config)))
    }
}
