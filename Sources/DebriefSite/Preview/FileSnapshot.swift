import Foundation

/// What the watched files look like at one moment: path → modification time,
/// size and inode. Two snapshots differ when a file was added, removed, edited
/// or replaced (editors that save by renaming change the inode).
public struct FileSnapshot: Sendable, Equatable {
    /// One file's stamp.
    public struct Stamp: Sendable, Equatable {
        public var modified: Int64
        public var size: Int64
        public var inode: UInt64

        public init(modified: Int64, size: Int64, inode: UInt64) {
            self.modified = modified
            self.size = size
            self.inode = inode
        }
    }

    public var stamps: [String: Stamp]

    public init(stamps: [String: Stamp] = [:]) {
        self.stamps = stamps
    }

    /// Paths added, removed or changed since `earlier`, sorted.
    public func changes(since earlier: FileSnapshot) -> [String] {
        let keys = Set(stamps.keys).union(earlier.stamps.keys)
        return keys.filter { stamps[$0] != earlier.stamps[$0] }.sorted()
    }

    /// The files at or below `roots` (a root may be a file, a folder or missing). Hidden
    /// files and editor backups (`.x.swp`, `x~`) are left out: saving them is not an edit.
    public static func take(_ roots: [String]) -> FileSnapshot {
        var stamps: [String: Stamp] = [:]
        for root in roots {
            guard let rootStamp = stamp(root) else { continue }
            stamps[root] = rootStamp
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") || name.hasSuffix("~") {
                    walker.skipDescendants()
                    continue
                }
                let path = (root as NSString).appendingPathComponent(relative)
                if let found = stamp(path) { stamps[path] = found }
            }
        }
        return FileSnapshot(stamps: stamps)
    }

    /// stat(2) of one path (following symlinks, as the build does); nil when it is gone.
    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        // A folder's own time changes when an entry is added or removed; its size means nothing.
        let isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
        return Stamp(modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec),
                     size: isDirectory ? 0 : Int64(info.st_size), inode: UInt64(info.st_ino))
    }
}
