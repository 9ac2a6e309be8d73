import DebriefModel
import Foundation

/// The first key of each aggregate page, made from its inputs before any view is built:
/// each incident stands as the hash of all its fields as the whole-site checks left it,
/// and each page hashes exactly the incidents (or digest reports) it is made from — the
/// index, the ledger, the feeds and exports all incidents; a service, severity or tag page
/// its own; a digest week its report (its week's incidents, the weeks its trend compares
/// with, the open items it ages). A page whose inputs changed gets its second key from the
/// view it would show (``PreparedPage/key(salt:)``), so an unchanged view is still kept.
struct AggregateKeys: Sendable {
    let salt: UInt64
    /// Per incident, in the measures' order.
    let incidents: [UInt64]
    /// Hashes values, with each incident by its key.
    let hasher: ValueHash
    /// Every incident's key, in order.
    let all: UInt64
    let reports: [UInt64]

    init(_ measured: SiteMeasures, salt: UInt64) {
        self.salt = salt
        incidents = ParallelMap.map(measured.incidents) { incident in
            var out = CacheWriter(capacity: 4096)
            IncidentCoding.write(incident, to: &out)
            return StableHash.of(out.bytes)
        }
        hasher = ValueHash(incidents: Dictionary(zip(measured.incidents.map(\.slug), incidents), uniquingKeysWith: { first, _ in first }))
        var hash = StableHash()
        for key in incidents { hash.combine(key) }
        all = hash.value
        let hasher = hasher
        reports = ParallelMap.map(measured.digestReports) { hasher.of($0) }
    }

    /// The page's first key (nil for an incident's page or image, keyed by ``PageReuse``).
    func key(of page: PagePlan.Page, measured: SiteMeasures) -> UInt64? {
        var hash = StableHash()
        hash.combine("inputs")
        hash.combine(salt)
        hash.combine(page.path(measured))
        switch page {
        case .incident, .image: return nil
        case .index:
            hash.combine(all)
            for counts in [measured.browse.services, measured.browse.severities, measured.browse.tags] { combine(counts, into: &hash) }
        case .facet(let facet):
            hash.combine(facet.kind.rawValue); hash.combine(facet.name)
            for index in measured.facetMembers[facet.path] ?? [] { hash.combine(incidents[index]) }
        case .services: combine(measured.services, into: &hash)
        case .ledger, .feed, .json, .csv, .search: hash.combine(all)
        case .digestWeek(let index): combine(report: index, measured, into: &hash)
        case .digestLatest: combine(report: reports.count - 1, measured, into: &hash)
        case .digestIndex, .digestFeed:
            for key in reports { hash.combine(key) }
            hash.combine(measured.undatedCount)
        case .sitemap:
            hash.combine(all)
            hash.combine(measured.digestReports.count)
        case .metrics, .asset, .gitkeep: break
        }
        return hash.value
    }

    private func combine(report index: Int, _ measured: SiteMeasures, into hash: inout StableHash) {
        hash.combine(reports[index])
        for week in measured.digestWeeks { hash.combine(week.description) }
    }

    private func combine(_ counts: [(String, Int)], into hash: inout StableHash) {
        hash.combine(counts.count)
        for (name, count) in counts { hash.combine(name); hash.combine(count) }
    }
}
