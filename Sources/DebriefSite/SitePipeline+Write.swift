import Foundation

/// What the render and write phases did: the paths rendered (not kept from the last
/// build's output) and how many of them were incident pages.
struct RenderedPages: Sendable {
    var paths: [String] = []
    var incidentPages = 0
}

extension SitePipeline {
    /// Plans the site, then renders and writes it; returns the pages planned and what was rendered.
    func write(_ inputs: SiteInputs, measured: SiteMeasures, session: OutputSession, reuse: inout PageReuse?,
               timings: inout BuildTimings) throws -> (planned: Int, rendered: RenderedPages) {
        let plan = timed(.plan, into: &timings) { PagePlan(measured, assets: inputs.assets, sitemap: !inputs.config.baseURL.isEmpty) }
        timings.setItems(.plan, plan.pages.count)
        let builder = SiteBuilder(config: inputs.config, renderer: inputs.renderer, assets: inputs.assets)
        var rendered = RenderedPages(), bodies = measured.bodies
        for batch in plan.batches(of: Self.batchSize) {
            let incidentPages = batch.filter(\.isKeyedByIncident), aggregates = batch.filter { !$0.isKeyedByIncident }
            let pending = try timed(.write, into: &timings) { try reused(incidentPages, measured: measured, session: session, reuse: &reuse) }
            let snapshot = bodies
            var files = try timed(.render, into: &timings) { try builder.render(pending[...], measured: measured, bodies: snapshot) }
            for page in batch { if case .incident(let index) = page { bodies[index] = "" } }
            rendered.incidentPages += pending.filter { if case .incident = $0 { true } else { false } }.count
            var keys = pending.map { page in reuse.flatMap { $0.key(of: page) } }
            let made = try aggregate(aggregates, measured: measured, builder: builder, session: session, reuse: &reuse, timings: &timings)
            files += made.map(\.file)
            keys += made.map(\.key)
            try timed(.write, into: &timings) {
                try wrapped { try session.write(files.map { ($0.path, $0.data) }) }
                for (key, file) in zip(keys, files) { reuse?.record(key: key, path: file.path, stamp: session.stamp(file.path)) }
            }
            rendered.paths += files.map(\.path)
            timings.add(.render, seconds: 0, items: files.count)
            progress(session.written + session.unchanged, plan.pages.count)
        }
        return (plan.pages.count, rendered)
    }

    /// Links the pages whose key and live file are unchanged from the last build's output; returns the others.
    func reused(_ pages: [PagePlan.Page], measured: SiteMeasures, session: OutputSession, reuse: inout PageReuse?) throws -> [PagePlan.Page] {
        var pending: [PagePlan.Page] = []
        for page in pages {
            let path = page.path(measured), key = reuse.flatMap { $0.key(of: page) }
            if let stamp = reuse?.expected(key: key, path: path), try wrapped({ try session.reuse(path, stamp: stamp) }) {
                reuse?.record(key: key, path: path, stamp: stamp)
            } else {
                pending.append(page)
            }
        }
        return pending
    }

    /// The aggregate pages of a batch: each made ready (its view built, not rendered) and keyed by what it
    /// shows; one the live output holds under the same key is linked, the others rendered. Returns those.
    func aggregate(_ pages: [PagePlan.Page], measured: SiteMeasures, builder: SiteBuilder, session: OutputSession,
                   reuse: inout PageReuse?, timings: inout BuildTimings) throws -> [(file: SiteFile, key: UInt64?)] {
        let salt = reuse?.salt
        let prepared = timed(.render, into: &timings) {
            ParallelMap.map(pages) { page in
                let ready = builder.prepare(page, measured: measured)
                return (page: page, ready: ready, key: salt.map { ready.key(salt: $0) })
            }
        }
        var pending: [(page: PagePlan.Page, ready: PreparedPage, key: UInt64?)] = []
        try timed(.write, into: &timings) {
            for item in prepared {
                if let stamp = reuse?.expected(key: item.key, path: item.ready.path), try wrapped({ try session.reuse(item.ready.path, stamp: stamp) }) {
                    reuse?.record(key: item.key, path: item.ready.path, stamp: stamp)
                } else {
                    pending.append(item)
                }
            }
        }
        return try timed(.render, into: &timings) {
            try ParallelMap.map(pending) { item in
                Result { (try item.ready.file(builder.renderer), item.key) }
                    .mapError { BuildError(.render, file: builder.source(of: item.page, measured: measured), wrapping: $0) }
            }.map { try $0.get() }
        }
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
