import DebriefMetrics
import DebriefModel
import Foundation

/// The first key of each aggregate page, made from its inputs before any view is built or
/// any digest report made: each incident stands as the hash of all its fields as the
/// whole-site checks left it, and each page hashes exactly the incidents it is made from —
/// the index, the ledger, the feeds and exports all of them; a service, severity or tag page
/// its own. A digest week's report reads only incidents started before the week ends (its
/// week, the twelve its trend and chart compare with, the open items it ages), so its key is
/// those incidents in the digest's order, and the undated ones. A page whose inputs changed
/// gets its second key from the view it would show (``PreparedPage/key(salt:)``).
struct AggregateKeys: Sendable {
    let salt: UInt64
    /// Per incident, in the measures' order.
    let incidents: [UInt64]
    /// Every incident's key, in order.
    let all: UInt64
    /// Per digest week (the measures' `digestWeeks`).
    let weeks: [UInt64]

    /// `incidents`: ``CacheKeys/incidentKey(read:slug:diagnostics:)`` of each of the measures' incidents, in order.
    init(_ measured: SiteMeasures, incidents: [UInt64], config: SiteConfig, salt: UInt64) {
        self.salt = salt
        self.incidents = incidents
        var hash = StableHash()
        for key in incidents { hash.combine(key) }
        all = hash.value
        weeks = Self.weekKeys(measured, incidents: incidents, bucketing: WeekBucketing(timeZone: config.foundationZone, weekStart: config.weekStart))
    }

    /// For each digest week, the keys of the incidents started before its end, oldest first (the
    /// digest's order: start, then slug), the undated incidents' keys and every week of the digest.
    static func weekKeys(_ measured: SiteMeasures, incidents keys: [UInt64], bucketing: WeekBucketing) -> [UInt64] {
        let all = measured.incidents, starts = all.map(\.startedAt)  // each start worked out once, not per comparison
        let dated = all.indices.filter { starts[$0] != nil }.sorted { a, b in
            (starts[a]!, all[a].slug, all[a].title) < (starts[b]!, all[b].slug, all[b].title)
        }
        var hash = StableHash()
        for index in all.indices where starts[index] == nil { hash.combine(keys[index]) }
        for week in measured.digestWeeks { hash.combine(week.description) }
        var next = 0
        return measured.digestWeeks.map { week in
            let end = bucketing.end(of: week)
            while next < dated.count, starts[dated[next]]! < end {
                hash.combine(keys[dated[next]])
                next += 1
            }
            return hash.value
        }
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
        case .ledger, .feed, .json, .csv, .search, .sitemap: hash.combine(all)
        case .digestWeek(let index): hash.combine(weeks[index])
        case .digestLatest, .digestIndex, .digestFeed:
            hash.combine(weeks.last ?? 0)
            hash.combine(measured.undatedCount)
        case .metrics, .asset, .gitkeep: break
        }
        return hash.value
    }

    private func combine(_ counts: [(String, Int)], into hash: inout StableHash) {
        hash.combine(counts.count)
        for (name, count) in counts { hash.combine(name); hash.combine(count) }
    }
}
