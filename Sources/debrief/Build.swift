import ArgumentParser
import DebriefModel
import DebriefReader
import DebriefMetrics
import DebriefSite
import Foundation

/// `debrief build`: Content/ → Output/, through ``SitePipeline``.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the static site from Content/ into Output/.",
        discussion: """
        Reads every Markdown file under the content folder, renders the site with the
        built-in theme (a site's Templates/NAME.mustache overrides it by name) and
        replaces the output folder in one atomic step; files whose bytes did not
        change keep their modification time. Problems are printed as
        PATH:LINE: error|warning: message; the build exits 1 when any is an error.
        """
    )

    @OptionGroup var location: SiteOptions
    var site: String { location.site }
    var content: String { location.content }

    @Option(help: "Output folder, relative to the site folder. Replaced as a whole.")
    var output: String = "Output"

    @Flag(help: "Publish drafts (draft: true or status: draft) too.")
    var drafts = false

    @Flag(help: "Print the seconds, items and share of each build phase (load, read, measure, plan, render, write).")
    var timings = false

    @OptionGroup var reporting: ReportOptions
    var verbose: Bool { reporting.verbose }
    var strict: Bool { reporting.strict }

    func run() throws {
        let start = Date()
        let request = BuildRequest(site: site, content: content, output: output, includeDrafts: drafts)
        let result: BuildResult
        do {
            result = try SitePipeline(request: request, report: { Console.error($0) }).run()
        } catch let error as BuildError {
            Console.error(error.description)
            throw ExitCode(2)
        }
        var counts = Reporter.report(result.published, verbose: verbose)
        counts.warnings += result.settingsWarnings
        let left = result.draftsLeftOut
        if left > 0 { Console.error("left out \(left) draft\(left == 1 ? "" : "s") (draft: true or status: draft); build --drafts shows them") }
        if timings { print(result.timings.table()) }
        let elapsed = Date().timeIntervalSince(start)
        let count = result.published.count
        Console.error(String(format: "built %d incident%@ into %@ (%d files, %d unchanged) in %.2f s; %d error%@, %d warning%@",
                             count, count == 1 ? "" : "s", SiteSettings.relative(result.outputPath, to: "."), result.fileCount,
                             result.unchangedCount, elapsed,
                             counts.errors, counts.errors == 1 ? "" : "s", counts.warnings, counts.warnings == 1 ? "" : "s"))
        if counts.errors > 0 || (strict && counts.warnings > 0) { throw ExitCode(1) }
    }
}

/// Prints incidents' diagnostics compiler-style.
enum Reporter {
    static func report(_ incidents: [Incident], verbose: Bool) -> (errors: Int, warnings: Int) {
        var errors = 0, warnings = 0
        for incident in incidents {
            for diagnostic in incident.diagnostics {
                switch diagnostic.level {
                case .error: errors += 1
                case .warning: warnings += 1
                case .note: if !verbose { continue }
                }
                Console.error(diagnostic.formatted(path: incident.source))
            }
        }
        return (errors, warnings)
    }
}
