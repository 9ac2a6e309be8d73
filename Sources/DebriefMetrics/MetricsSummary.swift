import DebriefModel
/// MTTD / MTTA / MTTI / MTTM / MTTR over a set of incidents: for each metric,
/// the incidents where both ends are known, with n, mean, median and p90.
public struct MetricsSummary: Sendable, Equatable {
    public var summaries: [IncidentMetrics.Kind: SampleSummary]

    public init(_ metrics: [IncidentMetrics]) {
        var summaries: [IncidentMetrics.Kind: SampleSummary] = [:]
        for kind in IncidentMetrics.Kind.allCases {
            summaries[kind] = SampleSummary(metrics.compactMap { $0[kind] }.map(Double.init))
        }
        self.summaries = summaries
    }

    public subscript(kind: IncidentMetrics.Kind) -> SampleSummary {
        summaries[kind] ?? SampleSummary([])
    }
}
