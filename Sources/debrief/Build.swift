import ArgumentParser
import DebriefModel
import DebriefReader
import DebriefMetrics
import DebriefSite
import Foundation

/// `debrief build`: Content/ → Output/.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the static site from Content/ into Output/.",
        discussion: """
        Reads every Markdown file under the content folder, renders the site with the
        built-in theme (a site's Templates/NAME.mustache overrides it by name) and
        replaces the output folder in one atomic step. Problems are printed as
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

    @OptionGroup var reporting: ReportOptions
    var verbose: Bool { reporting.verbose }
    var strict: Bool { reporting.strict }

    func run() throws {
        let start = Date()
        let (config, settingsWarnings) = try SiteSettings.loadCounting(site: site)
        let everything = DistantDates.flag(try SiteSettings.loadContent(site: site, content: content, config: config, renderBody: true))
        // Checks over the whole site, done here so their findings are reported with the rest.
        let loaded = DuplicateTitles.flag(SiteBuilder.uniqueSlugs(Drafts.published(everything, includeDrafts: drafts)))
        let renderer: TemplateRenderer
        do {
            renderer = try TemplateRenderer(overrides: TemplateRenderer.overrides(in: (site as NSString).appendingPathComponent("Templates")))
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        let assets = BuiltinTemplates.assets.merging(SiteSettings.assetOverrides(site: site)) { _, override in override }
        let files = try SiteBuilder(config: config, renderer: renderer, assets: assets).files(for: loaded)
        let outputPath = SiteSettings.path(output, site: site)
        do {
            try OutputWriter(output: outputPath, content: SiteSettings.path(content, site: site)).write(files.map { ($0.path, $0.data) })
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        var counts = Reporter.report(loaded.map(\.incident), verbose: verbose)
        counts.warnings += settingsWarnings
        let left = everything.count - loaded.count
        if left > 0 { Console.error("left out \(left) draft\(left == 1 ? "" : "s") (draft: true or status: draft); build --drafts shows them") }
        let elapsed = Date().timeIntervalSince(start)
        Console.error(String(format: "built %d incident%@ into %@ (%d files) in %.2f s; %d error%@, %d warning%@",
                             loaded.count, loaded.count == 1 ? "" : "s", SiteSettings.relative(outputPath, to: "."), files.count, elapsed,
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
