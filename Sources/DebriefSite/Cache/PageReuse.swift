import Foundation

/// Which planned pages the last build's output already holds: each page's key (see
/// ``CacheKeys``), the last build's manifest to look it up in, and the manifest this
/// build makes as it writes.
struct PageReuse: Sendable {
    /// Per published incident: the hash of all its fields (``CacheKeys/incidentKey(read:slug:diagnostics:)``), and its page's key.
    let incidentKeys: [UInt64]
    let pageKeys: [UInt64]
    let imageKeys: [[UInt64?]]
    let siteKey: UInt64
    /// The render salt, which every aggregate page's key starts from.
    let salt: UInt64
    let last: OutputManifest
    private(set) var next: OutputManifest

    /// Keys for the published incidents (unique slugs, whole-site checks applied) and the last build's manifest.
    init(_ summaries: [IncidentSummary], related: RelatedIncidents, salt: UInt64, last: OutputManifest) {
        let incidentKeys = ParallelMap.map(summaries) {
            CacheKeys.incidentKey(read: $0.readKey, slug: $0.incident.slug, diagnostics: $0.incident.diagnostics)
        }
        let pageKeys = ParallelMap.map(Array(summaries.indices)) { index in
            let item = summaries[index]
            return CacheKeys.pageKey(salt: salt, incident: incidentKeys[index], body: item.bodyKey,
                              related: related.related(to: item.incident, limit: IncidentPageView.relatedLimit))
        }
        self.init(summaries, incidentKeys: incidentKeys, pageKeys: pageKeys, salt: salt, last: last)
    }

    /// The same with the incidents' and pages' keys given (a build's ``SiteMemo`` keeps them); images are keyed anew.
    init(_ summaries: [IncidentSummary], incidentKeys: [UInt64], pageKeys: [UInt64], salt: UInt64, last: OutputManifest) {
        self.incidentKeys = incidentKeys
        self.pageKeys = pageKeys
        imageKeys = summaries.map { $0.images.map(CacheKeys.imageKey) }
        siteKey = CacheKeys.siteKey(salt: salt, pageKeys: pageKeys, imageKeys: imageKeys)
        self.salt = salt
        self.last = last
        self.next = OutputManifest(output: last.output)
        next.siteKey = siteKey
    }

    /// The key of an incident's page or image (aggregate pages are keyed by ``AggregateKeys``, then ``PreparedPage/key(salt:)``).
    func key(of page: PagePlan.Page) -> UInt64? {
        switch page {
        case .incident(let index): return pageKeys[index]
        case .image(let incident, let index): return imageKeys[incident][index]
        default: return nil
        }
    }

    /// The stamp the live file at `path` must still have to be reused, when the last build made it from the same key.
    func expected(key: UInt64?, path: String) -> FileStamp? {
        guard let key, let old = last.pages[path], old.key == key else { return nil }
        return old.stamp
    }

    /// The same for an aggregate page whose inputs changed, by the key of the view it shows.
    func expected(view: UInt64, path: String) -> FileStamp? {
        guard let old = last.pages[path], old.view == view, view != 0 else { return nil }
        return old.stamp
    }

    /// The view key the last build recorded for `path`, when its key was `key` (kept as the page is kept).
    func lastView(key: UInt64?, path: String) -> UInt64 {
        guard let key, let old = last.pages[path], old.key == key else { return 0 }
        return old.view
    }

    /// Notes what this build put at `path`.
    mutating func record(key: UInt64?, view: UInt64 = 0, path: String, stamp: FileStamp?) {
        guard let key, let stamp else { return }
        next.pages[path] = OutputManifest.Page(key: key, view: view, stamp: stamp)
    }

    /// The manifest to store once the output is swapped in: complete when every planned file is in it.
    func finished(planned: Int) -> OutputManifest {
        var manifest = next
        manifest.complete = manifest.pages.count == planned
        return manifest
    }
}
