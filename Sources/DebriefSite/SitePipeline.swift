import DebriefModel
import Foundation

/// The build as named phases — load → read → measure → plan → render → write —
/// each timed and each wrapping its errors with the file they concern. The CLI
/// only calls ``run()``; tests drive it the same way, without the binary.
///
/// Pages are rendered and written in small batches as they are made, so memory
/// holds incidents and the body HTML not yet written, never the whole site.
public struct SitePipeline: Sendable {
    public var request: BuildRequest
    /// Receives messages as they arise (settings diagnostics, skipped files), one line each.
    public var report: @Sendable (String) -> Void
    /// Seconds on a monotonic clock, for the phase timings.
    public var clock: @Sendable () -> Double
    /// Called as pages are written: (pages written so far, pages planned). For a progress bar.
    public var progress: @Sendable (Int, Int) -> Void = { _, _ in }

    /// Pages rendered before they are written, together.
    static let batchSize = 32

    public init(request: BuildRequest, report: @escaping @Sendable (String) -> Void = { _ in },
                clock: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }) {
        self.request = request
        self.report = report
        self.clock = clock
    }

    public func run() throws -> BuildResult {
        var timings = BuildTimings()
        let inputs = try timed(.load, into: &timings) { try load() }
        timings.setItems(.load, inputs.paths.count)
        let (everything, loaded) = timed(.read, into: &timings) { read(inputs) }
        timings.setItems(.read, everything.count)
        let measured = timed(.measure, into: &timings) { SiteMeasures(loaded: loaded, config: inputs.config) }
        timings.setItems(.measure, measured.incidents.count)
        let plan = timed(.plan, into: &timings) { PagePlan(measured, assets: inputs.assets, sitemap: !inputs.config.baseURL.isEmpty) }
        timings.setItems(.plan, plan.pages.count)
        let session = try timed(.write, into: &timings) {
            do { return try writer(inputs).begin() } catch { throw BuildError(.write, file: inputs.outputPath, wrapping: error) }
        }
        let builder = SiteBuilder(config: inputs.config, renderer: inputs.renderer, assets: inputs.assets)
        var bodies = measured.bodies
        for batch in plan.batches(of: Self.batchSize) {
            let snapshot = bodies
            let files = try timed(.render, into: &timings) { try builder.render(batch, measured: measured, bodies: snapshot) }
            for page in batch { if case .incident(let index) = page { bodies[index] = "" } }
            try timed(.write, into: &timings) {
                do { try session.write(files.map { ($0.path, $0.data) }) } catch { throw BuildError(.write, file: inputs.outputPath, wrapping: error) }
            }
            timings.add(.render, seconds: 0, items: files.count)
            progress(session.written + session.unchanged, plan.pages.count)
        }
        try timed(.write, into: &timings) {
            do { try session.finish() } catch { throw BuildError(.write, file: inputs.outputPath, wrapping: error) }
        }
        timings.setItems(.write, session.written + session.unchanged)
        return BuildResult(published: measured.incidents, draftsLeftOut: everything.count - loaded.count,
                           settingsWarnings: inputs.settingsWarnings, outputPath: inputs.outputPath,
                           fileCount: session.written + session.unchanged, unchangedCount: session.unchanged, timings: timings)
    }

    func timed<T>(_ phase: BuildPhase, into timings: inout BuildTimings, _ body: () throws -> T) rethrows -> T {
        let start = clock()
        defer { timings.add(phase, seconds: clock() - start) }
        return try body()
    }

    func read(_ inputs: SiteInputs) -> (everything: [LoadedIncident], published: [LoadedIncident]) {
        let paths = inputs.paths.map { (path: $0, display: DisplayPath.relative($0, to: request.site)) }
        let links = ContentLinks(root: DisplayPath.under(request.content, site: request.site), postmortems: inputs.paths)
        let everything = DistantDates.flag(SourceLoader(config: inputs.config, links: links).load(paths: paths, renderBody: true))
        // Checks over the whole site, done here so their findings are reported with the rest.
        let published = DuplicateTitles.flag(SiteBuilder.uniqueSlugs(Drafts.published(everything, includeDrafts: request.includeDrafts)))
        return (everything, published)
    }

    func writer(_ inputs: SiteInputs) -> OutputWriter {
        OutputWriter(output: inputs.outputPath, content: DisplayPath.under(request.content, site: request.site))
    }
}
