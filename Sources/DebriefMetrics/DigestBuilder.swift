import DebriefModel
import Foundation

/// Builds ``DigestReport``s for any week from one set of incidents, bucketed once.
///
/// Pure: the same incidents give the same reports, whatever the clock says.
public struct DigestBuilder: Sendable {
    public let bucketing: WeekBucketing
    /// Incidents by the week they started in.
    public let byWeek: [ISOWeek: [Incident]]
    /// Incidents with no known instant (in no week).
    public let undated: [Incident]
    /// The weeks that hold incidents, and the empty weeks between two of them that are
    /// at most ``maxFilledGap`` weeks apart, oldest first. A date typo (1900, 2200) adds
    /// one week, not a page for every week of two centuries.
    public let weeks: [ISOWeek]
    /// Longest run of empty weeks a digest fills in between two incidents' weeks.
    public static let maxFilledGap = 104
    /// Dated incidents, oldest first, with what every week asks of them computed once
    /// (a site builds a report for every week, so per-week work must stay cheap).
    private let chronological: [Incident]
    /// The week each of them started in (rising, as they are oldest first).
    private let chronologicalWeeks: [ISOWeek]
    private let starts: [Date]
    private let resolvedAt: [Date?]
    private let openStatus: [Bool]
    /// Every action item; the digest's open items are its rows (see ``ActionLedger``).
    public let ledger: ActionLedger

    public init(incidents: [Incident], bucketing: WeekBucketing) {
        self.bucketing = bucketing
        let buckets = bucketing.buckets(incidents)
        self.byWeek = buckets.byWeek
        self.undated = buckets.undated
        let sortedWeeks = buckets.byWeek.keys.sorted()
        self.weeks = Self.span(sortedWeeks)
        let chronological = WeekBucketing.chronological(incidents.filter { $0.startedAt != nil })
        self.chronological = chronological
        self.chronologicalWeeks = chronological.map { bucketing.week(containing: $0.startedAt!) }
        self.starts = chronological.map { $0.startedAt! }
        self.resolvedAt = chronological.map { $0.time(of: .resolved) }
        self.openStatus = chronological.map(\.isOpen)
        self.ledger = ActionLedger(incidents)
    }

    /// `sorted` with the weeks between neighbours filled in where the gap is at most ``maxFilledGap``.
    static func span(_ sorted: [ISOWeek]) -> [ISOWeek] {
        var out: [ISOWeek] = []
        for week in sorted {
            guard let last = out.last else { out.append(week); continue }
            var filler: [ISOWeek] = []
            var cursor = last.next
            while cursor < week, filler.count <= maxFilledGap { filler.append(cursor); cursor = cursor.next }
            out += (filler.count <= maxFilledGap ? filler : []) + [week]
        }
        return out
    }

    /// The newest week that has an incident (what `digest/latest/` shows).
    public var latestWeek: ISOWeek? { weeks.last }

    /// The digest of `week` (any week, with or without incidents).
    ///
    /// - Parameter openItemLimit: keep only this many of the oldest open action items of earlier
    ///   incidents (``DigestReport/openActionItemCount`` still counts them all); nil keeps all.
    public func report(for week: ISOWeek, openItemLimit: Int? = nil) -> DigestReport {
        let start = bucketing.start(of: week), end = bucketing.end(of: week)
        let incidents = byWeek[week] ?? []
        let previous4 = window(before: week, count: 4)
        let previous12 = window(before: week, count: 12)
        let baseline = previous12.weeks.flatMap { byWeek[$0] ?? [] }
        let trend = Trend.compare(
            current: Self.values(.timeToResolve, of: incidents), baseline: Self.values(.timeToResolve, of: baseline),
            metricName: "TTR", currentLabel: "this week", baselineLabel: "over the previous 12 weeks")
        let chartWeeks = Array(previous12.weeks.suffix(11)) + [week]
        // The weeks' incidents, one run of the oldest-first list (each week's bucket is its run of it): no copies.
        let chartIncidents = chronological[firstIndex(inOrAfter: chartWeeks[0])..<firstIndex(inOrAfter: week.next)]
        return DigestReport(
            week: week, start: start, end: end,
            incidents: incidents,
            unresolved: unresolved(at: end, weekStart: start),
            impact: Self.impact(incidents, start: start, end: end),
            metrics: MetricsSummary(incidents.map(IncidentMetrics.init)),
            previous4: previous4, previous12: previous12,
            trendVerdict: trend.verdict, trendSentence: trend.sentence,
            severityMix: Self.severityMix(incidents),
            topServices: Array(Self.services(incidents).prefix(5)),
            createdActionItems: incidents.flatMap { incident in
                incident.actionItems.enumerated().map { DigestReport.Item(incident: incident, item: $1, number: $0 + 1, ageSeconds: nil) }
            },
            openActionItems: ledger.rows(asOf: end, startedBefore: start, openOnly: true, limit: openItemLimit ?? Int.max),
            openActionItemCount: ledger.openCount(startedBefore: start),
            longest: Self.longest(incidents, end: end),
            chartWeeks: chartWeeks.map { DigestReport.ChartWeek(week: $0, severities: Self.severityMix(byWeek[$0] ?? [])) },
            chartIncidents: chartIncidents
        )
    }

