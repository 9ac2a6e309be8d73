import DebriefMetrics
import DebriefModel
import Foundation

/// What the aggregate pages need, computed once per build over every published
/// incident: unique slugs, services and their incidents, related incidents and
/// the weekly digest's reports. Each incident's full read (body HTML, timeline) waits in
/// `store` until its page is made; `incidents` may be summaries (``IncidentSummary``).
struct SiteMeasures: Sendable {
    let incidents: [Incident]
    /// The full read of each incident, in the order of `incidents`.
    let store: IncidentStore
    /// Each incident's text in `search.json`, in the order of `incidents`.
    let searchTexts: [String]
    /// Images to copy beside each incident's page, in the order of `incidents`.
    let images: [[ContentImage]]
    /// Services with their incident counts, most first (see ``SiteBuilder/services(_:)``).
    let services: [(String, Int)]
    /// Services, severities and tags with their counts, for the index and the facet pages.
    let browse: IndexPageView.Browse
    /// A facet page's path → indices of its incidents, in source order.
    let facetMembers: [String: [Int]]
    let ledger: ActionLedger
    let ledgerAsOf: (instant: Date, week: ISOWeek)?
    let related: RelatedIncidents
    let digestWeeks: [ISOWeek]
    /// One report per digest week, made the first time a page asks (a build whose digest pages are all kept makes none).
    var digestReports: [DigestReport] { digest.reports }
    private let digest: LazyDigestReports
    let undatedCount: Int

    /// `related`, when given, is the index over these same incidents, built once by the caller.
    init(loaded: [LoadedIncident], config: SiteConfig, related: RelatedIncidents? = nil) {
        let unique = SiteBuilder.uniqueSlugs(loaded)
        self.init(incidents: unique.map(\.incident), images: unique.map(\.images), store: .memory(unique),
                  searchTexts: unique.map { SearchIndex.text($0.incident) }, config: config, related: related)
    }

    /// Measures over summaries whose full reads are in `spool` (their slugs already unique, the whole-site checks applied).
    init(summaries: [IncidentSummary], spool: IncidentSpool, config: SiteConfig, related: RelatedIncidents? = nil) {
        self.init(incidents: summaries.map(\.incident), images: summaries.map(\.images), store: .spooled(spool, summaries),
                  searchTexts: summaries.map(\.searchText), config: config, related: related)
    }

    private init(incidents: [Incident], images: [[ContentImage]], store: IncidentStore, searchTexts: [String], config: SiteConfig,
                 related: RelatedIncidents?) {
        self.incidents = incidents
        self.store = store
        self.searchTexts = searchTexts
        self.images = images
        self.services = SiteBuilder.services(incidents)
        self.browse = IndexPageView.Browse(services: services, severities: SiteBuilder.counts(incidents, .severity),
                                           tags: SiteBuilder.counts(incidents, .tag))
        // One pass over the incidents for every facet page (not a filter of all incidents per page).
        var members: [String: [Int]] = [:]
        var paths: [PageFacet.Kind: [String: String]] = [:]  // each distinct value's page path, worked out once
        for (index, incident) in incidents.enumerated() {
            for kind in PageFacet.Kind.allCases {
                let found = PageFacet.values(of: incident, kind: kind).map { value in
                    if let path = paths[kind]?[value] { return path }
                    let path = PageFacet(kind, value).path
                    paths[kind, default: [:]][value] = path
                    return path
                }
                for path in Set(found) { members[path, default: []].append(index) }
            }
        }
        self.facetMembers = members
        self.ledgerAsOf = SiteBuilder.ledgerAsOf(incidents, config: config)
        self.related = related ?? RelatedIncidents(incidents)
        let builder = DigestBuilder(incidents: incidents,
                                    bucketing: WeekBucketing(timeZone: config.foundationZone, weekStart: config.weekStart))
        self.ledger = builder.ledger  // the ledger of these same incidents
        self.digestWeeks = builder.weeks
        self.digest = LazyDigestReports(builder)
        self.undatedCount = builder.undated.count
    }

    /// The incidents of one facet page, in source order.
    func incidents(of facet: PageFacet) -> [Incident] {
        (facetMembers[facet.path] ?? []).map { incidents[$0] }
    }
}

/// A digest builder's report for every week, made once, on first use, from any thread.
final class LazyDigestReports: @unchecked Sendable {
    private let builder: DigestBuilder
    private let lock = NSLock()
    private var made: [DigestReport]?

    init(_ builder: DigestBuilder) { self.builder = builder }

    var reports: [DigestReport] {
        lock.withLock {
            if let made { return made }
            let builder = builder
            let reports = ParallelMap.map(builder.weeks) { builder.report(for: $0, openItemLimit: DigestFacts.openItemLimit) }
            made = reports
            return reports
        }
    }
}
