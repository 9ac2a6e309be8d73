import ArgumentParser
import DebriefModel
import DebriefReader
import DebriefSite
import Foundation

/// `debrief check`: lint postmortems before review.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lint postmortems and debrief.yml before review (no site is written).",
        discussion: """
        Checks front matter against its schema (unknown keys with a did-you-mean, wrong
        types, times that do not parse or are out of order) and the document (no
        timeline, clock times with no zone, ambiguous dates, no started or resolved time
        unless status: open, placeholders left from an archetype, action items with no
        owner, no root cause), with blameless-language hints as notes.
        Prints PATH:LINE:COL: error|warning|note: message (or JSON, or GitHub Actions
        annotations). Exits 0 when clean, 1 on any error (with --strict, any warning
        too), 64 on a usage error.
        """
    )

    @Argument(help: "Files to check (default: every Markdown file under the content folder).", completion: .file(extensions: ["md"]))
    var files: [String] = []

    @OptionGroup var location: SiteOptions
    var site: String { location.site }
    var content: String { location.content }

    @Option(help: "Output: text (PATH:LINE:COL: level: message), json, or github (workflow annotations).")
    var format: CheckOutput.Format = .text

    @OptionGroup var reporting: ReportOptions

    func run() throws {
        let (settingsPath, config, settings) = SiteSettings.read(site: site)
        let archetypes = ArchetypeLibrary.site(directory: (site as NSString).appendingPathComponent("Templates/archetypes"))
        let lint = PostmortemLint(placeholders: archetypes.placeholders)
        let loaded = try files.isEmpty
            ? SiteSettings.loadContent(site: site, content: content, config: config, renderBody: false, lint: lint)
            : SourceLoader(config: config, lint: lint).load(paths: files.map { ($0, $0) }, renderBody: false)
        let report = CheckReport(settingsPath: SiteSettings.relative(settingsPath, to: "."), settings: settings,
                                 loaded: DuplicateTitles.flag(SiteBuilder.uniqueSlugs(DistantDates.flag(loaded))), verbose: reporting.verbose)
        print(CheckOutput.render(report, format: format), terminator: "")
        let status = report.exitStatus(strict: reporting.strict)
        if status != 0 { throw ExitCode(status) }
    }
}

extension CheckOutput.Format: ExpressibleByArgument {}
