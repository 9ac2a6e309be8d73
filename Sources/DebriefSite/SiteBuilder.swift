import DebriefMarkdown
import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// One generated file of the site.
public struct SiteFile: Sendable {
    public var path: String
    public var data: Data

    public init(path: String, text: String) {
        self.path = path
        self.data = Data(text.utf8)
    }
}

/// The build pipeline: incidents in, site files out (no disk access here).
public struct SiteBuilder: Sendable {
    public var config: SiteConfig
    public var renderer: TemplateRenderer
    /// Static assets (name → text): the built-in ones, overridden by the site's.
    public var assets: [String: String]

    public init(config: SiteConfig, renderer: TemplateRenderer, assets: [String: String] = BuiltinTemplates.assets) {
        self.config = config
        self.renderer = renderer
        self.assets = assets
    }

    /// Gives every incident a unique slug, in source order. Two files with one slug are an
    /// error on the later file naming the earlier one (URLs must not depend on which file
    /// sorts first); the later page is still written, as `slug-2`, so nothing is overwritten.
    public static func uniqueSlugs(_ loaded: [LoadedIncident]) -> [LoadedIncident] {
        var used: [String: String] = [:]  // slug → source that holds it
        return loaded.map { item in
            var item = item
            let wanted = item.incident.slug
            if let holder = used[wanted] {
                var counter = 2
                while used["\(wanted)-\(counter)"] != nil { counter += 1 }
                item.incident.slug = "\(wanted)-\(counter)"
                item.incident.diagnostics.append(Diagnostic(.error, line: 0, "slug '\(wanted)' is already used by \(holder); "
                    + "rename one file or set a different `slug:` in its front matter (this page was written as '\(item.incident.slug)')"))
            }
            used[item.incident.slug] = item.incident.source
            return item
        }
    }

    /// Services with their incident counts, most incidents first, then by name. Names
    /// that share a page slug ("API" and "api") are one service, shown by the
    /// alphabetically first spelling, so no service page overwrites another.
    public static func services(_ incidents: [Incident]) -> [(String, Int)] {
        var counts: [String: Int] = [:]
        var names: [String: String] = [:]
        for incident in incidents {
            for service in incident.services {
                let slug = ViewFactory.serviceSlug(service)
                if let name = names[slug], name <= service { continue }
                names[slug] = service
            }
            for slug in Set(incident.services.map(ViewFactory.serviceSlug)) { counts[slug, default: 0] += 1 }
        }
        return counts.map { (names[$0.key] ?? $0.key, $0.value) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    }

    /// Renders every page of the site, in memory (the pipeline streams them instead).
    public func files(for loadedIncidents: [LoadedIncident]) throws -> [SiteFile] {
        let measured = SiteMeasures(loaded: loadedIncidents, config: config)
        return try render(PagePlan(measured, assets: assets).pages[...], measured: measured, bodies: measured.bodies)
    }
}

/// The list of services with links to their pages.
public struct ServicesPageView: Sendable {
    public let site: SiteChrome
    public let services: [IndexPageView.ServiceLink]
    public let hasServices: Bool

    public init(services: [(String, Int)], config: SiteConfig) {
        self.site = SiteChrome(siteTitle: config.title, pageTitle: "Services", depth: 1, section: "services")
        self.services = services.map { IndexPageView.ServiceLink(name: $0.0, href: ViewFactory.serviceHref($0.0, root: "../"), count: $0.1) }
        self.hasServices = !services.isEmpty
    }
}
