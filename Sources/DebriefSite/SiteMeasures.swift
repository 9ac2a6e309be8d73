import DebriefMetrics
import DebriefModel
import Foundation

/// What the aggregate pages need, computed once per build over every published
/// incident: unique slugs, services and their incidents, related incidents and
/// the weekly digest's reports. Incident pages' body HTML waits here until written.
struct SiteMeasures: Sendable {
    let incidents: [Incident]
    /// Body HTML per incident, in the order of `incidents`.
    let bodies: [String]
    /// Services with their incident counts, most first (see ``SiteBuilder/services(_:)``).
    let services: [(String, Int)]
    /// Service page slug → indices of its incidents, in source order.
    let serviceMembers: [String: [Int]]
    let related: RelatedIncidents
    let digestWeeks: [ISOWeek]
    let digestReports: [DigestReport]
    let undatedCount: Int

    init(loaded: [LoadedIncident], config: SiteConfig) {
        let unique = SiteBuilder.uniqueSlugs(loaded)
        let incidents = unique.map(\.incident)
        self.incidents = incidents
        self.bodies = unique.map(\.bodyHTML)
        self.services = SiteBuilder.services(incidents)
        var members: [String: [Int]] = [:]
        for (index, incident) in incidents.enumerated() {
            for slug in Set(incident.services.map(ViewFactory.serviceSlug)) { members[slug, default: []].append(index) }
        }
        self.serviceMembers = members
        self.related = RelatedIncidents(incidents)
        let builder = DigestBuilder(incidents: incidents,
                                    bucketing: WeekBucketing(timeZone: config.foundationZone, weekStart: config.weekStart))
        self.digestWeeks = builder.weeks
        self.digestReports = ParallelMap.map(builder.weeks) { builder.report(for: $0, openItemLimit: DigestFacts.openItemLimit) }
        self.undatedCount = builder.undated.count
    }

    /// The incidents of one service page, in source order.
    func incidents(ofService slug: String) -> [Incident] {
        (serviceMembers[slug] ?? []).map { incidents[$0] }
    }
}
