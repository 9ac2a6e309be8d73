/// Every file of the site, before any is rendered: the plan the render and
/// write phases work through in batches.
struct PagePlan: Sendable {
    enum Page: Sendable, Equatable {
        case index
        case incident(Int)
        case services
        /// A service's page, by its display name.
        case service(String)
        case metrics
        /// The digest page of the week at this index of the measures' reports.
        case digestWeek(Int)
        case digestLatest, digestIndex, digestFeed
        case feed, json, csv
        case asset(String)
        case gitkeep
    }

    let pages: [Page]

    init(_ measures: SiteMeasures, assets: [String: String]) {
        var pages: [Page] = [.index]
        pages += measures.incidents.indices.map(Page.incident)
        pages.append(.services)
        pages += measures.services.map { Page.service($0.0) }
        pages.append(.metrics)
        pages += measures.digestReports.indices.map(Page.digestWeek)
        if !measures.digestReports.isEmpty { pages.append(.digestLatest) }
        pages += [.digestIndex, .digestFeed, .feed, .json, .csv]
        pages += assets.keys.sorted().map(Page.asset)
        pages.append(.gitkeep)
        self.pages = pages
    }

    /// The pages in runs of at most `size`, in plan order.
    func batches(of size: Int) -> [ArraySlice<Page>] {
        stride(from: 0, to: pages.count, by: max(size, 1)).map { pages[$0..<min($0 + max(size, 1), pages.count)] }
    }
}
