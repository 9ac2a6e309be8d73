import ArgumentParser
import DebriefModel
import DebriefReader
import DebriefMetrics
import DebriefSite
import Foundation

/// `debrief inspect FILE...`: what Debrief reads from postmortems.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what Debrief reads from postmortem files (facts, milestones, metrics, timeline).",
        discussion: """
        The JSON form is a stable contract (version 1): fields may be added, never renamed.
        Exits 1 when any file has an error (for example invalid front matter), after printing the report.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

    @Argument(help: "Markdown files to read.", completion: .file(extensions: ["md"]))
    var files: [String]

    @Option(help: "Output format: json or text.")
    var format: Format = .text

    @Option(help: "Milestone engine: consensus (only where the decoder and the rules agree), decoder or rules; default: the site's `milestones` setting.")
    var engine: MilestoneEngine?

    @Flag(help: "Show, per milestone (decoder and consensus engines), the entry chosen, the features that decided and the runner-up.")
    var explain = false

    @Option(name: .customLong("site"), help: "Site folder whose debrief.yml supplies the default time zone and date order.")
    var site: String = "."

    func run() throws {
        let missing = files.filter { !FileManager.default.isReadableFile(atPath: $0) }
        for path in missing { Console.error("\(path): error: no such file, or it cannot be read") }
        if !missing.isEmpty { throw ExitCode(1) }
        var config = try SiteSettings.load(site: site)
        if let engine { config.milestoneEngine = engine }
        config.recordSignals = explain
        let loader = SourceLoader(config: config)
        let loaded = loader.load(paths: files.map { ($0, $0) }, renderBody: false)
        let incidents = loaded.map(\.incident)
        switch format {
        case .json:
            print(InspectReport.json(incidents, explain: explain), terminator: "")
            // Standard output stays pure JSON; the errors that fail the command go to standard error.
            for incident in incidents {
                for diagnostic in incident.diagnostics where diagnostic.level == .error {
                    Console.error(diagnostic.formatted(path: incident.source))
                }
            }
        case .text:
            print(incidents.map { InspectReport.text($0, explain: explain) }.joined(separator: "\n"), terminator: "")
        }
        let status = InspectReport.exitStatus(incidents)
        if status != 0 { throw ExitCode(status) }
    }
}

extension MilestoneEngine: ExpressibleByArgument {}
