/// Where each planned page is written, known before it is rendered (the cache looks
/// pages up by path; `PagePathTests` checks these agree with what rendering writes).
extension PagePlan.Page {
    func path(_ measured: SiteMeasures) -> String {
        switch self {
        case .index: return "index.html"
        case .incident(let index): return "incidents/\(measured.incidents[index].slug)/index.html"
        case .services: return "services/index.html"
        case .facet(let facet): return facet.path
        case .ledger: return "actions/index.html"
        case .metrics: return "metrics/index.html"
        case .digestWeek(let index): return "digest/\(measured.digestWeeks[index])/index.html"
        case .digestLatest: return "digest/latest/index.html"
        case .digestIndex: return "digest/index.html"
        case .digestFeed: return "digest/feed.xml"
        case .feed: return "feed.xml"
        case .json: return "incidents.json"
        case .csv: return "incidents.csv"
        case .search: return "search.json"
        case .sitemap: return "sitemap.xml"
        case .asset(let name): return "assets/\(name)"
        case .image(let incident, let index): return "incidents/\(measured.incidents[incident].slug)/\(measured.images[incident][index].destination)"
        case .gitkeep: return ".gitkeep"
        }
    }
}
