/// What every page's layout needs: the site title, the page title, and the
/// relative path back to the site root (so links work from `file://` and any sub-path).
public struct SiteChrome: Sendable, MustacheView {
    public let siteTitle: String
    public let pageTitle: String
    /// "", "../", "../../" …: prefix for every internal link.
    public let root: String
    /// Which navigation entry is current ("incidents", "services", "actions", "digest", "metrics").
    public let isIncidents: Bool
    public let isServices: Bool
    public let isDigest: Bool
    public let isMetrics: Bool
    public let isActions: Bool

    public init(siteTitle: String, pageTitle: String, depth: Int, section: String) {
        self.siteTitle = siteTitle
        self.pageTitle = pageTitle
        self.root = String(repeating: "../", count: depth)
        self.isIncidents = section == "incidents"
        self.isServices = section == "services"
        self.isDigest = section == "digest"
        self.isMetrics = section == "metrics"
        self.isActions = section == "actions"
    }
}

/// A link to an incident, for lists and tables.
public struct IncidentRow: Sendable, MustacheView {
    public let title: String
    public let href: String
    public let dateText: String
    /// ISO date (or empty) for sorting.
    public let dateSort: String
    public let severity: String
    public let severityClass: String
    public let severitySort: Int
    public let servicesText: String
    public let ttd: String
    public let ttdSort: Int
    public let ttr: String
    public let ttrSort: Int
    public let isOpen: Bool
}

/// One aggregate metric over a set of incidents (MTTR with n, median and p90).
public struct SummaryCard: Sendable, MustacheView {
    public let abbreviation: String
    public let name: String
    public let mean: String
    public let median: String
    public let p90: String
    public let n: Int
    public let known: Bool
}
