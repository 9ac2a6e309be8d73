import Foundation

/// Where a site's parts live, as the commands name them: folders given on the
/// command line, short paths for messages, and the site's asset overrides.
public enum SitePaths {
    /// A folder given on the command line: absolute as is, else relative to the site folder.
    public static func path(_ folder: String, site: String) -> String {
        folder.hasPrefix("/") ? folder : (site as NSString).appendingPathComponent(folder)
    }

    /// `path` relative to `base` when it lies below it, for short messages.
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

    /// CSS / JS files in the site's Templates/ that replace built-in assets of the same name.
    public static func assetOverrides(site: String) -> [String: String] {
        let directory = (site as NSString).appendingPathComponent("Templates")
        var overrides: [String: String] = [:]
        for name in BuiltinTemplates.assets.keys {
            let path = (directory as NSString).appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: path) { overrides[name] = String(decoding: data, as: UTF8.self) }
        }
        return overrides
    }

    /// What a site's build reads: its content folder, `Templates/` and `debrief.yml`.
    public static func watched(site: String, content: String) -> [String] {
        [path(content, site: site), (site as NSString).appendingPathComponent("Templates"),
         (site as NSString).appendingPathComponent("debrief.yml")]
    }
}
