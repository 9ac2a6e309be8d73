import DebriefModel
import DebriefReader
import DebriefMetrics
import Foundation

/// One week's digest as a document for `debrief digest`: Markdown for chat,
/// plain text for a terminal, e-mail-safe HTML, or JSON.
public enum DigestOutput {
    public enum Format: String, Sendable, CaseIterable {
        case markdown, slack, text, html, json
    }

    /// Renders `report`. Incident links are absolute when the site has a `baseURL`, and otherwise
    /// relative to the week's digest page (`../../incidents/SLUG/index.html`), so they work beside it.
    public static func render(_ report: DigestReport, format: Format, config: SiteConfig) -> String {
        let base = config.baseURL.isEmpty ? nil : (config.baseURL.hasSuffix("/") ? config.baseURL : config.baseURL + "/")
        let facts = DigestFacts(report, config: config) { slug in ViewFactory.incidentHref(slug, root: base ?? "../../") }
        let pageURL = base.map { $0 + "digest/\(report.week)/index.html" }
        switch format {
        case .markdown: return DigestMarkdown.render(facts, pageURL: pageURL)
        case .slack: return DigestSlack.render(facts, pageURL: pageURL)
        case .text: return DigestPlainText.render(facts, pageURL: pageURL)
        case .html: return DigestEmailHTML.render(facts, pageURL: pageURL)
        case .json: return DigestJSON.render(report, facts: facts)
        }
    }
}
