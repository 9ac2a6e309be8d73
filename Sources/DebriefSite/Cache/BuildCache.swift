import Foundation

/// The incremental build cache: `.debrief-cache/` in the site folder, made and marked
/// by Debrief (a `CACHEDIR.TAG`, so backup tools skip it too). It holds one entry per
/// postmortem under `entries/` (named by the hash of its path), the `summary` of them all
/// (``CacheSummary``) and one manifest per output folder. Every file is written whole (temporary file, then rename); one that
/// cannot be read back is a miss. A folder of that name without the marker is never
/// read, written or deleted.
public struct BuildCache: Sendable {
    public static let folderName = ".debrief-cache"
    public static let markerName = "CACHEDIR.TAG"
    static let markerText = """
        Signature: 8a477f597d28d172789f06886806bc55
        # The build cache of Debrief (`debrief build`); `debrief clean` removes it, and
        # builds remake it. See https://bford.info/cachedir/ for this file.

        """

    public let folder: String

    public init(site: String) {
        folder = (site as NSString).appendingPathComponent(Self.folderName)
    }

    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
    }

    /// True when the folder carries Debrief's marker.
    public var isMarked: Bool {
        guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(Self.markerName)) else { return false }
        return String(decoding: data, as: UTF8.self) == Self.markerText
    }

    /// Makes the folder (with its marker) when it is missing; refuses one Debrief did not make.
    public func prepare() throws {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: folder) {
            guard isMarked else { throw Refusal(description: "\(folder): warning: this folder was not made by Debrief (no \(Self.markerName)); the build cache is not used") }
        } else {
            try fileManager.createDirectory(atPath: entries, withIntermediateDirectories: true)
            try Data(Self.markerText.utf8).write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(Self.markerName)))
        }
        try fileManager.createDirectory(atPath: entries, withIntermediateDirectories: true)
    }

    /// Deletes the folder, only when Debrief made it; returns false when there was none.
    @discardableResult
    public func remove() throws -> Bool {
        guard FileManager.default.fileExists(atPath: folder) else { return false }
        guard isMarked else { throw Refusal(description: "\(folder): error: this folder was not made by Debrief (no \(Self.markerName)); not removed") }
        try FileManager.default.removeItem(atPath: folder)
        return true
    }

    var entries: String { (folder as NSString).appendingPathComponent("entries") }

    static func entryName(for path: String) -> String { StableHash.hex(StableHash.of(path)) + ".entry" }

    func entry(for path: String) -> CacheEntry? { sealedEntry(for: path)?.entry }

    /// The entry of `path` and its checksum (``CacheFrame/checksum(_:)``), or nil when there is no whole entry.
    func sealedEntry(for path: String) -> (entry: CacheEntry, checksum: UInt64)? {
        guard let data = FileManager.default.contents(atPath: entries + "/" + Self.entryName(for: path)),
              let entry = CacheEntry(sealed: data), let checksum = CacheFrame.checksum(data) else { return nil }
        return (entry, checksum)
    }

    /// The entry of `path` when it is the one sealed with `checksum`, else nil.
    func entry(for path: String, checksum: UInt64) -> CacheEntry? {
        guard let found = sealedEntry(for: path), found.checksum == checksum else { return nil }
        return found.entry
    }

    /// Stores `entry`; returns its checksum, or nil when it could not be written.
    @discardableResult
    func store(_ entry: CacheEntry) -> UInt64? {
        let data = entry.sealed()
        guard (try? data.write(to: URL(fileURLWithPath: entries + "/" + Self.entryName(for: entry.path)), options: .atomic)) != nil else { return nil }
        return CacheFrame.checksum(data)
    }

    var summaryPath: String { (folder as NSString).appendingPathComponent("summary") }

    /// The summary (``CacheSummary``), or nil when there is none whole.
    func summary() -> CacheSummary? {
        FileManager.default.contents(atPath: summaryPath).flatMap { CacheSummary(sealed: $0) }
    }

    func store(_ summary: CacheSummary) {
        try? summary.sealed().write(to: URL(fileURLWithPath: summaryPath), options: .atomic)
    }

    /// Removes the summary, so the next build hashes every postmortem again.
    func removeSummary() { try? FileManager.default.removeItem(atPath: summaryPath) }

    /// Removes entries of postmortems no longer in the content folder (and anything else in `entries/`).
    func prune(keeping paths: [String]) {
        let keep = Set(paths.map(Self.entryName))
        for name in (try? FileManager.default.contentsOfDirectory(atPath: entries)) ?? [] where !keep.contains(name) {
            try? FileManager.default.removeItem(atPath: entries + "/" + name)
        }
    }

    private func manifestPath(_ output: String) -> String {
        (folder as NSString).appendingPathComponent("output-" + StableHash.hex(StableHash.of(output)) + ".manifest")
    }

    /// The manifest of `output` (a resolved path), or an empty one.
    func manifest(of output: String) -> OutputManifest {
        FileManager.default.contents(atPath: manifestPath(output)).flatMap { OutputManifest(sealed: $0, output: output) } ?? OutputManifest(output: output)
    }

    func store(_ manifest: OutputManifest) {
        try? manifest.sealed().write(to: URL(fileURLWithPath: manifestPath(manifest.output)), options: .atomic)
    }
}
