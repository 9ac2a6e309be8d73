import DebriefModel
import DebriefReader
import DebriefMetrics

/// The "How metrics are computed" page: the definitions of DESIGN.md.
public struct MetricsPageView: Sendable, MustacheView {
    public struct Definition: Sendable, MustacheView {
        public let abbreviation: String
        public let name: String
        public let formula: String
        public let meaning: String
    }

    public struct MilestoneWords: Sendable, MustacheView {
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
        let milestoneWords: [(Milestone, String)] = [
            (.started, "outage began, errors start, \"Outage Duration: [A - B]\" start, \"from A to B\" in the summary"),
            (.detected, "alert fired, monitoring, noticed, reported, paged"),
            (.acknowledged, "acknowledged, began investigating, on-call engineer, incident declared"),
            (.identified, "root cause identified, found the cause, traced to"),
            (.mitigated, "rolled back, reverted, failover, fix deployed, corrected, restarted"),
            (.resolved, "restored, recovered, back to normal, healthy again, \"Service Restored\""),
        ]
        self.site = SiteChrome(siteTitle: config.title, pageTitle: "How metrics are computed", depth: 1, section: "metrics")
        self.definitions = IncidentMetrics.Kind.allCases.map { kind in
            Definition(abbreviation: kind.abbreviation, name: kind.title,
                       formula: "\(kind.endpoints.to.rawValue) − \(kind.endpoints.from.rawValue)", meaning: meanings[kind] ?? "")
        }
        self.milestones = milestoneWords.map { MilestoneWords(name: $0.0.rawValue, meaning: $0.0.definition, words: $0.1) }
        self.defaultZone = config.timezone
    }
}
