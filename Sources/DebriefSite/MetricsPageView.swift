import DebriefModel
import DebriefReader
import DebriefMetrics

/// The "How metrics are computed" page: the definitions of DESIGN.md.
public struct MetricsPageView: Sendable {
    public struct Definition: Sendable {
        public let abbreviation: String
        public let name: String
        public let formula: String
        public let meaning: String
    }

    public struct MilestoneWords: Sendable {
        public let name: String
        public let meaning: String
        public let words: String
    }

    public let site: SiteChrome
    public let definitions: [Definition]
    public let milestones: [MilestoneWords]
    public let defaultZone: String

    public init(config: SiteConfig) {
        let meanings: [IncidentMetrics.Kind: String] = [
            .timeToDetect: "How long customers were affected before anyone noticed.",
            .timeToAcknowledge: "How long a signal waited for a responder to take it on.",
            .timeToIdentify: "How long it took, from the start of impact, to find the root cause.",
            .timeToMitigate: "How long customers were affected before impact stopped or was reduced.",
            .timeToResolve: "The incident's duration: from the start of impact to full recovery.",
        ]
        let milestoneMeanings: [(Milestone, String, String)] = [
            (.started, "Customer impact began.", "outage began, deploy started, \"Outage Duration: [A - B]\" start, \"from A to B\" in the summary"),
            (.detected, "The first signal was seen by anyone.", "alert fired, monitoring, noticed, reported, paged"),
            (.acknowledged, "A responder took it on.", "acknowledged, began investigating, on-call engineer, incident declared"),
            (.identified, "The root cause was found.", "root cause identified, found the cause, traced to"),
            (.mitigated, "Impact stopped or was reduced.", "rolled back, reverted, failover, fix deployed, corrected, restarted"),
            (.resolved, "Service was fully restored.", "restored, resolved, recovered, back to normal, \"Service Restored\""),
        ]
        self.site = SiteChrome(siteTitle: config.title, pageTitle: "How metrics are computed", depth: 1, section: "metrics")
        self.definitions = IncidentMetrics.Kind.allCases.map { kind in
            Definition(abbreviation: kind.abbreviation, name: kind.title,
                       formula: "\(kind.endpoints.to.rawValue) − \(kind.endpoints.from.rawValue)", meaning: meanings[kind] ?? "")
        }
        self.milestones = milestoneMeanings.map { MilestoneWords(name: $0.0.rawValue, meaning: $0.1, words: $0.2) }
        self.defaultZone = config.timezone
    }
}
