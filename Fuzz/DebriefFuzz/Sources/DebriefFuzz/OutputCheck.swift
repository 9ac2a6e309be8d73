import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What every export promises whatever the document held: JSON that parses, CSV whose
/// records all have the header's fields (RFC 4180 quoting), an Atom feed that is
/// well-formed XML. A broken promise traps, so libFuzzer keeps the input.
enum OutputCheck {
    static func json(_ text: String) {
        guard (try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil else { fatalError("incidents.json does not parse") }
    }

    static func csv(_ text: String) {
        let records = csvRecords(text)
        guard let header = records.first else { fatalError("incidents.csv has no header") }
        for (index, record) in records.enumerated() where record.count != header.count {
            fatalError("incidents.csv record \(index + 1) has \(record.count) fields, the header \(header.count)")
        }
    }

    static func xml(_ text: String, name: String) {
        let parser = XMLParser(data: Data(text.utf8))
        guard parser.parse() else { fatalError("\(name) is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")") }
    }

    /// A strict RFC 4180 reader: CRLF ends a record, quotes only around a whole field.
    private static func csvRecords(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = scalars.next() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: quoted = true
            case ",": fields.append(field); field = ""
            case "\r" where pending == "\n":
                pending = scalars.next()
                fields.append(field); field = ""
                records.append(fields); fields = []
            case "\r", "\n", "\"": fatalError("incidents.csv has a bare \(scalar == "\"" ? "quote" : "line break") inside a field")
            default: field.unicodeScalars.append(scalar)
            }
        }
        if quoted { fatalError("incidents.csv ends inside a quoted field") }
        if !field.isEmpty || !fields.isEmpty { fatalError("incidents.csv does not end with CRLF") }
        return records
    }
}
