import DebriefMarkdown
import Foundation

/// Timeline entries from a GFM table with a Time / When / Date column.
enum TableTimeline {
    static let timeHeaders = ["time", "when", "date", "timestamp", "hour", "clock"]

    static func cells(of row: MarkdownNode) -> [String] {
        row.children.map { LineCleaner.inline($0.plainText).trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// Index of the column holding times: a header that names time, else the
    /// first column whose cells mostly parse as times.
    static func timeColumn(header: [String], rows: [[String]], order: DateOrder) -> Int? {
        if let index = header.firstIndex(where: { cell in
            let lowered = cell.lowercased()
            return timeHeaders.contains { lowered.contains($0) }
        }) { return index }
        let columns = rows.map(\.count).max() ?? 0
        for column in 0..<columns {
            let stamped = rows.filter { column < $0.count && Stamp.parse($0[column], order: order)?.time != nil }.count
            if stamped * 2 >= max(1, rows.count) { return column }
        }
        return nil
    }

    static func entries(of table: MarkdownNode, order: DateOrder) -> [TimelineEntry] {
        let rows = table.children
        guard let headerRow = rows.first else { return [] }
        let header = cells(of: headerRow)
        let body = rows.dropFirst().map { (row: $0, cells: cells(of: $0)) }
        guard let column = timeColumn(header: header, rows: body.map(\.cells), order: order) else { return [] }
        var out: [TimelineEntry] = []
        for (row, values) in body where column < values.count {
            let words = values.enumerated().filter { $0.offset != column && !$0.element.isEmpty }.map(\.element)
            let text = words.joined(separator: " — ")
            guard let stamp = Stamp.parse(values[column], order: order), stamp.time != nil || !text.isEmpty else { continue }
            if stamp.time == nil && text.isEmpty { continue }
            let rest = [stamp.rest, text].filter { !$0.isEmpty }.joined(separator: " — ")
            out.append(TimelineEntry(kind: .event, line: row.startLine, date: stamp.date, time: stamp.time, endTime: stamp.endTime,
                                     dayOffset: stamp.dayOffset, text: rest, fullText: rest))
        }
        return out
    }
}
