import DebriefModel

/// `debrief stats`: response metrics over a chosen set of incidents, overall and by
/// severity, service and month. Each group's numbers are a ``MetricsSummary`` (n,
/// mean, median, p90 per metric), so the statistics are computed in one place.
public enum IncidentStats {
    /// The metrics reported, in order: MTTD, MTTA, MTTM, MTTR (as on the site's index).
    public static let kinds: [IncidentMetrics.Kind] = [.timeToDetect, .timeToAcknowledge, .timeToMitigate, .timeToResolve]

    /// Which incidents count: dates inclusive, service and severity compared as on the site.
    public struct Filter: Sendable, Equatable {
        public var since: LocalDate?
        public var until: LocalDate?
        public var service: String?
        public var severity: Severity?

        public init(since: LocalDate? = nil, until: LocalDate? = nil, service: String? = nil, severity: Severity? = nil) {
            self.since = since
            self.until = until
            self.service = service
            self.severity = severity
        }

        /// True when `incident` is in the set; an undated incident is out once a date bound is given.
        public func matches(_ incident: Incident) -> Bool {
            if since != nil || until != nil {
                guard let date = incident.date else { return false }
                if let since, date < since { return false }
                if let until, date > until { return false }
            }
            if let service, !incident.services.contains(where: { $0.lowercased() == service.lowercased() }) { return false }
            if let severity, incident.severity != severity { return false }
            return true
        }
    }

    /// One row: a dimension (`all`, `severity`, `service`, `month`), its value, and the summary.
    public struct Group: Sendable, Equatable {
        public var dimension: String
        public var key: String
        public var incidents: Int
        public var summary: MetricsSummary
    }

    /// Overall first, then severities (SEV1 first, unknown last), services and months (by name).
    public static func groups(_ incidents: [Incident], filter: Filter = Filter()) -> [Group] {
        let chosen = incidents.filter(filter.matches)
        let metrics = chosen.map(IncidentMetrics.init)
        let pairs = Array(zip(chosen, metrics))
        func grouped(_ dimension: String, _ keys: (Incident) -> [String], order: (String, String) -> Bool) -> [Group] {
            var buckets: [String: [IncidentMetrics]] = [:]
            for (incident, metric) in pairs {
                for key in Set(keys(incident)) { buckets[key, default: []].append(metric) }
            }
            return buckets.keys.sorted(by: order).map { Group(dimension: dimension, key: $0, incidents: buckets[$0]!.count, summary: MetricsSummary(buckets[$0]!)) }
        }
        let unknownLast: (String, String) -> Bool = { ($0 == "unknown" ? 1 : 0, $0) < ($1 == "unknown" ? 1 : 0, $1) }
        return [Group(dimension: "all", key: "all", incidents: chosen.count, summary: MetricsSummary(metrics))]
            + grouped("severity", { [$0.severity?.description ?? "unknown"] }, order: unknownLast)
            + grouped("service", { $0.services.isEmpty ? ["unknown"] : $0.services.map { $0.lowercased() } }, order: unknownLast)
            + grouped("month", { [$0.date.map { String($0.description.prefix(7)) } ?? "unknown"] }, order: unknownLast)
    }
}
