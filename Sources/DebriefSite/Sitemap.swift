import Foundation

/// `sitemap.xml` (sitemaps.org protocol 0.9). The protocol asks for absolute URLs,
/// so a sitemap is written only when `baseURL` is set; without it there is none,
/// rather than one that crawlers would reject.
enum Sitemap {
    /// Every HTML page of `pages` (site-relative paths), sorted; nil without a base URL.
    static func xml(pages: [String], baseURL: String) -> String? {
        guard !baseURL.isEmpty else { return nil }
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        var xml = XMLWriter()
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        xml.open("urlset", ["xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9"])
        for page in pages.filter({ $0.hasSuffix(".html") }).sorted() {
            xml.open("url")
            xml.element("loc", base + (page.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? page))
            xml.close("url")
        }
        xml.close("urlset")
        return xml.text
    }
}
