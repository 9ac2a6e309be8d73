import DebriefModel
import Foundation

/// One postmortem in the cache's summary (``CacheSummary``): what a build keeps of its read
/// (an ``IncidentSummary`` but for where the full read waits: in its ``CacheEntry``, whose
/// checksum is recorded), and under what it was read, as in the entry — its path, the hash,
/// size and stamp of its bytes, its page slug for other postmortems' links and what it took
/// from other files. A build takes it with neither the postmortem nor its entry read; the
/// entry is read only when the incident's page is rendered.
struct SummaryItem: Sendable, Equatable {
    var path: String
    var display: String
    var contentHash: UInt64
    var contentSize: Int
    var stamp: FileStamp?
    var recordedAt: Double
    /// The slug other postmortems' links to this one use (``IncidentReader/slug(stated:path:)``).
    var linkSlug: String
    var dependencies: ReadDependencies
    /// The checksum of the entry holding the full read (``CacheFrame/checksum(_:)``).
    var entryChecksum: UInt64
    /// The incident as ``IncidentSummary/trimmed(_:)`` left it, before the whole-site checks.
    var incident: Incident
    var searchText: String
    var readKey: UInt64
    var bodyKey: UInt64

    /// The item of a read kept as `summary` (before the whole-site checks), its entry sealed with `entryChecksum`.
    init(_ summary: IncidentSummary, path: String, display: String, contentHash: UInt64, contentSize: Int, stamp: FileStamp?,
         recordedAt: Double, linkSlug: String, dependencies: ReadDependencies, entryChecksum: UInt64) {
        (self.path, self.display, self.contentHash, self.contentSize) = (path, display, contentHash, contentSize)
        (self.stamp, self.recordedAt, self.linkSlug) = (stamp, recordedAt, linkSlug)
        (self.dependencies, self.entryChecksum) = (dependencies, entryChecksum)
        (incident, searchText, readKey, bodyKey) = (summary.incident, summary.searchText, summary.readKey, summary.bodyKey)
    }

    /// What a build keeps of it: its full read left in its entry.
    var summary: IncidentSummary {
        IncidentSummary(incident: incident, images: dependencies.images, searchText: searchText, readKey: readKey, bodyKey: bodyKey,
                        stored: .entry(path: path, display: display, checksum: entryChecksum))
    }

    /// True when the file has the stamp recorded when it was read, and that stamp was old enough then to be trusted.
    func trusts(_ current: FileStamp?) -> Bool { CacheEntry.trusts(current, stamp: stamp, recordedAt: recordedAt) }

    func write(to out: inout CacheWriter) {
        out.write(path)
        out.write(display)
        out.write(contentHash)
        out.write(contentSize)
        out.write(stamp) { $1.write(to: &$0) }
        out.write(recordedAt)
        out.write(linkSlug)
        IncidentCoding.write(dependencies, to: &out)
        out.write(entryChecksum)
        IncidentCoding.write(incident, to: &out)
        out.write(searchText)
        out.write(readKey)
        out.write(bodyKey)
    }

    init(_ input: inout CacheReader) throws {
        path = try input.string()
        display = try input.string()
        contentHash = try input.uint64()
        contentSize = try input.int()
        stamp = try input.optional { try FileStamp.read(&$0) }
        recordedAt = try input.double()
        linkSlug = try input.string()
        dependencies = try IncidentCoding.dependencies(&input)
        entryChecksum = try input.uint64()
        incident = try IncidentCoding.read(&input)
        searchText = try input.string()
        readKey = try input.uint64()
        bodyKey = try input.uint64()
    }
}
