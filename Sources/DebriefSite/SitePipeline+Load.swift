import DebriefModel
import Foundation

/// What the load phase gathers before any postmortem is read.
struct SiteInputs: Sendable {
    var config: SiteConfig
    var settingsWarnings: Int
    var renderer: TemplateRenderer
    var assets: [String: String]
    /// The postmortems to read, sorted.
    var paths: [String]
    var outputPath: String
    /// `debrief.yml`'s bytes (nil when there is none) and the site's template overrides, for the cache's keys.
    var settings: Data? = nil
    var overrides: [(name: String, text: String)] = []
}

extension SitePipeline {
    /// Settings, templates, assets and the content files; problems go to `report`,
    /// and one that stops the build is thrown naming its file.
    func load() throws -> SiteInputs {
        let site = request.site
        let settingsPath = (site as NSString).appendingPathComponent("debrief.yml")
        var config = SiteConfig(), warnings = 0
        let settings = FileManager.default.contents(atPath: settingsPath)
        if let data = settings {
            let (parsed, diagnostics) = SiteConfig.parse(String(decoding: data, as: UTF8.self))
            for diagnostic in diagnostics { report(diagnostic.formatted(path: settingsPath)) }
            if diagnostics.contains(where: { $0.level == .error }) {
                throw BuildError(.load, file: settingsPath, "the settings have errors; nothing was built")
            }
            config = parsed
            warnings = diagnostics.filter { $0.level == .warning }.count
        }
        let contentPath = DisplayPath.under(request.content, site: site)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildError(.load, file: contentPath, "no content folder (put Markdown postmortems in \(request.content)/ or pass --content)")
        }
        let templates = (site as NSString).appendingPathComponent("Templates")
        let renderer: TemplateRenderer, overrides = TemplateRenderer.overrides(in: templates)
        do { renderer = try TemplateRenderer(overrides: overrides) } catch {
            throw BuildError(.load, file: templates, wrapping: error)
        }
        let scan = ContentScan.markdownFiles(in: contentPath)
        for skipped in scan.skipped { report("\(DisplayPath.relative(skipped.path, to: site)): warning: \(skipped.reason)") }
        return SiteInputs(config: config, settingsWarnings: warnings, renderer: renderer,
                          assets: BuiltinTemplates.assets.merging(Self.assetOverrides(in: templates)) { _, override in override },
                          paths: scan.files, outputPath: DisplayPath.under(request.output, site: site),
                          settings: settings, overrides: overrides.map { ($0.name, $0.text) })
    }

    /// CSS / JS files in the site's Templates/ that replace built-in assets of the same name.
    public static func assetOverrides(in templates: String) -> [String: String] {
        var overrides: [String: String] = [:]
        for name in BuiltinTemplates.assets.keys {
            let path = (templates as NSString).appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: path) { overrides[name] = String(decoding: data, as: UTF8.self) }
        }
        return overrides
    }
}
