import Foundation

/// The folder `serve` publishes, and the one way to find a file in it: the
/// request path is checked (`RequestPath`), joined to the folder, symlinks
/// resolved, and the result must still lie inside the folder and be a regular
/// file. A symlink that leads out of the folder is treated as missing.
public struct ServedFolder: Sendable {
    /// The folder as given.
    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// The file a request target names, or nil (serve a 404).
    public func file(for target: String) -> String? {
        guard let segments = RequestPath.segments(target) else { return nil }
        // Resolved per request: a rebuild swaps a new folder in under the same name.
        let base = PathResolver.resolve(root)
        var candidate = (base as NSString).appendingPathComponent(RequestPath.relativeFile(segments))
        if isDirectory(candidate) { candidate = (candidate as NSString).appendingPathComponent("index.html") }
        guard let real = PathResolver.realPath(candidate), PathResolver.contains(base, real), real != base else { return nil }
        guard let type = (try? FileManager.default.attributesOfItem(atPath: real))?[.type] as? FileAttributeType,
              type == .typeRegular else { return nil }
        return real
    }

    /// True when `path` is a folder with no trailing slash asked for: the client is sent to `path/`
    /// so relative links in its index resolve.
    public func needsSlash(_ target: String) -> Bool {
        guard let segments = RequestPath.segments(target), let last = segments.last, !last.isEmpty else { return false }
        let base = PathResolver.resolve(root)
        return isDirectory((base as NSString).appendingPathComponent(segments.joined(separator: "/")))
    }

    private func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
