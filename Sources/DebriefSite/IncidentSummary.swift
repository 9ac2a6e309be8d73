import DebriefModel
import Foundation

/// What a build keeps in memory of one read postmortem once its full read is set aside
/// (``IncidentSpool``) until its page is made: all that the aggregate pages, the checks
/// over the whole site and the cache's keys use — not the body HTML, the timeline
/// entries, the section texts or the reader's explanations, which only its page and
/// `incidents.json` show, and which are read back for them.
struct IncidentSummary: Sendable {
    /// The incident as ``trimmed(_:)`` leaves it; the whole-site checks set its slug and diagnostics.
    var incident: Incident
    var images: [ContentImage]
    /// Its text in `search.json` (``SearchIndex/text(_:)`` of the untrimmed incident).
    let searchText: String
    /// The hash of every field of the incident as read, before the whole-site checks (``IncidentCoding``).
    let readKey: UInt64
    /// The hash of its body HTML.
    let bodyKey: UInt64
    /// Where its full read waits.
    let stored: IncidentSpool.Ref

    init(incident: Incident, images: [ContentImage], searchText: String, readKey: UInt64, bodyKey: UInt64, stored: IncidentSpool.Ref) {
        (self.incident, self.images, self.searchText) = (incident, images, searchText)
        (self.readKey, self.bodyKey, self.stored) = (readKey, bodyKey, stored)
    }

    /// A read's ``readKey`` and ``bodyKey``.
    static func keys(of loaded: LoadedIncident) -> (read: UInt64, body: UInt64) {
        var encoded = CacheWriter(capacity: 4096)
        IncidentCoding.write(loaded.incident, to: &encoded)
        return (StableHash.of(encoded.bytes), StableHash.of(loaded.bodyHTML))
    }

    /// Sets the full read aside in `spool` and keeps the rest.
    init(_ loaded: LoadedIncident, spool: IncidentSpool) {
        self.init(loaded) { spool.put(loaded, encoded: $0) }
    }

    /// Keeps what the aggregate pages use of `loaded`; `store` sets the full read aside (given its incident's bytes) and says where.
    init(_ loaded: LoadedIncident, store: (CacheWriter) -> IncidentSpool.Ref) {
        var encoded = CacheWriter(capacity: 4096 + loaded.bodyHTML.utf8.count)
        IncidentCoding.write(loaded.incident, to: &encoded)
        readKey = StableHash.of(encoded.bytes)
        bodyKey = StableHash.of(loaded.bodyHTML)
        searchText = SearchIndex.text(loaded.incident)
        stored = store(encoded)
        incident = Self.trimmed(loaded.incident)
        images = loaded.images
    }

    /// The incident without what no aggregate page reads: its timeline but for the entry with
    /// the earliest instant (which ``Incident/startedAt`` falls back to), its section texts
    /// (``searchText`` keeps what `search.json` shows of them) and the reader's explanations.
    static func trimmed(_ incident: Incident) -> Incident {
        var trimmed = incident
        let earliest = incident.timeline.indices.filter { incident.timeline[$0].at != nil }
            .min { incident.timeline[$0].at! < incident.timeline[$1].at! }
        trimmed.timeline = earliest.map { [incident.timeline[$0]] } ?? []
        (trimmed.summary, trimmed.rootCause, trimmed.resolution) = ("", "", "")
        (trimmed.explanations, trimmed.decisionEntries) = ([], [])
        return trimmed
    }

    /// The full read back from `spool`, with the slug and diagnostics the whole-site checks gave the summary.
    func full(from spool: IncidentSpool) throws -> LoadedIncident {
        var loaded = try spool.take(stored, readKey: readKey, bodyKey: bodyKey)
        loaded.incident.slug = incident.slug
        loaded.incident.diagnostics = incident.diagnostics
        loaded.images = images
        return loaded
    }

    /// Runs a whole-site check written for loaded incidents over summaries. The checks
    /// (``DistantDates``, ``DuplicateTitles``, ``SiteBuilder/uniqueSlugs(_:)``) keep the
    /// order and count and change only slugs and diagnostics, which is all taken back.
    static func checked(_ summaries: [IncidentSummary], by check: ([LoadedIncident]) -> [LoadedIncident]) -> [IncidentSummary] {
        let checked = check(summaries.map { LoadedIncident(incident: $0.incident, bodyHTML: "", images: $0.images) })
        precondition(checked.count == summaries.count, "a whole-site check must keep every incident")
        return zip(summaries, checked).map { summary, loaded in
            var summary = summary
            summary.incident.slug = loaded.incident.slug
            summary.incident.diagnostics = loaded.incident.diagnostics
            return summary
        }
    }
}
