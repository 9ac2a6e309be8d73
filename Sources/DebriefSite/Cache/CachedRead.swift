import DebriefModel
import DebriefReader
import Foundation

/// The read phase through the cache. The summary (``CacheSummary``) is read once; a
/// postmortem whose item in it still holds — the file keeps a trusted stamp, or its bytes
/// hash the same — and whose ``ReadDependencies`` still hold is taken from it, neither the
/// file nor its entry read (the entry waits for its page: ``EntryReads``). A file the summary
/// lacks is matched against its entry, as before there was a summary. The others are read
/// as ``SourceLoader`` always reads them, from the same bytes that were hashed, and their
/// entries stored. Checks over the whole site run on the result (``SitePipeline``).
struct CachedRead: Sendable {
    var cache: BuildCache
    var salt: UInt64
    var config: SiteConfig
    /// The content folder, for ``ContentLinks``.
    var root: String
    var fileSystem: FileSystem = .disk
    /// A postmortem's stamp, and the wall clock (seconds since 1970), for the unread check of ``SummaryItem/trusts(_:)``.
    var stamp: @Sendable (String) -> FileStamp? = { FileStamp(path: $0) }
    var now: @Sendable () -> Double = { Date().timeIntervalSince1970 }

    /// One file's bytes and hash, and its summary item when that was read from the same bytes.
    struct Probe: Sendable {
        var path: String
        var display: String
        var data: Data?
        var hash: UInt64
        var item: SummaryItem?
        /// The file's stamp before its bytes were read, and when that was.
        var stamp: FileStamp? = nil
        var time: Double = 0
        /// True when `item` is not the summary's as it was (made from the entry, or stamped anew).
        var changed = false
    }

    /// What the read phase made: every postmortem's summary in the order of the paths, the items of the
    /// next summary, how many files were parsed, whether the items differ from the summary's, and its memo.
    struct Outcome: Sendable {
        var summaries: [IncidentSummary]
        var items: [SummaryItem]
        var parsed: Int
        var changed: Bool
        var memo: SiteMemo?
    }

    /// Reads `paths`; a full read made here goes to `spool`, whose entries (when it has them) can read a postmortem again.
    func load(paths: [(path: String, display: String)], spool: IncidentSpool) -> Outcome {
        let last = cache.summary().flatMap { $0.salt == salt ? $0 : nil }
        let known = last?.byPath ?? [:]
        let probes = ParallelMap.map(paths.map { [$0.path, $0.display] }) { probe($0[0], display: $0[1], item: known[$0[0]]) }
        let links = contentLinks(probes)
        spool.entries?.setReader { path, display in reread(path, display: display, links: links) }
        let results = ParallelMap.map(probes) { probe -> (summary: IncidentSummary, item: SummaryItem?, parsed: Bool, changed: Bool) in
            if let item = probe.item, holds(item, links: links) { return (item.summary, item, false, probe.changed) }
            let read = read(probe, links: links) { IncidentSummary($0, spool: spool) }
            return (read.summary, read.item, true, true)
        }
        let items = results.compactMap(\.item)
        let changed = last == nil || items.count != last?.items.count || results.contains(where: \.changed)
        return Outcome(summaries: results.map(\.summary), items: items, parsed: results.filter(\.parsed).count, changed: changed, memo: last?.memo)
    }

    /// The file's item when it still holds: taken unread when the file keeps a trusted stamp, else when its bytes
    /// hash the same (then stamped anew, so the next build need not read them); else made from its entry when that
    /// was read from the same bytes.
    func probe(_ path: String, display: String, item: SummaryItem?) -> Probe {
        let time = now(), stamp = stamp(path)
        let item = item.flatMap { $0.display == display ? $0 : nil }
        if let item, item.trusts(stamp) {
            return Probe(path: path, display: display, data: nil, hash: item.contentHash, item: item, stamp: stamp, time: time)
        }
        guard let data = try? fileSystem.read(path) else { return Probe(path: path, display: display, data: nil, hash: 0, item: nil) }
        let hash = StableHash.of(data)
        if var item, item.contentHash == hash, item.contentSize == data.count {
            let restamp = stamp != nil && (stamp != item.stamp || !item.trusts(stamp))
            if restamp { (item.stamp, item.recordedAt) = (stamp, time) }
            return Probe(path: path, display: display, data: nil, hash: hash, item: item, stamp: stamp, time: time, changed: restamp)
        }
        if let (entry, checksum) = cache.sealedEntry(for: path), entry.matches(salt: salt, path: path, display: display, hash: hash, size: data.count) {
            let summary = IncidentSummary(entry.loaded) { _ in .entry(path: path, display: display, checksum: checksum) }
            let item = SummaryItem(summary, path: path, display: display, contentHash: hash, contentSize: data.count, stamp: stamp, recordedAt: time,
                                   linkSlug: IncidentReader.slug(stated: entry.statedSlug, path: path), dependencies: entry.dependencies,
                                   entryChecksum: checksum)
            return Probe(path: path, display: display, data: nil, hash: hash, item: item, stamp: stamp, time: time, changed: true)
        }
        return Probe(path: path, display: display, data: data, hash: hash, item: nil, stamp: stamp, time: time)
    }

