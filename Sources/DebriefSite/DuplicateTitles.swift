import DebriefModel
import DebriefReader
import Foundation

/// Two postmortems with one title cannot be told apart in the index, the ledger,
/// search results or a digest: a warning on the later file that names the earlier.
public enum DuplicateTitles {
    /// `loaded` with a warning added to each incident whose title (ignoring case and
    /// runs of spaces) an earlier incident already has.
    public static func flag(_ loaded: [LoadedIncident]) -> [LoadedIncident] {
        var first: [String: String] = [:]  // normalized title → source that has it
        return loaded.map { item in
            var item = item
            let key = normalized(item.incident.title)
            guard !key.isEmpty else { return item }
            if let holder = first[key] {
                item.incident.diagnostics.append(Diagnostic(.warning, line: 0,
                    "the title '\(item.incident.title)' is also the title of \(holder); give one of them a more specific title "
                    + "so readers can tell them apart"))
            } else {
                first[key] = item.incident.source
            }
            return item
        }
    }

    /// The title lowercased, its runs of whitespace one space, none at either end; on bytes when it is ASCII (then a
    /// character is a byte but for "\r\n", whitespace either way, and only A–Z change case).
    static func normalized(_ title: String) -> String {
        guard title.utf8.allSatisfy({ $0 < 0x80 }) else { return title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        var out: [UInt8] = []
        out.reserveCapacity(title.utf8.count)
        var pendingSpace = false
        for byte in title.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
