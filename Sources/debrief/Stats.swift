import ArgumentParser
import DebriefMetrics
import DebriefModel
import DebriefSite
import Foundation

/// `debrief stats`: response metrics over a chosen set of incidents.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print MTTD / MTTA / MTTM / MTTR (n, mean, median, p90) overall and by severity, service and month.",
        discussion: """
        A metric counts the incidents where both its milestones are known. Drafts are left out.
        Examples:
          debrief stats --since 2024-01-01 --severity SEV1
          debrief stats --service checkout-api --format csv > checkout.csv
        """
    )

    @OptionGroup var location: SiteOptions
    var site: String { location.site }
    var content: String { location.content }

    @Option(help: ArgumentHelp("Only incidents on or after this date (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only incidents on or before this date (YYYY-MM-DD).", valueName: "date"))
    var until: String?

    @Option(help: "Only incidents affecting this service (any case).")
    var service: String?

    @Option(help: "Only incidents of this severity (SEV1 … SEV5, P1, critical, …).")
    var severity: String?

    @Option(help: "Output: table, json or csv.")
    var format: StatsOutput.Format = .table

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, LocalDate(iso: value) == nil { throw ValidationError("\(name) must be YYYY-MM-DD, not '\(value)'") }
        }
        if let severity, Severity(parsing: severity) == nil { throw ValidationError("--severity must be SEV1 … SEV5, not '\(severity)'") }
    }

    func run() throws {
        let config = try SiteSettings.load(site: site)
        let loaded = try SiteSettings.loadContent(site: site, content: content, config: config, renderBody: false)
        let incidents = Drafts.published(loaded, includeDrafts: false).map(\.incident)
        let filter = IncidentStats.Filter(since: since.flatMap { LocalDate(iso: $0) }, until: until.flatMap { LocalDate(iso: $0) },
                                          service: service, severity: severity.flatMap { Severity(parsing: $0) })
        print(StatsOutput.render(IncidentStats.groups(incidents, filter: filter), format: format), terminator: "")
    }
}

extension StatsOutput.Format: ExpressibleByArgument {}
