import DebriefMarkdown
import DebriefModel
import DebriefReader
import Foundation

/// One way of cutting the incident list into pages: by service, severity or tag.
/// Each value gets `FOLDER/SLUG/index.html`, drawn by the index template.
public struct PageFacet: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case service, severity, tag

        /// The folder of the facet's pages.
        var folder: String {
            switch self {
            case .service: "services"
            case .severity: "severities"
            case .tag: "tags"
            }
        }
    }

    public let kind: Kind
    /// The value as shown ("checkout-api", "SEV1", "unknown", "database").
    public let name: String

    public init(_ kind: Kind, _ name: String) {
        self.kind = kind
        self.name = name
    }

    /// The page's slug: names that differ only in case or punctuation share one page.
    var slug: String {
        let slug = Slug.make(name)
        return slug.isEmpty ? kind.rawValue : slug
    }

    /// Site-relative path of the facet's page.
    var path: String { "\(kind.folder)/\(slug)/index.html" }

    func href(root: String) -> String { root + path }

    /// "Service: checkout-api", "Severity: SEV1", "Tag: database".
    var heading: String {
        switch kind {
        case .service: "Service: \(name)"
        case .severity: name == Self.unknownSeverity ? "Severity not stated" : "Severity: \(name)"
        case .tag: "Tag: \(name)"
        }
    }

    /// Ends the page's lede: "3 incidents affecting checkout-api."
    var phrase: String {
        switch kind {
        case .service: " affecting \(name)."
        case .severity: name == Self.unknownSeverity ? " with no severity stated." : " of severity \(name)."
        case .tag: " tagged \(name)."
        }
    }

    /// Keeps chart ids of different pages apart.
    var idPrefix: String {
        switch kind {
        case .service: "svc-\(slug)-"
        case .severity: "sev-\(slug)-"
        case .tag: "tag-\(slug)-"
        }
    }

    var section: String { kind == .service ? "services" : "incidents" }

    static let unknownSeverity = "unknown"

    /// The facet values an incident has (a severity page for "unknown" too, so every incident is on one).
    static func values(of incident: Incident, kind: Kind) -> [String] {
        switch kind {
        case .service: incident.services
        case .severity: [incident.severity?.description ?? unknownSeverity]
        case .tag: incident.tags
        }
    }

    func includes(_ incident: Incident) -> Bool {
        Self.values(of: incident, kind: kind).contains { PageFacet(kind, $0).slug == slug }
    }
}
