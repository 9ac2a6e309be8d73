/// Every file of the site, before any is rendered: the plan the render and
/// write phases work through in batches.
struct PagePlan: Sendable {
    enum Page: Sendable, Equatable {
        case index
        case incident(Int)
        case services
        /// A page of the incidents of one service, severity or tag.
        case facet(PageFacet)
        /// The action-item ledger.
        case ledger
        case metrics
        /// The digest page of the week at this index of the measures' reports.
        case digestWeek(Int)
        case digestLatest, digestIndex, digestFeed
        case feed, json, csv, search
        /// Every HTML page's URL; written only when the site has a base URL.
        case sitemap
        case asset(String)
        /// An image beside an incident's page: the incident's index and the image's.
        case image(Int, Int)
        case gitkeep
    }

    let pages: [Page]

    init(_ measures: SiteMeasures, assets: [String: String], sitemap: Bool = false) {
        var pages: [Page] = [.index]
        pages += measures.incidents.indices.map(Page.incident)
        for (incident, images) in measures.images.enumerated() { pages += images.indices.map { Page.image(incident, $0) } }
        pages.append(.services)
        for (kind, counts) in [(PageFacet.Kind.service, measures.browse.services), (.severity, measures.browse.severities), (.tag, measures.browse.tags)] {
            pages += counts.map { Page.facet(PageFacet(kind, $0.0)) }
        }
        pages += [.ledger, .metrics]
        pages += measures.digestWeeks.indices.map(Page.digestWeek)
        if !measures.digestWeeks.isEmpty { pages.append(.digestLatest) }
        pages += [.digestIndex, .digestFeed, .feed, .json, .csv, .search]
        if sitemap { pages.append(.sitemap) }
        pages += assets.keys.sorted().map(Page.asset)
        pages.append(.gitkeep)
        self.pages = pages
    }

    /// The pages in runs of at most `size`, in plan order.
    func batches(of size: Int) -> [ArraySlice<Page>] {
        stride(from: 0, to: pages.count, by: max(size, 1)).map { pages[$0..<min($0 + max(size, 1), pages.count)] }
    }
}
