import Foundation

/// How paths are shown in messages and JSON: relative to a base folder when they lie below it.
public enum DisplayPath {
    /// `path` relative to `base` when it lies below it, else `path` unchanged.
    public static func relative(_ path: String, to base: String) -> String {
        relative([path], to: base)[0]
    }

    /// Each of `paths` relative to `base` (see ``relative(_:to:)``), the base and each folder standardized once.
    static func relative(_ paths: [String], to base: String) -> [String] {
        let cwd = FileManager.default.currentDirectoryPath
        let standard = StandardPaths()
        let baseFull = (StandardPaths.full(base) as NSString).expandingTildeInPath
        let absoluteBase = baseFull.hasPrefix("/") ? baseFull : StandardPaths.full((cwd as NSString).appendingPathComponent(baseFull))
        return ParallelMap.map(paths) { path in
            let full = standard.standard(path)
            // Standardizing an absolute standardized path gives it back.
            let cleanAbsolute = full.hasPrefix("/") ? full : standard.standard((cwd as NSString).appendingPathComponent(full))
            if cleanAbsolute.hasPrefix(absoluteBase + "/") { return String(cleanAbsolute.dropFirst(absoluteBase.count + 1)) }
            return path
        }
    }

    /// A folder given on the command line: absolute as is, else relative to the site folder.
    public static func under(_ folder: String, site: String) -> String {
        folder.hasPrefix("/") ? folder : (site as NSString).appendingPathComponent(folder)
    }
}
