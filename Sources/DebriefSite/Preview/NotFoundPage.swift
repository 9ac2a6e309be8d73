import DebriefMarkdown

/// The 404 page `serve` sends for a path the site does not hold (or may not show).
public enum NotFoundPage {
    /// A small page naming the path and linking home.
    public static func html(path: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Not found · Debrief</title></head>
        <body style="font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 40rem; padding: 0 1rem;">
        <h1>Not found</h1>
        <p>The site has no page at <code>\(HTMLEscaping.escape(TerminalText.safe(path)))</code>.</p>
        <p><a href="/">Back to the index</a></p>
        </body>
        </html>

        """
    }
}