    /// Every postmortem's slug, from its item or from its front matter, as ``ContentLinks`` learns them.
    func contentLinks(_ probes: [Probe]) -> ContentLinks {
        let paths = StandardPaths()
        let pairs = ParallelMap.map(probes) { probe -> (String, String) in
            let slug = probe.item?.linkSlug ?? IncidentReader.slug(stated: ContentLinks.statedSlug(probe.path, fileSystem: serving(probe)), path: probe.path)
            return (paths.standard(probe.path), slug)
        }
        return ContentLinks(root: root, slugs: Dictionary(pairs, uniquingKeysWith: { first, _ in first }), exists: fileSystem.exists, paths: paths)
    }

    func holds(_ item: SummaryItem, links: ContentLinks) -> Bool {
        let fs = fileSystem, path = item.path
        return item.dependencies.holds(links: links, source: path, fallbackDate: { SourceLoader.fallbackDate(path, fileSystem: fs) },
                                       fileSize: fs.size)
    }

    /// Reads one file from the bytes that were hashed (read again when its item did not hold) and stores its entry;
    /// `keep` makes the summary, and the item is made from it (nil when the file or its entry could not be written).
    func read(_ probe: Probe, links: ContentLinks, keep: (LoadedIncident) -> IncidentSummary)
        -> (summary: IncidentSummary, loaded: LoadedIncident, item: SummaryItem?) {
        var probe = probe
        if probe.data == nil, let data = try? fileSystem.read(probe.path) { (probe.data, probe.hash, probe.stamp) = (data, StableHash.of(data), nil) }
        let loader = SourceLoader(fileSystem: serving(probe), config: config, links: links)
        let (loaded, dependencies) = loader.loadRecording(path: probe.path, displayPath: probe.display, renderBody: true)
        let summary = keep(loaded)
        guard let data = probe.data, let dependencies else { return (summary, loaded, nil) }
        let stated = ContentLinks.statedSlug(probe.path, fileSystem: serving(probe))
        let entry = CacheEntry(salt: salt, path: probe.path, display: probe.display, contentHash: probe.hash, contentSize: data.count,
                               stamp: probe.stamp, recordedAt: probe.time, statedSlug: stated, dependencies: dependencies, loaded: loaded)
        guard let checksum = cache.store(entry) else { return (summary, loaded, nil) }
        let item = SummaryItem(summary, path: probe.path, display: probe.display, contentHash: probe.hash, contentSize: data.count,
                               stamp: probe.stamp, recordedAt: probe.time, linkSlug: IncidentReader.slug(stated: stated, path: probe.path),
                               dependencies: dependencies, entryChecksum: checksum)
        return (summary, loaded, item)
    }

    /// A postmortem read again for its page when its entry is gone or not the summary's (``EntryReads``).
    func reread(_ path: String, display: String, links: ContentLinks) -> (loaded: LoadedIncident, item: SummaryItem?) {
        let probe = Probe(path: path, display: display, data: nil, hash: 0, item: nil, stamp: stamp(path), time: now())
        let read = read(probe, links: links) { loaded in
            IncidentSummary(loaded) { _ in .entry(path: path, display: display, checksum: 0) }  // only its keys are used
        }
        return (read.loaded, read.item)
    }

    /// The file system, but `probe`'s file reads as the bytes already read.
    func serving(_ probe: Probe) -> FileSystem {
        guard let data = probe.data else { return fileSystem }
        var fs = fileSystem
        let base = fileSystem.read, path = probe.path
        fs.read = { $0 == path ? data : try base($0) }
        return fs
    }
}
