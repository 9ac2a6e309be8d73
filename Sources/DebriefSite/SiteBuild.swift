import DebriefModel
import Foundation

/// One build of a site folder, as `debrief build` and `debrief serve` run it:
/// settings, content, drafts, templates, pages, then the output swapped in.
/// Nothing is printed; the report says what happened, in order.
public struct SiteBuild: Sendable {
    /// The site folder (holding Content/, Templates/ and debrief.yml).
    public var site: String
    /// Content and output folders, relative to the site folder or absolute.
    public var content: String
    public var output: String
    /// Publish drafts too (`build --drafts`, `serve --drafts`).
    public var includeDrafts: Bool

    public init(site: String, content: String = "Content", output: String = "Output", includeDrafts: Bool = false) {
        self.site = site
        self.content = content
        self.output = output
        self.includeDrafts = includeDrafts
    }

    /// The output folder's path as given (site-relative paths joined to the site).
    public var outputPath: String { SitePaths.path(output, site: site) }

    /// Runs the build. A report that `stopped` wrote nothing and kept the last site.
    public func run() -> SiteBuildReport {
        var report = SiteBuildReport()
        let settingsPath = (site as NSString).appendingPathComponent("debrief.yml")
        var config = SiteConfig()
        if let data = FileManager.default.contents(atPath: settingsPath) {
            let (parsed, diagnostics) = SiteConfig.parse(String(decoding: data, as: UTF8.self))
            config = parsed
            for diagnostic in diagnostics { report.add(diagnostic.level, diagnostic.formatted(path: settingsPath)) }
            report.warnings += diagnostics.filter { $0.level == .warning }.count
            if diagnostics.contains(where: { $0.level == .error }) { return report.stopping() }
        }
        guard let everything = loadContent(config: config, into: &report) else { return report.stopping() }
        // Checks over the whole site, done here so their findings are reported with the rest.
        let loaded = DuplicateTitles.flag(SiteBuilder.uniqueSlugs(Drafts.published(DistantDates.flag(everything), includeDrafts: includeDrafts)))
        report.draftsLeftOut = everything.count - loaded.count
        do {
            let renderer = try TemplateRenderer(overrides: TemplateRenderer.overrides(in: (site as NSString).appendingPathComponent("Templates")))
            let assets = BuiltinTemplates.assets.merging(SitePaths.assetOverrides(site: site)) { _, override in override }
            let files = try SiteBuilder(config: config, renderer: renderer, assets: assets).files(for: loaded)
            try OutputWriter(output: outputPath, content: SitePaths.path(content, site: site)).write(files.map { ($0.path, $0.data) })
            report.files = files.count
        } catch {
            report.add(.error, "\(error)")
            return report.stopping()
        }
        report.incidents = loaded.count
        for incident in loaded.map(\.incident) {
            for diagnostic in incident.diagnostics {
                if diagnostic.level == .error { report.errors += 1 }
                if diagnostic.level == .warning { report.warnings += 1 }
                report.add(diagnostic.level, diagnostic.formatted(path: incident.source))
            }
        }
        return report
    }

    /// Every postmortem under the content folder, or nil (with the reason reported) when there is no such folder.
    private func loadContent(config: SiteConfig, into report: inout SiteBuildReport) -> [LoadedIncident]? {
        let contentPath = SitePaths.path(content, site: site)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            report.add(.error, "\(contentPath): error: no content folder (put Markdown postmortems in \(content)/ or pass --content)")
            return nil
        }
        let scan = ContentScan.markdownFiles(in: contentPath)
        for skipped in scan.skipped { report.add(.warning, "\(SitePaths.relative(skipped.path, to: site)): warning: \(skipped.reason)") }
        let paths = scan.files.map { (path: $0, display: SitePaths.relative($0, to: site)) }
        let links = ContentLinks(root: contentPath, postmortems: scan.files)
        return SourceLoader(config: config, links: links).load(paths: paths, renderBody: true)
    }
}

/// What one build did: its messages in the order they arose, and its counts.
public struct SiteBuildReport: Sendable, Equatable {
    /// One line to show, compiler style (`Content/a.md:12: warning: ...`).
    public struct Message: Sendable, Equatable {
        public var level: Diagnostic.Level
        public var text: String
    }

    public var messages: [Message] = []
    /// True when the build stopped before writing (bad settings or templates, no content, output refused).
    public var stopped = false
    public var incidents = 0
    public var files = 0
    public var draftsLeftOut = 0
    /// Errors and warnings about postmortems and settings (what `--strict` counts).
    public var errors = 0
    public var warnings = 0

    public init() {}

    /// True when the site is not to be trusted: the build stopped or a postmortem has an error.
    public var failed: Bool { stopped || errors > 0 }

    mutating func add(_ level: Diagnostic.Level, _ text: String) {
        messages.append(Message(level: level, text: text))
    }

    func stopping() -> SiteBuildReport {
        var copy = self
        copy.stopped = true
        return copy
    }
}
