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

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
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
        counts(incidents, .service)
    }

    /// Values of a facet with their incident counts, most incidents first, then by name;
    /// values sharing a page slug are one, shown by the alphabetically first spelling.
    /// Severities run in their own order (SEV1 first, "unknown" last) instead.
    static func counts(_ incidents: [Incident], _ kind: PageFacet.Kind) -> [(String, Int)] {
        var counts: [String: Int] = [:]
        var names: [String: String] = [:]
        var slugs: [String: String] = [:]  // value → its page slug, worked out once per distinct value
        for incident in incidents {
            let values = PageFacet.values(of: incident, kind: kind).map { value in
                if let slug = slugs[value] { return (value, slug) }
                let slug = PageFacet(kind, value).slug
                slugs[value] = slug
                return (value, slug)
            }
            for (value, slug) in values {
                if let name = names[slug], name <= value { continue }
                names[slug] = value
            }
            for slug in Set(values.map(\.1)) { counts[slug, default: 0] += 1 }
        }
        let named = counts.map { (names[$0.key] ?? $0.key, $0.value) }
        guard kind == .severity else { return named.sorted { ($1.1, $0.0) < ($0.1, $1.0) } }
        let order = IndexPageView.severityCategories
        return named.sorted { (order.firstIndex(of: $0.0) ?? order.count, $0.0) < (order.firstIndex(of: $1.0) ?? order.count, $1.0) }
    }

    /// What the ledger's ages are measured to: the end of the latest digest week (the
    /// newest week with an incident), so the ledger agrees with `digest/latest/` and a
    /// rebuild of unchanged postmortems gives the same page.
    public static func ledgerAsOf(_ incidents: [Incident], config: SiteConfig) -> (instant: Date, week: ISOWeek)? {
        let bucketing = WeekBucketing(timeZone: config.foundationZone, weekStart: config.weekStart)
        guard let latest = incidents.compactMap(\.startedAt).max() else { return nil }
        let week = bucketing.week(containing: latest)
        return (bucketing.end(of: week), week)
    }

    /// Renders every page of the site, in memory (the pipeline streams them instead).
    public func files(for loadedIncidents: [LoadedIncident]) throws -> [SiteFile] {
        let measured = SiteMeasures(loaded: loadedIncidents, config: config)
        return try render(PagePlan(measured, assets: assets, sitemap: !config.baseURL.isEmpty).pages[...], measured: measured)
    }
}

/// The list of services with links to their pages.
public struct ServicesPageView: Sendable, MustacheView {
    public let site: SiteChrome
    public let services: [IndexPageView.ServiceLink]
    public let hasServices: Bool

    public init(services: [(String, Int)], config: SiteConfig) {
        self.site = SiteChrome(siteTitle: config.title, pageTitle: "Services", depth: 1, section: "services")
        self.services = services.map { IndexPageView.ServiceLink(name: $0.0, href: ViewFactory.serviceHref($0.0, root: "../"), count: $0.1) }
        self.hasServices = !services.isEmpty
    }
}
