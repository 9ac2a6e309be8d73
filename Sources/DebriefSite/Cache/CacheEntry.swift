import DebriefModel
import Foundation

/// One postmortem's cached read: what reading it produced (the incident, its body
/// HTML and images), under what it was read (the read salt, its path and the hash and
/// size of its bytes) and what it took from other files (``ReadDependencies``).
struct CacheEntry: Sendable {
    /// Hash of the Debrief version, the settings and the content folder (``CacheKeys/readSalt``).
    var salt: UInt64
    var path: String
    var display: String
    var contentHash: UInt64
    var contentSize: Int
    /// The file's stamp when its bytes were read, and when that was (seconds since 1970):
    /// a file that still has that stamp is taken unread when the stamp was old enough (``trusts(_:)``).
    var stamp: FileStamp?
    var recordedAt: Double = 0
    /// The front matter's `slug:`, for other postmortems' links to this one.
    var statedSlug: String?
    var dependencies: ReadDependencies
    var loaded: LoadedIncident

    /// True when this entry was read from exactly these bytes at this path under this salt.
    func matches(salt: UInt64, path: String, display: String, hash: UInt64, size: Int) -> Bool {
        self.salt == salt && self.path == path && self.display == display && contentHash == hash && contentSize == size
    }

    /// A file modified within this many seconds of being read may change again under the same stamp (coarse
    /// modification times, as git's "racily clean" index entries); its bytes are hashed every build.
    static let racyWindow = 2.0

    /// True when the file has the stamp recorded when it was read, and that stamp was old enough then to be trusted.
    func trusts(_ current: FileStamp?) -> Bool { Self.trusts(current, stamp: stamp, recordedAt: recordedAt) }

    /// True when `current` is `stamp`, recorded at `recordedAt` (seconds since 1970), and `stamp` was older than the racy window then.
    static func trusts(_ current: FileStamp?, stamp: FileStamp?, recordedAt: Double) -> Bool {
        guard let current, let stamp, current == stamp else { return false }
        return Double(stamp.seconds) + Double(stamp.nanoseconds) / 1_000_000_000 < recordedAt - racyWindow
    }

    func sealed() -> Data {
        var out = CacheWriter(capacity: 8192 + loaded.bodyHTML.utf8.count)
        out.write(salt)
        out.write(path)
        out.write(display)
        out.write(contentHash)
        out.write(contentSize)
        out.write(stamp) { $1.write(to: &$0) }
        out.write(recordedAt)
        out.write(statedSlug) { $0.write($1) }
        IncidentCoding.write(dependencies, to: &out)
        IncidentCoding.write(loaded.incident, to: &out)
        out.write(loaded.bodyHTML)
        return CacheFrame.seal(out, kind: .entry)
    }

    /// The entry in `data`, or nil when it is not a whole entry of this format.
    init?(sealed data: Data) {
        guard var input = CacheFrame.open(data, kind: .entry), let entry = try? Self(&input), input.isAtEnd else { return nil }
        self = entry
    }

    init(salt: UInt64, path: String, display: String, contentHash: UInt64, contentSize: Int, stamp: FileStamp? = nil, recordedAt: Double = 0,
         statedSlug: String?, dependencies: ReadDependencies, loaded: LoadedIncident) {
        self.stamp = stamp
        self.recordedAt = recordedAt
        self.salt = salt
        self.path = path
        self.display = display
        self.contentHash = contentHash
        self.contentSize = contentSize
        self.statedSlug = statedSlug
        self.dependencies = dependencies
        self.loaded = loaded
    }

    private init(_ input: inout CacheReader) throws {
        salt = try input.uint64()
        path = try input.string()
        display = try input.string()
        contentHash = try input.uint64()
        contentSize = try input.int()
        stamp = try input.optional { try FileStamp.read(&$0) }
        recordedAt = try input.double()
        statedSlug = try input.optional { try $0.string() }
        dependencies = try IncidentCoding.dependencies(&input)
        let incident = try IncidentCoding.read(&input)
        loaded = LoadedIncident(incident: incident, bodyHTML: try input.string(), images: dependencies.images)
    }
}
