import DebriefModel
import DebriefReader
import DebriefMetrics

/// Incidents that share a service, newest first, indexed once per build so each
/// incident page finds its related incidents without scanning every incident.
public struct RelatedIncidents: Sendable {
    /// Rows of each service's incidents, newest first, with their global rank.
    private let byService: [String: [(rank: Int, slug: String, row: IncidentRow)]]

    public init(_ incidents: [Incident]) {
        var byService: [String: [(rank: Int, slug: String, row: IncidentRow)]] = [:]
        for (rank, incident) in ViewFactory.newestFirst(incidents).enumerated() {
            let row = ViewFactory.row(incident, root: "../../")
            for service in Set(incident.services) {
                byService[service, default: []].append((rank, incident.slug, row))
            }
        }
        self.byService = byService
    }

    /// Up to `limit` other incidents sharing a service with `incident`, newest first.
    public func related(to incident: Incident, limit: Int) -> [IncidentRow] {
        var seen: Set<String> = [incident.slug]
        var picked: [(rank: Int, row: IncidentRow)] = []
        for service in Set(incident.services) {
            var taken = 0
            for entry in byService[service] ?? [] where taken < limit {
                guard seen.insert(entry.slug).inserted else { continue }
                picked.append((entry.rank, entry.row))
                taken += 1
            }
        }
        return picked.sorted { $0.rank < $1.rank }.prefix(limit).map(\.row)
    }
}
