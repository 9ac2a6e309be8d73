import Foundation

/// Which planned pages the last build's output already holds: each page's key (see
/// ``CacheKeys``), the last build's manifest to look it up in, and the manifest this
/// build makes as it writes.
struct PageReuse: Sendable {
    let pageKeys: [UInt64]
    let imageKeys: [[UInt64?]]
    let siteKey: UInt64
    let last: OutputManifest
    private(set) var next: OutputManifest

    init(_ measured: SiteMeasures, salt: UInt64, last: OutputManifest) {
        let indices = Array(measured.incidents.indices)
        pageKeys = ParallelMap.map(indices) { index in
            CacheKeys.pageKey(salt: salt, incident: measured.incidents[index], body: measured.bodies[index],
                              related: measured.related.related(to: measured.incidents[index], limit: IncidentPageView.relatedLimit))
        }
        imageKeys = measured.images.map { $0.map(CacheKeys.imageKey) }
        siteKey = CacheKeys.siteKey(salt: salt, pageKeys: pageKeys, imageKeys: imageKeys)
        self.last = last
        self.next = OutputManifest(output: last.output)
    }

    func key(of page: PagePlan.Page) -> UInt64? {
        switch page {
        case .incident(let index): return pageKeys[index]
        case .image(let incident, let index): return imageKeys[incident][index]
        default: return siteKey
        }
    }

    /// The stamp the live file of `page` must still have to be reused, when the last build made it from the same key.
    func expected(_ page: PagePlan.Page, path: String) -> FileStamp? {
        guard let key = key(of: page), let old = last.pages[path], old.key == key else { return nil }
        return old.stamp
    }

    /// Notes what this build put at `path`.
    mutating func record(_ page: PagePlan.Page, path: String, stamp: FileStamp?) {
        guard let key = key(of: page), let stamp else { return }
        next.pages[path] = OutputManifest.Page(key: key, stamp: stamp)
    }
}
