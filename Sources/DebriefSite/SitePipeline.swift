import DebriefModel
import Foundation

/// The build as named phases — load → read → measure → plan → render → write —
/// each timed and each wrapping its errors with the file they concern. The CLI
/// only calls ``run()``; tests drive it the same way, without the binary.
///
/// Each postmortem's full read (body HTML, timeline) is set aside in an ``IncidentSpool``
/// as soon as it is read, and memory keeps only its ``IncidentSummary`` for the aggregate
/// pages; pages are rendered and written in small batches, each incident page from its
/// read taken back just then, so memory holds a few pages, never the whole site.
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
        let writer = writer(inputs)
        let spool = IncidentSpool(beside: (writer.output as NSString).deletingLastPathComponent, entries: cache.map(EntryReads.init))
        let read = timed(.read, into: &timings) { self.read(inputs, cache: cache, salt: salt, spool: spool) }
        timings.setItems(.read, read.all.count)
        let keyed = timed(.measure, into: &timings) {
            published(read, cache: cache, salt: renderSalt(inputs, read: salt), output: writer.output)
        }
        var reuse = keyed.reuse
        if let cache, read.changed || keyed.memo != read.memo {
            timed(.measure, into: &timings) { cache.store(CacheSummary(salt: salt, items: read.items, memo: keyed.memo)) }
        }
        let loaded = keyed.published
        var result = BuildResult(published: loaded.map(\.incident), draftsLeftOut: read.all.count - loaded.count,
                                 settingsWarnings: inputs.settingsWarnings, outputPath: inputs.outputPath, fileCount: 0, unchangedCount: 0,
                                 timings: timings, readCount: read.parsed)
        if let last = reuse?.last, timed(.write, into: &timings, { last.describesLive(writer.output, siteKey: reuse?.siteKey ?? 0) }) {
            // The live output is already what this build would write, file for file: nothing to write or swap.
            (result.fileCount, result.unchangedCount) = (last.pages.count, last.pages.count)
            timings.setItems(.write, last.pages.count)
        } else {
            let measured = timed(.measure, into: &timings) {
                SiteMeasures(summaries: loaded, spool: spool, config: inputs.config, related: keyed.related)
            }
            timings.setItems(.measure, measured.incidents.count)
            let session = try timed(.write, into: &timings) { try wrapped { try writer.begin(keepingStaging: cache != nil) } }
            let (planned, rendered) = try write(inputs, measured: measured, session: session, reuse: &reuse, timings: &timings)
            (result.renderedPaths, result.renderedIncidentPages) = (rendered.paths.sorted(), rendered.incidentPages)
            try timed(.write, into: &timings) {
                try wrapped { try session.finish() }
                if let reuse { cache?.store(reuse.finished(planned: planned)) }
            }
            timings.setItems(.write, session.written + session.unchanged)
            (result.fileCount, result.unchangedCount) = (session.written + session.unchanged, session.unchanged)
        }
        result.readCount += storeRereads(spool, read: read, memo: keyed.memo, cache: cache, salt: salt)
        if read.changed { cache?.prune(keeping: inputs.paths) }
        result.timings = timings
        return result
    }

    /// A write error, naming the output folder.
    func wrapped<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw BuildError(.write, file: DisplayPath.under(request.output, site: request.site), wrapping: error) }
    }

    func timed<T>(_ phase: BuildPhase, into timings: inout BuildTimings, _ body: () throws -> T) rethrows -> T {
        let start = clock()
        defer { timings.add(phase, seconds: clock() - start) }
        return try body()
    }

    /// Every postmortem read (from the cache when one is given and holds it), each full read set aside in `spool`
    /// (or left in the cache's entries) as it is read.
    func read(_ inputs: SiteInputs, cache: BuildCache?, salt: UInt64, spool: IncidentSpool) -> SiteRead {
        let paths = zip(inputs.paths, DisplayPath.relative(inputs.paths, to: request.site)).map { (path: $0, display: $1) }
        let root = DisplayPath.under(request.content, site: request.site)
        if let cache {
            let read = CachedRead(cache: cache, salt: salt, config: inputs.config, root: root).load(paths: paths, spool: spool)
            return SiteRead(all: read.summaries, parsed: read.parsed, items: read.items, changed: read.changed, memo: read.memo)
        }
        let links = ContentLinks(root: root, postmortems: inputs.paths)
        let loaded = SourceLoader(config: inputs.config, links: links).load(paths: paths, renderBody: true) { IncidentSummary($0, spool: spool) }
        return SiteRead(all: loaded, parsed: paths.count)
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
