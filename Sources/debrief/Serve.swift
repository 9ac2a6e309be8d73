import ArgumentParser
import DebriefSite
import Foundation

/// `debrief serve`: build, serve on loopback, rebuild and reload on every change.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site: build, serve it locally, rebuild and reload pages on every change.",
        discussion: """
        Builds the site into the output folder, serves it over HTTP (on 127.0.0.1 unless \
        --host says otherwise) and watches Content/, Templates/ and debrief.yml. After a \
        change the site is rebuilt and open pages reload themselves (server-sent events \
        from /__debrief/events; the script is added to pages as they are served, never \
        written to the output). While a build fails, pages show its errors instead of a \
        stale site. Stop with Ctrl-C.
        """
    )

    @OptionGroup var location: SiteOptions

    @Option(help: "Output folder, relative to the site folder. Replaced as a whole on every build.")
    var output: String = "Output"

    @Option(help: "The port to listen on (0: any free port).")
    var port: UInt16 = 8000

    @Option(help: "The address to listen on. Anything but loopback shares the preview with the network.")
    var host: String = "127.0.0.1"

    @Flag(help: "Show drafts (draft: true or status: draft) too.")
    var drafts = false

    @Flag(name: .shortAndLong, help: "Print notes as well as warnings and errors.")
    var verbose = false

    func run() async throws {
        let build = SiteBuild(site: location.site, content: location.content, output: output, includeDrafts: drafts)
        let watcher = PollingWatcher(roots: SitePaths.watched(site: location.site, content: location.content))
        let verbose = self.verbose
        let preview: PreviewServer
        do {
            preview = try await PreviewServer.start(build: build, host: host, port: port, watcher: watcher) { report, what in
                Self.print(report, what, verbose: verbose)
            }
        } catch let error as PreviewServer.AddressError {
            Console.error("error: \(error)")
            throw ExitCode(2)
        }
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            Console.error("warning: --host \(host): the preview is reachable from other machines")
        }
        let shownHost = host.contains(":") ? "[\(host)]" : host
        Console.error("serving \(SiteSettings.relative(build.outputPath, to: ".")) at http://\(shownHost):\(await preview.port)/ (Ctrl-C to stop)")
        await preview.wait()
    }

    /// A build's messages, then one summary line.
    static func print(_ report: SiteBuildReport, _ what: String, verbose: Bool) {
        for message in report.messages where verbose || message.level != .note { Console.error(message.text) }
        let outcome = report.stopped ? "build failed; the browser shows the errors"
            : "\(report.incidents) incident\(report.incidents == 1 ? "" : "s"), \(report.errors) error\(report.errors == 1 ? "" : "s"), \(report.warnings) warning\(report.warnings == 1 ? "" : "s")"
        Console.error("\(what): \(outcome)")
    }
}
