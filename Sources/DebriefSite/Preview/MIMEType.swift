/// Content types for the files a site holds, by extension (one table).
public enum MIMEType {
    /// Extension (lower case, no dot) → `Content-Type` value.
    public static let table: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "json": "application/json", "xml": "application/xml", "atom": "application/atom+xml",
        "csv": "text/csv; charset=utf-8", "txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
        "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf",
        "pdf": "application/pdf", "wasm": "application/wasm", "map": "application/json",
    ]

    /// Anything not in the table: downloaded, never sniffed into something runnable.
    public static let fallback = "application/octet-stream"

    /// The content type of a file path (`feed.xml` → `application/xml`).
    public static func of(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return fallback }
        return table[name[name.index(after: dot)...].lowercased()] ?? fallback
    }

    /// True for HTML pages, the only responses the reload script goes into.
    public static func isHTML(_ type: String) -> Bool {
        type.hasPrefix("text/html")
    }
}
