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
        let cache = openCache()
        let salt = CacheKeys.readSalt(version: request.version, settings: inputs.settings, site: request.site, content: request.content)
        let (everything, loaded, parsed) = timed(.read, into: &timings) { read(inputs, cache: cache, salt: salt) }
        timings.setItems(.read, everything.count)
        let measured = timed(.measure, into: &timings) { SiteMeasures(loaded: loaded, config: inputs.config) }
        timings.setItems(.measure, measured.incidents.count)
        let writer = writer(inputs)
        var reuse = timed(.measure, into: &timings) {
            cache.map { PageReuse(measured, salt: renderSalt(inputs, read: salt), last: $0.manifest(of: writer.output)) }
        }
        let plan = timed(.plan, into: &timings) { PagePlan(measured, assets: inputs.assets, sitemap: !inputs.config.baseURL.isEmpty) }
        timings.setItems(.plan, plan.pages.count)
        let session = try timed(.write, into: &timings) {
            do { return try writer.begin() } catch { throw BuildError(.write, file: inputs.outputPath, wrapping: error) }
        }
        let builder = SiteBuilder(config: inputs.config, renderer: inputs.renderer, assets: inputs.assets)
        let rendered = try write(plan, measured: measured, builder: builder, session: session, reuse: &reuse, timings: &timings)
        try timed(.write, into: &timings) {
            do { try session.finish() } catch { throw BuildError(.write, file: inputs.outputPath, wrapping: error) }
            if let cache, let reuse {
                cache.store(reuse.next)
                cache.prune(keeping: inputs.paths)
            }
        }
        timings.setItems(.write, session.written + session.unchanged)
        return BuildResult(published: measured.incidents, draftsLeftOut: everything.count - loaded.count,
                           settingsWarnings: inputs.settingsWarnings, outputPath: inputs.outputPath,
                           fileCount: session.written + session.unchanged, unchangedCount: session.unchanged, timings: timings,
                           readCount: parsed, renderedIncidentPages: rendered)
    }

    /// Renders and writes the plan in batches; a page the last build's output holds unchanged is linked instead.
    /// Returns how many incident pages were rendered.
    func write(_ plan: PagePlan, measured: SiteMeasures, builder: SiteBuilder, session: OutputSession, reuse: inout PageReuse?,
               timings: inout BuildTimings) throws -> Int {
        var bodies = measured.bodies, rendered = 0
        for batch in plan.batches(of: Self.batchSize) {
            var pending: [PagePlan.Page] = []
            try timed(.write, into: &timings) {
                for page in batch {
                    let path = page.path(measured)
                    if let stamp = reuse?.expected(page, path: path), try wrapped({ try session.reuse(path, stamp: stamp) }) {
                        reuse?.record(page, path: path, stamp: stamp)
                    } else {
                        pending.append(page)
                    }
                }
            }
            let snapshot = bodies
            let files = try timed(.render, into: &timings) { try builder.render(pending[...], measured: measured, bodies: snapshot) }
            for page in batch { if case .incident(let index) = page { bodies[index] = "" } }
            rendered += pending.filter { if case .incident = $0 { true } else { false } }.count
            try timed(.write, into: &timings) {
                try wrapped { try session.write(files.map { ($0.path, $0.data) }) }
                for (page, file) in zip(pending, files) { reuse?.record(page, path: file.path, stamp: session.stamp(file.path)) }
            }
            timings.add(.render, seconds: 0, items: files.count)
            progress(session.written + session.unchanged, plan.pages.count)
        }
        return rendered
    }

    /// A write error, naming the output folder.
    private func wrapped<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw BuildError(.write, file: DisplayPath.under(request.output, site: request.site), wrapping: error) }
    }

    func timed<T>(_ phase: BuildPhase, into timings: inout BuildTimings, _ body: () throws -> T) rethrows -> T {
        let start = clock()
        defer { timings.add(phase, seconds: clock() - start) }
        return try body()
    }

    /// Every postmortem read (from the cache when one is given and holds it), then the checks over the whole site.
    func read(_ inputs: SiteInputs, cache: BuildCache?, salt: UInt64) -> (everything: [LoadedIncident], published: [LoadedIncident], parsed: Int) {
        let paths = inputs.paths.map { (path: $0, display: DisplayPath.relative($0, to: request.site)) }
        let root = DisplayPath.under(request.content, site: request.site)
        let read: (loaded: [LoadedIncident], parsed: Int)
        if let cache {
            read = CachedRead(cache: cache, salt: salt, config: inputs.config, root: root).load(paths: paths)
        } else {
            let links = ContentLinks(root: root, postmortems: inputs.paths)
            read = (SourceLoader(config: inputs.config, links: links).load(paths: paths, renderBody: true), paths.count)
        }
        // Checks over the whole site, done here so their findings are reported with the rest (never cached).
        let everything = DistantDates.flag(read.loaded)
        let published = DuplicateTitles.flag(SiteBuilder.uniqueSlugs(Drafts.published(everything, includeDrafts: request.includeDrafts)))
        return (everything, published, read.parsed)
    }

    /// The cache of the site folder, or nil with `--no-cache` or when the folder is not Debrief's.
    func openCache() -> BuildCache? {
        guard request.useCache else { return nil }
        let cache = BuildCache(site: request.site)
        do { try cache.prepare() } catch {
            report("\(error)")
            return nil
        }
        return cache
    }

    func renderSalt(_ inputs: SiteInputs, read: UInt64) -> UInt64 {
        CacheKeys.renderSalt(read: read, includeDrafts: request.includeDrafts, overrides: inputs.overrides, assets: inputs.assets)
    }

    func writer(_ inputs: SiteInputs) -> OutputWriter {
        OutputWriter(output: inputs.outputPath, content: DisplayPath.under(request.content, site: request.site))
    }
}
