/// Bounds the work libcmark-gfm's table extension does: it appends each cell to
/// a linked list by walking it, so a row of 32,000 cells costs seconds. A line
/// with more cells than any real table has its pipes escaped before parsing, so
/// it reads as text (the same characters), and the reader is warned.
public enum TableColumnLimit {
    /// A line with more `|` than this is never a table row.
    public static let maxColumns = 128

    /// `body` with over-wide lines defused, and a warning naming the first one
    /// (`lineOffset` turns body lines into file lines). Line count is unchanged.
    public static func bound(_ body: String, lineOffset: Int) -> (text: String, warning: MarkdownError?) {
        let pipe = UInt8(ascii: "|")
        guard body.utf8.lazy.filter({ $0 == pipe }).count > maxColumns else { return (body, nil) }
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
        var first: Int?, widest = 0, count = 0
        for (index, line) in lines.enumerated() {
            let pipes = line.utf8.lazy.filter { $0 == pipe }.count
            guard pipes > maxColumns else { continue }
            first = first ?? index
            widest = max(widest, pipes)
            count += 1
            lines[index] = Substring(escapingPipes(line))
        }
        guard let first else { return (body, nil) }
        let warning = MarkdownError(line: lineOffset + first + 1, message: "\(count) line\(count == 1 ? "" : "s") with up to \(widest) "
                                    + "table cells, over the limit of \(maxColumns) columns: shown as text, not as a table")
        return (lines.joined(separator: "\n"), warning)
    }

    /// Every `|` not already escaped gets a backslash, so cmark shows it as is.
    static func escapingPipes(_ line: Substring) -> String {
        var out = String.UnicodeScalarView()
        var escaped = false
        for scalar in line.unicodeScalars {
            if scalar == "|", !escaped { out.append("\\") }
            escaped = scalar == "\\" && !escaped
            out.append(scalar)
        }
        return String(out)
    }
}
