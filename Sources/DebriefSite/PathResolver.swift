import Foundation

/// Turns a path from the command line into the one absolute, symlink-free path
/// the kernel will use, so every safety check looks at the folder that is
/// really touched. `Nope/../../victim` is `../victim` here even while `Nope`
/// does not exist yet (the kernel would only follow it once `Nope` is made).
public enum PathResolver {
    /// `path` made absolute against `base` (default: the working directory),
    /// with `.` and `..` applied and every existing symlink on the way resolved.
    public static func resolve(_ path: String, against base: String? = nil) -> String {
        let start = path.hasPrefix("/") ? "/" : resolveBase(base)
        var resolved = start == "/" ? "" : start
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": resolved = (resolved as NSString).deletingLastPathComponent
                if resolved == "/" { resolved = "" }
            default:
                let candidate = resolved + "/" + part
                let real = realPath(candidate)
                resolved = real.map { $0 == "/" ? "" : $0 } ?? candidate
            }
        }
        return resolved.isEmpty ? "/" : resolved
    }

    /// True when `inner` is `outer` or lies below it (both resolved).
    public static func contains(_ outer: String, _ inner: String) -> Bool {
        outer == inner || outer == "/" || inner.hasPrefix(outer + "/")
    }

    private static func resolveBase(_ base: String?) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        guard let base else { return realPath(cwd) ?? cwd }
        return base.hasPrefix("/") ? resolve(base) : resolve(base, against: cwd)
    }

    /// realpath(3) of an existing path; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
