import DebriefModel
import Foundation

/// `Label: value` lines near the top of a postmortem's body — `**Services:** a, b`,
/// `Service: x`, `Severity | SEV0`, `Status: resolved`, `Owner: Ana` — read the way
/// front matter is, for documents that have none. Only the document's first lines
/// are looked at, and only lines that are one label and a short value.
struct MetadataLines {
    /// Lowercased label → the first value written for it, and its line.
    let values: [String: (value: String, line: Int)]

    /// Labels and the key they stand for.
    static let labels: [String: String] = [
        "service": "services", "services": "services", "affected services": "services", "services affected": "services",
        "systems affected": "services", "affected systems": "services", "components": "services", "affected components": "services",
        "severity": "severity", "sev": "severity", "priority": "severity", "impact level": "severity",
        "status": "status", "incident status": "status", "owner": "owner", "incident owner": "owner", "incident commander": "owner",
        "date": "date", "incident date": "date",
    ]

    init(lines: [(line: Int, text: String)]) {
        var values: [String: (String, Int)] = [:]
        for (line, text) in lines.prefix(80) {
            guard let (key, value) = Self.split(text), values[key] == nil else { continue }
            values[key] = (value, line)
        }
        self.values = values
    }

    static let longestLabel = labels.keys.map(\.utf8.count).max() ?? 0
    static let marks = Set("*_`#>|- \t")

    /// "**Services:** a, b" → ("services", "a, b"); "| Severity | SEV0 |" → ("severity", "SEV0").
    static func split(_ text: String) -> (String, String)? {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "|") }) else { return nil }
        if text.utf8.allSatisfy({ $0 < 0x80 }), !hasLabel(ascii: text) { return nil }
        let marks = Self.marks
        let trimmed = text.drop { marks.contains($0) }
        guard let colon = trimmed.firstIndex(where: { $0 == ":" || $0 == "|" }) else { return nil }
        // Text before the colon longer than any label is no label (counted on bytes, for ASCII).
        let head = trimmed[..<colon].utf8
        if head.count > Self.longestLabel, head.allSatisfy({ $0 < 0x80 }),
           head.lazy.filter({ $0 != 0x20 && $0 != 0x09 && $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "_") }).count > Self.longestLabel { return nil }
        let label = trimmed[..<colon].filter { $0 != "*" && $0 != "_" }.lowercased().trimmingBlanks()
        guard let key = labels[label] else { return nil }
        let value = trimmed[trimmed.index(after: colon)...].drop { marks.contains($0) || $0 == ":" }
        let cleaned = String(value.reversed().drop { marks.contains($0) }.reversed())
        guard !cleaned.isEmpty, cleaned.count <= 120 else { return nil }
        return (key, cleaned)
    }

    /// The label test of `split` on the bytes of an ASCII line (where a character is a byte): the
    /// text before the first colon or bar, marks dropped, lower case, is a listed label.
    static func hasLabel(ascii text: String) -> Bool {
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count, markBytes.contains(bytes[start]) { start += 1 }
        guard let colon = bytes[start...].firstIndex(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "|") }) else { return false }
        var label = bytes[start..<colon].filter { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "_") }
            .map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
        while let last = label.last, last == 0x20 || last == 0x09 { label.removeLast() }
        let first = label.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? label.endIndex
        return labels[String(decoding: label[first...], as: UTF8.self)] != nil
    }

    static let markBytes: [UInt8] = Array("*_`#>|- \t".utf8)

    /// The services named: "a, b and c" → ["a", "b", "c"]; long phrases are not names.
    var services: [String] {
        guard let value = values["services"]?.value else { return [] }
        let parts = value.replacingOccurrences(of: " and ", with: ",").split { $0 == "," || $0 == ";" || $0 == "/" }
        let names = parts.map { $0.trimmingBlanks().trimmingCharacters(in: CharacterSet(charactersIn: "*_`.")) }
            .filter { !$0.isEmpty }
        return names.allSatisfy({ $0.split(separator: " ").count <= 4 }) ? names : []
    }
}
