import Foundation

/// Where a site's parts live, as the commands name them: folders given on the
/// command line, short paths for messages, and the site's asset overrides.
public enum SitePaths {
    /// A folder given on the command line: absolute as is, else relative to the site folder.
    public static func path(_ folder: String, site: String) -> String { DisplayPath.under(folder, site: site) }

    /// `path` relative to `base` when it lies below it, for short messages.
    public static func relative(_ path: String, to base: String) -> String { DisplayPath.relative(path, to: base) }

    /// CSS / JS files in the site's Templates/ that replace built-in assets of the same name.
    public static func assetOverrides(site: String) -> [String: String] {
        SitePipeline.assetOverrides(in: (site as NSString).appendingPathComponent("Templates"))
    }

    /// What a site's build reads: its content folder, `Templates/` and `debrief.yml`.
    public static func watched(site: String, content: String) -> [String] {
        [path(content, site: site), (site as NSString).appendingPathComponent("Templates"),
         (site as NSString).appendingPathComponent("debrief.yml")]
    }
}
