/// The path of an HTTP request target, decoded and checked one segment at a
/// time, before it comes near the file system. Anything that could name a file
/// outside the served folder is refused: `..` and `.` (also as `%2e%2e`),
/// encoded slashes and backslashes, NUL and other control bytes, empty
/// segments (`//etc/passwd`), absolute-form targets and undecodable escapes.
public enum RequestPath {
    /// The decoded segments of `target` (a raw, percent-encoded request target,
    /// query and fragment allowed), or nil when it is refused. A trailing slash
    /// gives a last empty segment, meaning the folder's index.
    public static func segments(_ target: String) -> [String]? {
        let path = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let withoutFragment = path.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard withoutFragment.hasPrefix("/") else { return nil }
        let raw = withoutFragment.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        var segments: [String] = []
        for (index, part) in raw.enumerated() {
            if part.isEmpty {
                guard index == raw.count - 1 else { return nil }
                segments.append("")
                continue
            }
            guard let decoded = String(part).removingPercentEncoding, isSafe(decoded) else { return nil }
            segments.append(decoded)
        }
        return segments
    }

    static func isSafe(_ segment: String) -> Bool {
        guard !segment.isEmpty, segment != ".", segment != ".." else { return false }
        return !segment.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }
    }

    /// The site-relative file path the segments name (`a/b/` → `a/b/index.html`, `/` → `index.html`).
    public static func relativeFile(_ segments: [String]) -> String {
        guard let last = segments.last else { return "index.html" }
        return last.isEmpty ? (segments.dropLast() + ["index.html"]).joined(separator: "/") : segments.joined(separator: "/")
    }
}
