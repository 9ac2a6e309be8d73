import DebriefMarkdown
import DebriefMetrics
import DebriefModel
import DebriefReader
import DebriefSite
import Foundation

/// What `debrief build` does to one file, through the library and without disk:
/// decode, split the front matter (inside `MarkdownParser.parse`), parse, read, measure, render the body and the incident
/// page, and export. Broken promises trap. The milestone engine is chosen by the input's
/// length, so each input always meets the same one and the three share the time.
struct FuzzPipeline {
    static let shared = FuzzPipeline()

    let renderer: TemplateRenderer
    let path = "Content/2024-07-15-fuzz.md"

    init() {
        do { renderer = try TemplateRenderer() } catch { fatalError("built-in templates do not parse: \(error)") }
    }

    func run(_ data: Data) {
        let (text, _) = SourceLoader.decode(data)
        var frontMatterError: MarkdownError?
        let document = MarkdownParser.parse(text, frontMatterError: &frontMatterError)
        let bodyHTML = HTMLRenderer(allowRawHTML: false).render(document)
        _ = HTMLRenderer(allowRawHTML: true).render(document)
        var config = SiteConfig()
        config.milestoneEngine = Self.engine(for: data)
        let incident = IncidentReader(options: config.readerOptions()).read(document, path: path)
        render(LoadedIncident(incident: incident, bodyHTML: bodyHTML), config: config)
        _ = MetricsSummary([IncidentMetrics(incident)])
        checkExports([incident])
    }

    /// `.rules`, `.decoder` or `.consensus`, by the input's length.
    static func engine(for data: Data) -> MilestoneEngine {
        let engines = MilestoneEngine.allCases
        return engines[engines.index(engines.startIndex, offsetBy: data.count % engines.count)]
    }

    private func render(_ loaded: LoadedIncident, config: SiteConfig) {
        let view = IncidentPageView(loaded, all: [loaded.incident], config: config)
        do {
            _ = try renderer.render(view, template: "incident")
            // The desktop and phone drawings, side by side: each must be well-formed.
            if !view.chartSVG.isEmpty { OutputCheck.xml("<charts>\(view.chartSVG)</charts>", name: "the timeline chart") }
        } catch {
            fatalError("the incident page does not render: \(error)")
        }
    }

    private func checkExports(_ incidents: [Incident]) {
        OutputCheck.json(Exports.json(incidents))
        OutputCheck.csv(Exports.csv(incidents))
        OutputCheck.xml(Exports.atom(incidents, config: SiteConfig()), name: "feed.xml")
    }
}
