import Foundation

/// How paths are shown in messages and JSON: relative to a base folder when they lie below it.
public enum DisplayPath {
    /// `path` relative to `base` when it lies below it, else `path` unchanged.
    public static func relative(_ path: String, to base: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let full = (path as NSString).standardizingPath
        let baseFull = ((base as NSString).standardizingPath as NSString).expandingTildeInPath
        let absolute = full.hasPrefix("/") ? full : (cwd as NSString).appendingPathComponent(full)
        let absoluteBase = baseFull.hasPrefix("/") ? baseFull : ((cwd as NSString).appendingPathComponent(baseFull) as NSString).standardizingPath
        let cleanAbsolute = (absolute as NSString).standardizingPath
        if cleanAbsolute.hasPrefix(absoluteBase + "/") { return String(cleanAbsolute.dropFirst(absoluteBase.count + 1)) }
        return path
    }

    /// A folder given on the command line: absolute as is, else relative to the site folder.
    public static func under(_ folder: String, site: String) -> String {
        folder.hasPrefix("/") ? folder : (site as NSString).appendingPathComponent(folder)
    }
}
