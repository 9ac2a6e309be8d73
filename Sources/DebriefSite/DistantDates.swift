import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// Flags incidents dated far from every other one: most often a typo (1900 for
/// 2019, 2200 for 2020) that would otherwise stretch the digest and the charts.
public enum DistantDates {
    /// Further than this from the nearest other incident is worth a warning (104 weeks).
    public static let maxDistance: TimeInterval = Double(DigestBuilder.maxFilledGap) * 7 * 86_400

    /// `loaded` with a warning added to each incident whose start is more than
    /// ``maxDistance`` from every other incident's; needs two dated incidents to judge.
    public static func flag(_ loaded: [LoadedIncident]) -> [LoadedIncident] {
        let dated = loaded.indices.compactMap { index in loaded[index].incident.startedAt.map { (index, $0) } }.sorted { $0.1 < $1.1 }
        guard dated.count >= 2 else { return loaded }
        var result = loaded
        for (position, (index, start)) in dated.enumerated() {
            let before = position > 0 ? start.timeIntervalSince(dated[position - 1].1) : .infinity
            let after = position + 1 < dated.count ? dated[position + 1].1.timeIntervalSince(start) : .infinity
            guard min(before, after) > maxDistance else { continue }
            let incident = result[index].incident
            let line = incident.milestones[.started]?.line ?? 0
            let date = incident.date?.description ?? ISO8601.utc(start)
            result[index].incident.diagnostics.append(Diagnostic(.warning, line: line,
                "the date \(date) is more than \(DigestBuilder.maxFilledGap) weeks from every other incident's; is it a typo?"))
        }
        return result
    }
}
