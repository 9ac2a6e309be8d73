/// The check box of a GFM task list item, read from its source line. libcmark-gfm's
/// tasklist extension marks an item done when `[x]` appears anywhere on the item's line
/// (a `strstr` over the rest of the line), so `- [ ] [x](https://…)`, an open box before a
/// link whose text is "x", came out checked (issue 13). Only the box after the marker counts.
struct TaskBox {
    private let bytes: [UInt8]
    /// Byte offset where each line starts; line 1 at index 0.
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        self.lineStarts = starts
    }

    /// Whether the box of the item whose marker starts at `line`, `column` (cmark's 1-based
    /// line and byte column) is checked; nil when no box stands there.
    func isChecked(line: Int, column: Int) -> Bool? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        var index = lineStarts[line - 1] + column - 1
        guard index < end else { return nil }
        if [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*")].contains(bytes[index]) {
            index += 1
        } else {
            let digits = index
            while index < end, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > digits, index < end, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return nil }
            index += 1
        }
        while index < end, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        guard index + 2 < end, bytes[index] == UInt8(ascii: "["), bytes[index + 2] == UInt8(ascii: "]") else { return nil }
        return bytes[index + 1] == UInt8(ascii: "x") || bytes[index + 1] == UInt8(ascii: "X")
    }
}
