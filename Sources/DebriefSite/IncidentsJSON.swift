import DebriefModel
import Foundation

/// `incidents.json` (``Exports/json(_:)``) made one incident at a time: each incident's object is
/// rendered, appended and let go, so the file's bytes are all that is held at once — never the
/// JSON tree of every incident, nor every incident's timeline. Byte for byte ``Exports/json(_:)``.
enum IncidentsJSON {
    /// Objects rendered at once, on all cores.
    static let batchSize = 64

    /// `order`: the incidents' indices, newest first; `incident`: the full incident at an index.
    static func data(_ order: [Int], incident: @Sendable (Int) throws -> Incident) throws -> Data {
        guard !order.isEmpty else { return Data("[]\n".utf8) }
        var out = Data("[\n".utf8)
        for start in stride(from: 0, to: order.count, by: batchSize) {
            let batch = Array(order[start..<min(start + batchSize, order.count)])
            let objects = ParallelMap.map(batch) { index in
                Result { InspectReport.json(try incident(index)).rendered(indent: 2, depth: 1) }
            }
            for (offset, object) in objects.enumerated() {
                out.append(contentsOf: "  ".utf8)
                out.append(contentsOf: try object.get().utf8)
                out.append(contentsOf: (start + offset < order.count - 1 ? ",\n" : "\n").utf8)
            }
        }
        out.append(contentsOf: "]\n".utf8)
        return out
    }

    /// The file for `incidents` held in memory.
    static func data(_ incidents: [Incident]) -> Data {
        // Cannot throw: every incident is at hand.
        (try? data(ViewFactory.newestFirstOrder(incidents)) { incidents[$0] }) ?? Data()
    }
}