    // MARK: - Parts

    private func window(before week: ISOWeek, count: Int) -> DigestReport.Window {
        var weeks: [ISOWeek] = []
        var cursor = week
        for _ in 0..<count { cursor = cursor.previous; weeks.insert(cursor, at: 0) }
        let incidents = weeks.flatMap { byWeek[$0] ?? [] }
        return DigestReport.Window(weeks: weeks, incidentCount: incidents.count,
                                   summary: MetricsSummary(incidents.map(IncidentMetrics.init)))
    }

    /// Index of the first incident (oldest first) that started in `week` or later.
    private func firstIndex(inOrAfter week: ISOWeek) -> Int { Self.lowerBound(of: week, in: chronologicalWeeks) }

    /// Index of the first incident (oldest first) that started at or after `instant`.
    private func firstIndex(startingAtOrAfter instant: Date) -> Int { Self.lowerBound(of: instant, in: starts) }

    /// The first index of a sorted array whose element is not below `value` (binary search).
    private static func lowerBound<T: Comparable>(of value: T, in sorted: [T]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Incidents started before `instant` and unresolved at it (see ``Resolution/isUnresolved(startedThisWeek:)``), oldest first.
    private func unresolved(at instant: Date, weekStart: Date) -> [Incident] {
        (0..<firstIndex(startingAtOrAfter: instant)).filter { index in
            // Cheap test first: most earlier incidents were resolved long before.
            if let resolved = resolvedAt[index], resolved < instant { return false }
            return Resolution(chronological[index], at: instant).isUnresolved(startedThisWeek: starts[index] >= weekStart)
        }.map { chronological[$0] }
    }

    /// Unresolved at `instant`: resolved at or after it, or with no resolved time and an open status.
    public static func isUnresolved(_ incident: Incident, at instant: Date) -> Bool {
        Resolution(incident, at: instant) == .open
    }

    /// Resolved (or, while open, the week's end) − started, in seconds; nil without both ends.
    static func duration(_ incident: Incident, end: Date) -> Int? {
        guard let started = incident.time(of: .started) else { return nil }
        let finish = incident.time(of: .resolved) ?? (incident.isOpen ? max(end, started) : nil)
        return finish.map { max(0, Int($0.timeIntervalSince(started).rounded())) }
    }

    static func impact(_ incidents: [Incident], start: Date, end: Date) -> DigestReport.Impact {
        var seconds = 0, counted = 0, lackingStart = 0, lackingEnd = 0
        for incident in incidents {
            guard let started = incident.time(of: .started) else { lackingStart += 1; continue }
            guard let finish = incident.time(of: .resolved) ?? (incident.isOpen ? end : nil) else { lackingEnd += 1; continue }
            let from = max(started, start), to = min(finish, end)
            seconds += max(0, Int(to.timeIntervalSince(from).rounded()))
            counted += 1
        }
        return DigestReport.Impact(seconds: seconds, counted: counted, lackingStart: lackingStart, lackingEnd: lackingEnd)
    }

    static func longest(_ incidents: [Incident], end: Date) -> DigestReport.Longest? {
        var best: DigestReport.Longest?
        for incident in incidents {
            guard let seconds = duration(incident, end: end) else { continue }
            if best == nil || seconds > best!.seconds {
                best = DigestReport.Longest(incident: incident, seconds: seconds, isOpen: incident.time(of: .resolved) == nil)
            }
        }
        return best
    }

    static func values(_ kind: IncidentMetrics.Kind, of incidents: [Incident]) -> [Double] {
        incidents.compactMap { IncidentMetrics($0)[kind] }.map(Double.init)
    }

    static func severityMix(_ incidents: [Incident]) -> [DigestReport.Count] {
        DigestReport.severityCategories.compactMap { category in
            let count = incidents.filter { ($0.severity?.description ?? "unknown") == category }.count
            return count > 0 ? DigestReport.Count(name: category, count: count) : nil
        }
    }

    /// Services by incident count, most first, then by name.
    static func services(_ incidents: [Incident]) -> [DigestReport.Count] {
        var counts: [String: Int] = [:]
        for incident in incidents { for service in Set(incident.services) { counts[service, default: 0] += 1 } }
        return counts.map { DigestReport.Count(name: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.name) < ($0.count, $1.name) }
    }
}
