import DebriefMarkdown
import DebriefModel

/// The page `serve` shows, with status 500, instead of the site while the last
/// build failed: its errors and warnings as `file:line: message`, so the author
/// sees what to fix rather than a stale site. The reload script brings the
/// site back after the next good build.
public enum BuildErrorPage {
    /// The HTTP status the page is served with.
    public static let status = 500

    /// The page for a failed build's report.
    public static func html(for report: SiteBuildReport) -> String {
        let shown = report.messages.filter { $0.level != .note }.sorted { $0.level > $1.level }
        var items = shown.map { message in
            "<li class=\"\(message.level.rawValue)\"><code>\(HTMLEscaping.escape(TerminalText.safe(message.text)))</code></li>"
        }
        if items.isEmpty { items = ["<li class=\"error\"><code>the build failed without a message</code></li>"] }
        let errors = shown.filter { $0.level == .error }.count
        let summary = report.stopped ? "The build stopped; nothing was written."
            : "\(errors) error\(errors == 1 ? "" : "s") in the postmortems."
        return """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Build failed · Debrief</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
        h1 { color: #b00020; } ul { padding: 0; list-style: none; }
        li { margin: .4rem 0; padding: .4rem .6rem; border-left: 4px solid #999; background: #f6f6f6; overflow-wrap: anywhere; }
        li.error { border-color: #b00020; } li.warning { border-color: #b26a00; }
        </style>
        </head>
        <body>
        <h1>Build failed</h1>
        <p>\(summary) Fix the files below and save: the page reloads after the next good build.</p>
        <ul>
        \(items.joined(separator: "\n"))
        </ul>
        </body>
        </html>

        """
    }
}
