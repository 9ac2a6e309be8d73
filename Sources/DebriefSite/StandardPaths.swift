import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `NSString.standardizingPath` for the many paths of a few folders. Standardizing resolves
/// symlinks one path component at a time (a `readlink` each), from the first to the last, so
/// a path's result is its folder's result with the last name appended — unless that name is
/// itself a symlink, `.` or `..`. Each folder is standardized once; a file costs one `lstat`.
/// Anything unusual (a `~`, a trailing slash, the prefixes standardizing strips) takes the
/// full route. One instance per build: symlinks may change between builds.
final class StandardPaths: @unchecked Sendable {
    private let lock = NSLock()
    /// A folder's standardized path, or nil when it takes the full route.
    private var folders: [String: String?] = [:]

    init() {}

    func standard(_ path: String) -> String {
        guard !path.hasPrefix("~"), !path.hasSuffix("/"), let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return Self.full(path) }
        let name = path[path.index(after: slash)...]
        guard !name.isEmpty, name != ".", name != "..", let folder = standardFolder(String(path[..<slash])), !Self.isSymlink(path) else {
            return Self.full(path)
        }
        return folder == "/" ? "/" + name : folder + "/" + name
    }

    /// The folder standardized, worked out once; nil for one that names a prefix standardizing strips.
    private func standardFolder(_ folder: String) -> String? {
        if let known = lock.withLock({ folders[folder] }) { return known }
        let value = folder.contains("/private") || folder.contains("/var/automount") ? nil : Self.full(folder)
        lock.withLock { folders[folder] = value }
        return value
    }

    static func full(_ path: String) -> String { (path as NSString).standardizingPath }

    private static func isSymlink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }
}
