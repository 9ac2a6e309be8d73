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
        change keep their modification time. Unchanged postmortems are taken from
        the cache in .debrief-cache/ (neither read nor rendered again); --no-cache
        skips it and `debrief clean` removes it. Problems are printed as
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

    @Flag(help: "Read and render every postmortem, ignoring and leaving alone the cache in .debrief-cache/ (`debrief clean` removes it).")
    var noCache = false

    @OptionGroup var reporting: ReportOptions
    var verbose: Bool { reporting.verbose }
    var strict: Bool { reporting.strict }

    func run() throws {
        let start = Date()
        let build = SiteBuild(site: site, content: content, output: output, includeDrafts: drafts, useCache: !noCache)
        // A progress bar on a terminal for builds longer than a second; none in logs or pipes.
        let bar = ProgressBar(enabled: isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb") { text in
            FileHandle.standardError.write(Data(text.utf8))
        }
        let report = build.run { bar.update(done: $0, total: $1) }
        bar.finish()
        for message in report.messages where verbose || message.level != .note { Console.error(message.text) }
        if report.stopped { throw ExitCode(2) }
        let left = report.draftsLeftOut
        if left > 0 { Console.error("left out \(left) draft\(left == 1 ? "" : "s") (draft: true or status: draft); build --drafts shows them") }
        if timings { print(report.timings.table()) }
        let elapsed = Date().timeIntervalSince(start)
        Console.error(String(format: "built %d incident%@ into %@ (%d files, %d unchanged) in %.2f s; %d error%@, %d warning%@",
                             report.incidents, report.incidents == 1 ? "" : "s", SiteSettings.relative(build.outputPath, to: "."),
                             report.files, report.unchanged, elapsed, report.errors, report.errors == 1 ? "" : "s", report.warnings, report.warnings == 1 ? "" : "s"))
        if report.errors > 0 || (strict && report.warnings > 0) { throw ExitCode(1) }
    }
}
