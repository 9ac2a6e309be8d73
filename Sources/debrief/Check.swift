import ArgumentParser
import DebriefModel
import DebriefReader
import DebriefMetrics
import DebriefSite
import Foundation

/// `debrief check`: lint postmortems before review.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check postmortems and report what Debrief could not read (no site is written).",
        discussion: """
        Prints PATH:LINE: error|warning|note: message for each problem, and a line per
        file whose milestones are incomplete (its metrics will read "not stated").
        Exits 1 when any error is found (with --strict, any warning too).
        """
    )

    @Argument(help: "Files to check (default: every Markdown file under the content folder).", completion: .file(extensions: ["md"]))
    var files: [String] = []

    @OptionGroup var location: SiteOptions
    var site: String { location.site }
    var content: String { location.content }

    @OptionGroup var reporting: ReportOptions
    var verbose: Bool { reporting.verbose }
    var strict: Bool { reporting.strict }

    func run() throws {
        let config = try SiteSettings.load(site: site)
        let loaded = try files.isEmpty
            ? SiteSettings.loadContent(site: site, content: content, config: config, renderBody: false)
            : SourceLoader(config: config).load(paths: files.map { ($0, $0) }, renderBody: false)
        let incidents = DistantDates.flag(loaded).map(\.incident)
        let counts = Reporter.report(incidents, verbose: verbose)
        var incomplete = 0
        for incident in incidents {
            let missing = Milestone.allCases.filter { incident.milestones[$0] == nil }
            guard !missing.isEmpty else { continue }
            incomplete += 1
            if verbose || missing.contains(.started) || missing.contains(.resolved) {
                print(TerminalText.safe("\(incident.source): milestones not found: \(missing.map(\.rawValue).joined(separator: ", "))"))
            }
        }
        print("checked \(incidents.count) file\(incidents.count == 1 ? "" : "s"): \(counts.errors) error(s), \(counts.warnings) warning(s), \(incomplete) with incomplete milestones")
        if counts.errors > 0 || (strict && counts.warnings > 0) { throw ExitCode(1) }
    }
}
