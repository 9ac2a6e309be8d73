import DebriefModel
import Foundation

/// Where each published incident's full read — for its page and `incidents.json` — waits,
/// in the order of the measures' incidents.
enum IncidentStore: Sendable {
    /// Kept whole in memory (a site made at once, as ``SiteBuilder/files(for:)`` makes it).
    case memory([LoadedIncident])
    /// Set aside in a spool, as the build does; each summary says where its read is.
    case spooled(IncidentSpool, [IncidentSummary])

    /// The full read of the incident at `index`, as the whole-site checks left it.
    func loaded(_ index: Int) throws -> LoadedIncident {
        switch self {
        case .memory(let loaded): return loaded[index]
        case .spooled(let spool, let summaries): return try summaries[index].full(from: spool)
        }
    }
}
