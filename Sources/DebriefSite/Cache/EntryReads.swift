import Foundation

/// The full reads of postmortems a build took from the cache's summary unread: each is in
/// the postmortem's entry, read only when its page is rendered, and only when it is the entry
/// the summary names (its checksum). An entry that is gone, damaged or another is no page's
/// source: the postmortem is read again, as the read phase reads (``setReader(_:)``), and
/// must come out as the summary has it (its read and body keys) — else the build stops, the
/// summary removed, rather than publish a page the other pages do not agree with.
final class EntryReads: @unchecked Sendable {
    /// Reads the postmortem at a path (shown as a display path) again; the item is its new summary item, when it has one.
    typealias Reader = @Sendable (_ path: String, _ display: String) -> (loaded: LoadedIncident, item: SummaryItem?)

    let cache: BuildCache
    private let lock = NSLock()
    private var reader: Reader?
    /// Per postmortem read again, its new item (nil when none could be stored): a page and `incidents.json` both take it.
    private var fresh: [String: SummaryItem?] = [:]

    init(cache: BuildCache) { self.cache = cache }

    /// How postmortems are read again; the read phase sets it once it knows the site's links.
    func setReader(_ reader: @escaping Reader) { lock.withLock { self.reader = reader } }

    /// The summary items of postmortems read again, and how many were read again.
    var replaced: (items: [SummaryItem], count: Int) { lock.withLock { (fresh.values.compactMap { $0 }, fresh.count) } }

    func take(path: String, display: String, checksum: UInt64, keys: (read: UInt64, body: UInt64)) throws -> LoadedIncident {
        let named = lock.withLock { fresh[path] }.map { $0?.entryChecksum ?? 0 } ?? checksum
        if let entry = cache.entry(for: path, checksum: named) { return entry.loaded }
        guard let reader = lock.withLock({ reader }) else {
            throw IncidentSpool.Unreadable(description: "\(display): its cached read is missing and it cannot be read again")
        }
        let again = reader(path, display)
        guard IncidentSummary.keys(of: again.loaded) == keys else {
            cache.removeSummary()
            throw IncidentSpool.Unreadable(description: "\(display): changed while the site was built; nothing was published, build again")
        }
        lock.withLock { fresh[path] = .some(again.item) }
        return again.loaded
    }
}
