import DebriefModel
import DebriefReader
import Foundation

/// The read phase through the cache. Every postmortem's bytes are read and hashed;
/// one whose entry matches them (same salt, path, hash and size) and whose
/// ``ReadDependencies`` still hold is taken from the cache without being parsed.
/// The others are read as ``SourceLoader`` always reads them, from the same bytes
/// that were hashed, and their entries are stored. Checks over the whole site
/// (distant dates, duplicate titles and slugs) run on the result every build.
struct CachedRead: Sendable {
    var cache: BuildCache
    var salt: UInt64
    var config: SiteConfig
    /// The content folder, for ``ContentLinks``.
    var root: String
    var fileSystem: FileSystem = .disk
    /// A postmortem's stamp, and the wall clock (seconds since 1970), for the unread check of ``CacheEntry/trusts(_:)``.
    var stamp: @Sendable (String) -> FileStamp? = { FileStamp(path: $0) }
    var now: @Sendable () -> Double = { Date().timeIntervalSince1970 }

    /// One file's bytes and hash, and its entry when that was read from the same bytes.
    struct Probe: Sendable {
        var path: String
        var display: String
        var data: Data?
        var hash: UInt64
        var entry: CacheEntry?
        /// The file's stamp before its bytes were read, and when that was.
        var stamp: FileStamp? = nil
        var time: Double = 0
    }

    /// Incidents in the order of `paths`, and how many files were parsed rather than taken from the cache.
    func load(paths: [(path: String, display: String)]) -> (loaded: [LoadedIncident], parsed: Int) {
        load(paths: paths) { $0 }
    }

    /// The same, keeping only what `keep` makes of each incident, as soon as it is read.
    func load<Kept: Sendable>(paths: [(path: String, display: String)],
                              keeping keep: @Sendable (LoadedIncident) -> Kept) -> (loaded: [Kept], parsed: Int) {
        let items = paths.map { [$0.path, $0.display] }
        // An entry's read is kept at once, as `keep` makes it, and let go: the probes of a whole site wait for its links.
        let probes = ParallelMap.map(items) { item -> (probe: Probe, kept: Kept?) in
            var probe = probe(item[0], display: item[1])
            let kept = probe.entry.map { keep($0.loaded) }
            probe.entry?.loaded = LoadedIncident(incident: Incident(source: "", slug: "", title: ""), bodyHTML: "")
            return (probe, kept)
        }
        let links = contentLinks(probes.map(\.probe))
        let results = ParallelMap.map(probes) { probe, kept -> (Kept, Bool) in
            if let kept, let entry = probe.entry, holds(entry, links: links) { return (kept, false) }
            return (keep(read(probe, links: links)), true)
        }
        return (results.map(\.0), results.filter(\.1).count)
    }

    /// The file's entry when it still holds: taken unread when the file keeps a trusted stamp, else when its
    /// bytes hash the same (then stored again with the new stamp, so the next build need not read them).
    func probe(_ path: String, display: String) -> Probe {
        let time = now(), stamp = stamp(path), entry = cache.entry(for: path)
        if let entry, entry.trusts(stamp), entry.matches(salt: salt, path: path, display: display, hash: entry.contentHash, size: entry.contentSize) {
            return Probe(path: path, display: display, data: nil, hash: entry.contentHash, entry: entry, stamp: stamp, time: time)
        }
        guard let data = try? fileSystem.read(path) else { return Probe(path: path, display: display, data: nil, hash: 0, entry: nil) }
        let hash = StableHash.of(data)
        if var entry, entry.matches(salt: salt, path: path, display: display, hash: hash, size: data.count) {
            if stamp != nil, stamp != entry.stamp || !entry.trusts(stamp) {
                (entry.stamp, entry.recordedAt) = (stamp, time)
                cache.store(entry)
            }
            return Probe(path: path, display: display, data: nil, hash: hash, entry: entry, stamp: stamp, time: time)
        }
        return Probe(path: path, display: display, data: data, hash: hash, entry: nil, stamp: stamp, time: time)
    }

    /// Every postmortem's slug, from its entry or from its front matter, as ``ContentLinks`` learns them.
    func contentLinks(_ probes: [Probe]) -> ContentLinks {
        let paths = StandardPaths()
        let pairs = ParallelMap.map(probes) { probe -> (String, String) in
            let stated = probe.entry.map(\.statedSlug) ?? ContentLinks.statedSlug(probe.path, fileSystem: serving(probe))
            return (paths.standard(probe.path), IncidentReader.slug(stated: stated, path: probe.path))
        }
        return ContentLinks(root: root, slugs: Dictionary(pairs, uniquingKeysWith: { first, _ in first }), exists: fileSystem.exists, paths: paths)
    }

    func holds(_ entry: CacheEntry, links: ContentLinks) -> Bool {
        let fs = fileSystem, path = entry.path
        return entry.dependencies.holds(links: links, source: path, fallbackDate: { SourceLoader.fallbackDate(path, fileSystem: fs) },
                                        fileSize: fs.size)
    }

    /// Reads one file from the bytes that were hashed (read again when its entry did not hold) and stores its entry.
    func read(_ probe: Probe, links: ContentLinks) -> LoadedIncident {
        var probe = probe
        if probe.data == nil, let data = try? fileSystem.read(probe.path) { (probe.data, probe.hash, probe.stamp) = (data, StableHash.of(data), nil) }
        let loader = SourceLoader(fileSystem: serving(probe), config: config, links: links)
        let (loaded, dependencies) = loader.loadRecording(path: probe.path, displayPath: probe.display, renderBody: true)
        if let data = probe.data, let dependencies {
            let stated = ContentLinks.statedSlug(probe.path, fileSystem: serving(probe))
            cache.store(CacheEntry(salt: salt, path: probe.path, display: probe.display, contentHash: probe.hash, contentSize: data.count,
                                   stamp: probe.stamp, recordedAt: probe.time, statedSlug: stated, dependencies: dependencies, loaded: loaded))
        }
        return loaded
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
