import Foundation

/// What the render and write phases did: the paths rendered (not kept from the last
/// build's output) and how many of them were incident pages.
struct RenderedPages: Sendable {
    var paths: [String] = []
    var incidentPages = 0
}

extension SitePipeline {
    /// Aggregate pages whose views are built at once (one per core of this machine).
    static let viewBatchSize = 2

    /// Plans the site, then renders and writes it; returns the pages planned and what was rendered.
    func write(_ inputs: SiteInputs, measured: SiteMeasures, session: OutputSession, reuse: inout PageReuse?,
               timings: inout BuildTimings) throws -> (planned: Int, rendered: RenderedPages) {
        let plan = timed(.plan, into: &timings) { PagePlan(measured, assets: inputs.assets, sitemap: !inputs.config.baseURL.isEmpty) }
        timings.setItems(.plan, plan.pages.count)
        let builder = SiteBuilder(config: inputs.config, renderer: inputs.renderer, assets: inputs.assets)
        let inputKeys = timed(.measure, into: &timings) { reuse.map { AggregateKeys(measured, incidents: $0.incidentKeys, config: inputs.config, salt: $0.salt) } }
        var rendered = RenderedPages()
        for batch in plan.batches(of: Self.batchSize) {
            let incidentPages = batch.filter(\.isKeyedByIncident), aggregates = batch.filter { !$0.isKeyedByIncident }
            let pending = try timed(.write, into: &timings) { try reused(incidentPages, measured: measured, session: session, reuse: &reuse) }
            // Each incident page's full read is taken back from the spool here, and let go once the batch is written.
            var files = try timed(.render, into: &timings) { try builder.render(pending[...], measured: measured) }
            rendered.incidentPages += pending.filter { if case .incident = $0 { true } else { false } }.count
            var keys = pending.map { page in (key: reuse.flatMap { $0.key(of: page) }, view: UInt64(0)) }
            var made: [(file: SiteFile, key: UInt64?, view: UInt64)] = []
            // Two at a time: a boxed view of a long index weighs more than its page.
            for start in stride(from: 0, to: aggregates.count, by: Self.viewBatchSize) {
                made += try aggregate(Array(aggregates[start..<min(start + Self.viewBatchSize, aggregates.count)]), measured: measured,
                                      keys: inputKeys, builder: builder, session: session, reuse: &reuse, timings: &timings)
            }
            files += made.map(\.file)
            keys += made.map { ($0.key, $0.view) }
            try timed(.write, into: &timings) {
                try wrapped { try session.write(files.map { ($0.path, $0.data) }) }
                for (key, file) in zip(keys, files) { reuse?.record(key: key.key, view: key.view, path: file.path, stamp: session.stamp(file.path)) }
            }
            rendered.paths += files.map(\.path)
            timings.add(.render, seconds: 0, items: files.count)
            progress(session.written + session.unchanged, plan.pages.count)
        }
        return (plan.pages.count, rendered)
    }

    /// Links the pages whose key and live file are unchanged from the last build's output; returns the others.
    func reused(_ pages: [PagePlan.Page], measured: SiteMeasures, session: OutputSession, reuse: inout PageReuse?) throws -> [PagePlan.Page] {
        try pages.filter { page in
            let path = page.path(measured), key = reuse.flatMap { $0.key(of: page) }
            return try !kept(path, stamp: reuse?.expected(key: key, path: path), key: key, view: 0, session: session, reuse: &reuse)
        }
    }

    /// The aggregate pages of a batch. One whose inputs are unchanged (``AggregateKeys``) is linked from
    /// the live output with nothing built; the others have their view built, and one whose view is
    /// unchanged is linked too. Returns the rest, rendered, with their keys.
    func aggregate(_ pages: [PagePlan.Page], measured: SiteMeasures, keys: AggregateKeys?, builder: SiteBuilder, session: OutputSession,
                   reuse: inout PageReuse?, timings: inout BuildTimings) throws -> [(file: SiteFile, key: UInt64?, view: UInt64)] {
        let changed = try timed(.write, into: &timings) {
            try pages.map { (page: $0, key: keys?.key(of: $0, measured: measured)) }.filter { item in
                let path = item.page.path(measured), view = reuse?.lastView(key: item.key, path: path) ?? 0
                return try !kept(path, stamp: reuse?.expected(key: item.key, path: path), key: item.key, view: view, session: session, reuse: &reuse)
            }
        }
        let salt = reuse?.salt
        let prepared = try timed(.render, into: &timings) {
            try ParallelMap.map(changed) { item in
                Result {
                    let ready = try builder.prepare(item.page, measured: measured)
                    return (page: item.page, ready: ready, key: item.key, view: salt.map { ready.key(salt: $0) } ?? UInt64(0))
                }.mapError { BuildError(.render, file: builder.source(of: item.page, measured: measured), wrapping: $0) }
            }.map { try $0.get() }
        }
        let pending = try timed(.write, into: &timings) {
            try prepared.filter { item in
                try !kept(item.ready.path, stamp: reuse?.expected(view: item.view, path: item.ready.path), key: item.key, view: item.view,
                          session: session, reuse: &reuse)
            }
        }
        return try timed(.render, into: &timings) {
            try ParallelMap.map(pending) { item in
                Result { (try item.ready.file(builder.renderer), item.key, item.view) }
                    .mapError { BuildError(.render, file: builder.source(of: item.page, measured: measured), wrapping: $0) }
            }.map { try $0.get() }
        }
    }

    /// True when the live file at `path` still has `stamp` (the last build made it from the same key) and was linked into the staging folder.
    func kept(_ path: String, stamp: FileStamp?, key: UInt64?, view: UInt64, session: OutputSession, reuse: inout PageReuse?) throws -> Bool {
        guard let stamp, try wrapped({ try session.reuse(path, stamp: stamp) }) else { return false }
        reuse?.record(key: key, view: view, path: path, stamp: stamp)
        return true
    }
}

extension PagePlan.Page {
    /// An incident's page or image: keyed by the incident before anything is made (see ``PageReuse``).
    var isKeyedByIncident: Bool {
        switch self {
        case .incident, .image: return true
        default: return false
        }
    }
}
