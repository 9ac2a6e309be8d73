import Foundation

/// What the read phase made: every postmortem's summary in path order (before the checks over the
/// whole site) and, through the cache, the items of the next cache summary and the last build's memo.
struct SiteRead: Sendable {
    var all: [IncidentSummary]
    /// Files parsed rather than taken from the cache.
    var parsed: Int
    var items: [SummaryItem] = []
    /// True when `items` differ from the cache summary's (then it is stored again).
    var changed = false
    var memo: SiteMemo? = nil
}

extension SitePipeline {
    /// The published incidents, the checks over the whole site applied (their findings are reported every build),
    /// and with a cache their pages' keys: both taken from the last build's memo when the reads are the ones it was
    /// made from, else worked out and memoized anew. `related` is nil when taken from the memo.
    func published(_ read: SiteRead, cache: BuildCache?, salt: UInt64, output: String)
        -> (published: [IncidentSummary], reuse: PageReuse?, related: RelatedIncidents?, memo: SiteMemo?) {
        let key = SiteMemo.key(salt: salt, summaries: read.all)
        if let cache, let memo = read.memo, let published = memo.published(from: read.all, key: key) {
            let reuse = PageReuse(published, incidentKeys: memo.incidentKeys, pageKeys: memo.pageKeys, salt: salt, last: cache.manifest(of: output))
            return (published, reuse, nil, memo)
        }
        let (published, indices) = Self.checked(read.all, includeDrafts: request.includeDrafts)
        let related = RelatedIncidents(published.map(\.incident))
        guard let cache else { return (published, nil, related, nil) }
        let reuse = PageReuse(published, related: related, salt: salt, last: cache.manifest(of: output))
        return (published, reuse, related, SiteMemo(key: key, all: read.all, published: published, indices: indices, reuse: reuse))
    }

    /// The checks over the whole site — distant dates, drafts left out, unique slugs, duplicate titles — over every
    /// read: the published summaries and their indices in `all`.
    static func checked(_ all: [IncidentSummary], includeDrafts: Bool) -> (published: [IncidentSummary], indices: [Int]) {
        let everything = DistantDates.flag(all.map { LoadedIncident(incident: $0.incident, bodyHTML: "", images: $0.images) })
        let indices = includeDrafts ? Array(everything.indices) : everything.indices.filter { !everything[$0].incident.isDraft }
        let checked = DuplicateTitles.flag(SiteBuilder.uniqueSlugs(indices.map { everything[$0] }))
        precondition(checked.count == indices.count, "a whole-site check must keep every incident")
        // The checks change only slugs and diagnostics (``IncidentSummary/checked(_:by:)``): taken back into the summaries.
        let published = zip(indices, checked).map { index, loaded in
            var summary = all[index]
            summary.incident.slug = loaded.incident.slug
            summary.incident.diagnostics = loaded.incident.diagnostics
            return summary
        }
        return (published, indices)
    }

    /// Postmortems read again for their pages (their entries gone or damaged): their new items go into the
    /// cache summary. Returns how many were read again.
    func storeRereads(_ spool: IncidentSpool, read: SiteRead, memo: SiteMemo?, cache: BuildCache?, salt: UInt64) -> Int {
        guard let cache, let replaced = spool.entries?.replaced, replaced.count > 0 else { return 0 }
        let fresh = Dictionary(replaced.items.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
        cache.store(CacheSummary(salt: salt, items: read.items.map { fresh[$0.path] ?? $0 }, memo: memo))
        return replaced.count
    }
}
