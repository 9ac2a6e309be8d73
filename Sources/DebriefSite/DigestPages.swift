import DebriefModel
import Foundation

/// The weekly digest pages (issue 5); a placeholder that writes none yet.
struct DigestPages {
    var config: SiteConfig
    var renderer: TemplateRenderer

    func files(for incidents: [Incident]) throws -> [SiteFile] { [] }
}
