import DebriefModel
import DebriefMarkdown
import Foundation

/// Timeline entries from a GFM table with a Time / When / Date column.
enum TableTimeline {
    static let timeHeaders = ["time", "when", "date", "timestamp", "hour", "clock", "relative", "t+"]

    static func cells(of row: MarkdownNode) -> [String] {
        row.children.map { LineCleaner.inline($0.plainText).trimmingWhitespace() }
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

    /// A Date column beside a Time column (`| Date | Time (UTC) | Event |`): their indices.
    static func dateAndTimeColumns(header: [String]) -> (date: Int, time: Int)? {
        let lowered = header.map { $0.lowercased() }
        func words(_ cell: String) -> [Substring] { cell.split { !$0.isLetter } }
        guard let date = lowered.firstIndex(where: { words($0).contains("date") || words($0).contains("day") }),
              let time = lowered.firstIndex(where: { cell in !words(cell).contains("date") && words(cell).contains { ["time", "when", "hour", "clock"].contains($0) } }),
              date != time else { return nil }
        return (date, time)
    }

    /// A column naming who acted (`| Time | Who | Event |`), kept apart from the event's words.
    /// A header that also names the event ("Who/What") is event text, not a person.
    static func whoColumn(header: [String], besides taken: [Int]) -> Int? {
        let people: Set<Substring> = ["who", "owner", "by", "person", "actor", "responder", "author", "people", "user", "engineer"]
        let events: Set<Substring> = ["what", "event", "events", "action", "actions", "description", "details", "impact", "update"]
        let index = header.indices.first { index in
            let words = header[index].lowercased().split { !$0.isLetter }
            return !taken.contains(index) && words.contains(where: people.contains) && !words.contains(where: events.contains)
        }
        // With no other column left for the words, the column is the event's text after all.
        guard let index, header.indices.contains(where: { !taken.contains($0) && $0 != index }) else { return nil }
        return index
    }

    /// The zone a column header names: "Time (UTC)", "When [CET]", "Time, PDT".
    static func headerZone(_ header: String) -> ZoneSpec? {
        let ns = header as NSString
        for match in ZoneStatement.tokens.matches(in: header, range: NSRange(location: 0, length: ns.length)) {
            if let spec = TimeZoneTable.parse(ns.substring(with: match.range)) { return spec }
        }
        return nil
    }

    static func entries(of table: MarkdownNode, order: DateOrder) -> [TimelineEntry] {
        let rows = table.children
        guard let headerRow = rows.first else { return [] }
        let header = cells(of: headerRow)
        let body = rows.dropFirst().map { (row: $0, cells: cells(of: $0)) }
        let split = dateAndTimeColumns(header: header)
        guard let column = split?.time ?? timeColumn(header: header, rows: body.map(\.cells), order: order) else { return [] }
        let zone = headerZone(header[column])
        let who = whoColumn(header: header, besides: [column] + (split.map { [$0.date] } ?? []))
        var out: [TimelineEntry] = []
        for (row, values) in body where column < values.count {
            let words = values.enumerated().filter { $0.offset != column && $0.offset != split?.date && $0.offset != who && !$0.element.isEmpty }
                .map(\.element)
            let person = who.flatMap { $0 < values.count && !values[$0].isEmpty ? values[$0] : nil }
            let text = words.joined(separator: " — ")
            // With a Date column the stamp is that row's date and time together.
            let dateCell = split.flatMap { $0.date < values.count ? values[$0.date] : nil }
            // "11/18" alone in the Date column: a month and day whose year the document gives.
            let yearless = dateCell.flatMap { DateScanner.yearlessNumeric($0, order: order) }
            let stampText = yearless == nil ? dateCell.map { $0 + " " + values[column] } ?? values[column] : values[column]
            guard var stamp = Stamp.parse(stampText, order: order), stamp.time != nil || stamp.relative != nil || !text.isEmpty else { continue }
            if let yearless { stamp.date = yearless }
            if let zone, stamp.time?.zone == nil { stamp.time?.zone = zone }
            if let zone, stamp.endTime != nil, stamp.endTime?.zone == nil { stamp.endTime?.zone = zone }
            if stamp.time == nil && text.isEmpty { continue }
            let rest = [stamp.rest, text].filter { !$0.isEmpty }.joined(separator: " — ")
            out.append(TimelineEntry(kind: .event, line: row.startLine, date: stamp.date, time: stamp.time, endTime: stamp.endTime,
                                     dayOffset: stamp.dayOffset, text: rest, fullText: rest, relative: stamp.relative, who: person))
        }
        return out
    }
}
