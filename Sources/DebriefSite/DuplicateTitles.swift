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
            let key = item.incident.title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
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
}
