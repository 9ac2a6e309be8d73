import ArgumentParser
import DebriefModel
import DebriefReader
import DebriefMetrics
import DebriefSite
import Foundation

/// `debrief digest`: one week's reliability digest on standard output.
struct Digest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one week's reliability digest (Markdown, Slack, text, e-mail HTML or JSON).",
        discussion: """
        Weeks follow the site's time zone and weekStart (debrief.yml; Monday by
        default) and are named like ISO weeks, e.g. 2024-W29. An incident belongs to
        the week it started in. The trend sentence compares time to resolve with the
        previous 12 weeks and calls a change better or worse only when a 95% bootstrap
        interval of the difference in medians excludes zero.

        Examples:
          debrief digest --week last --format markdown     # for chat, every Monday
          debrief digest --week 2024-W29 --format html > digest.html
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, slack, text, html, json }

    @Option(help: ArgumentHelp("The week: YYYY-Www (e.g. 2024-W29), last (the week before this one) or current.",
                               valueName: "week"))
    var week: String = "last"

    @Option(help: "Output format: markdown, slack (Slack mrkdwn), text (terminal), html (inline styles, for e-mail) or json.")
    var format: Format = .text

    @OptionGroup var location: SiteOptions
    var site: String { location.site }
    var content: String { location.content }

    func validate() throws {
        guard DigestWeekChoice(week) != nil else {
            // Printed compiler-style like every other Debrief error, rather than ArgumentParser's "Error:".
            Console.error("error: --week must be YYYY-Www, last or current (got '\(week)'; e.g. 2024-W29; week 53 exists only in some years)")
            throw ExitCode.validationFailure
        }
    }

    func run() throws {
        let config = try SiteSettings.load(site: site)
        let loaded = try SiteSettings.loadContent(site: site, content: content, config: config, renderBody: false)
        let incidents = SiteBuilder.uniqueSlugs(Drafts.published(loaded, includeDrafts: false)).map(\.incident)
        let builder = DigestBuilder(incidents: incidents,
                                    bucketing: WeekBucketing(timeZone: config.foundationZone, weekStart: config.weekStart))
        // validate() has already rejected anything else.
        let now = Date()
        let chosen = DigestWeekChoice(week)!.resolve(now: now, bucketing: builder.bucketing)
        if let problem = DigestWeekChoice.futureWeekProblem(chosen, now: now, bucketing: builder.bucketing) {
            Console.error("error: --week \(week): \(problem)")
            throw ExitCode.failure
        }
        let output = DigestOutput.render(builder.report(for: chosen), format: DigestOutput.Format(rawValue: format.rawValue)!, config: config)
        print(output, terminator: "")
    }
}
