import DebriefModel
import Foundation

extension SiteBuilder {
    /// Renders a batch of planned pages on all cores; an error names the page's source or template.
    func render(_ pages: ArraySlice<PagePlan.Page>, measured: SiteMeasures) throws -> [SiteFile] {
        try ParallelMap.map(Array(pages)) { page -> Result<SiteFile, BuildError> in
            Result { try render(page, measured: measured) }
                .mapError { BuildError(.render, file: source(of: page, measured: measured), wrapping: $0) }
        }.map { try $0.get() }
    }

    /// The file a page's problem is reported against.
    func source(of page: PagePlan.Page, measured: SiteMeasures) -> String {
        switch page {
        case .incident(let index), .image(let index, _): return measured.incidents[index].source
        case .index, .facet: return "Templates/index.mustache"
        case .ledger: return "Templates/ledger.mustache"
        case .services: return "Templates/services.mustache"
        case .metrics: return "Templates/metrics.mustache"
        case .digestWeek, .digestLatest: return "Templates/digest.mustache"
        case .digestIndex: return "Templates/digest-index.mustache"
        default: return "Output"
        }
    }

    /// An incident's page is made from its full read, taken from the measures' store only now.
    func render(_ page: PagePlan.Page, measured: SiteMeasures) throws -> SiteFile {
        switch page {
        case .incident(let index):
            let loaded = try measured.store.loaded(index)
            return SiteFile(path: "incidents/\(loaded.incident.slug)/index.html",
                            text: try renderer.render(IncidentPageView(loaded, related: measured.related, config: config), template: "incident"))
        case .image(let incident, let index):
            let image = measured.images[incident][index]
            return SiteFile(path: "incidents/\(measured.incidents[incident].slug)/\(image.destination)",
                            data: try FileSystem.disk.read(image.source))
        default:
            return try prepare(page, measured: measured).file(renderer)
        }
    }

    /// An aggregate page (any page but an incident's and its images) as the view it shows, or its bytes, before rendering.
    func prepare(_ page: PagePlan.Page, measured: SiteMeasures) throws -> PreparedPage {
        let digest = DigestPages(config: config, renderer: renderer)
        switch page {
        case .index:
            return PreparedPage(path: "index.html", view: IndexPageView(incidents: measured.incidents, config: config, facet: nil,
                                                                        browse: measured.browse), template: "index")
        case .services:
            return PreparedPage(path: "services/index.html", view: ServicesPageView(services: measured.services, config: config), template: "services")
        case .facet(let facet):
            return PreparedPage(path: facet.path, view: IndexPageView(incidents: measured.incidents(of: facet), config: config, facet: facet),
                                template: "index")
        case .ledger:
            return PreparedPage(path: "actions/index.html", view: LedgerPageView(ledger: measured.ledger, asOf: measured.ledgerAsOf, config: config),
                                template: "ledger")
        case .metrics: return PreparedPage(path: "metrics/index.html", view: MetricsPageView(config: config), template: "metrics")
        case .digestWeek(let index): return digest.weekPage(measured.digestReports[index], weeks: measured.digestWeeks)
        case .digestLatest: return digest.latestPage(measured.digestReports[measured.digestReports.count - 1], weeks: measured.digestWeeks)
        case .digestIndex: return digest.indexPage(measured.digestReports, undatedCount: measured.undatedCount)
        case .digestFeed: return digest.feed(measured.digestReports)
        default: return PreparedPage(try exported(page, measured: measured))
        }
    }

    /// A page made without templates.
    private func exported(_ page: PagePlan.Page, measured: SiteMeasures) throws -> SiteFile {
        switch page {
        case .feed: return SiteFile(path: "feed.xml", text: Exports.atom(measured.incidents, config: config))
        case .json:
            // The incidents' full reads (timelines) one batch at a time, never all at once.
            let store = measured.store
            return SiteFile(path: "incidents.json", data: try IncidentsJSON.data(ViewFactory.newestFirstOrder(measured.incidents)) {
                try store.loaded($0).incident
            })
        case .csv: return SiteFile(path: "incidents.csv", text: Exports.csv(measured.incidents))
        case .search: return SiteFile(path: "search.json", text: SearchIndex.json(measured.incidents, texts: measured.searchTexts))
        case .sitemap: return SiteFile(path: "sitemap.xml", text: Sitemap.xml(pages: htmlPaths(measured), baseURL: config.baseURL) ?? "")
        case .asset(let name): return SiteFile(path: "assets/\(name)", text: assets[name] ?? "")
        case .gitkeep: return SiteFile(path: ".gitkeep", text: "")
        default: preconditionFailure("\(page) is made from a template")
        }
    }

    /// The HTML pages the plan writes, for the sitemap (known before any is rendered).
    func htmlPaths(_ measured: SiteMeasures) -> [String] {
        var paths = ["index.html", "services/index.html", "actions/index.html", "metrics/index.html", "digest/index.html"]
        paths += measured.incidents.map { "incidents/\($0.slug)/index.html" }
        for counts in [(PageFacet.Kind.service, measured.browse.services), (.severity, measured.browse.severities), (.tag, measured.browse.tags)] {
            paths += counts.1.map { PageFacet(counts.0, $0.0).path }
        }
        paths += measured.digestWeeks.map { "digest/\($0)/index.html" }
        if !measured.digestWeeks.isEmpty { paths.append("digest/latest/index.html") }
        return paths
    }
}
