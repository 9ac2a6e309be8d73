import Foundation
import Testing
@testable import DebriefSite

@Suite("Built-in theme")
struct BuiltinTemplatesTests {
    @Test("the embedded theme matches Templates/ (run `make templates` after editing them)")
    func inSync() throws {
        let directory = TestPaths.inPackage("Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        var onDisk: [String: String] = [:]
        var assets: [String: String] = [:]
        for name in names {
            let text = try String(contentsOfFile: (directory as NSString).appendingPathComponent(name), encoding: .utf8)
            if name.hasSuffix(".mustache") { onDisk[String(name.dropLast(9))] = text } else { assets[name] = text }
        }
        #expect(BuiltinTemplates.all == onDisk)
        #expect(BuiltinTemplates.assets == assets)
    }

    @Test("every built-in template parses, and a site template overrides one by name")
    func overrides() throws {
        let renderer = try TemplateRenderer(overrides: [("metrics", "Templates/metrics.mustache", "custom {{site.siteTitle}}")])
        let view = MetricsPageView(config: SiteConfig())
        #expect(try renderer.render(view, template: "metrics") == "custom Postmortems")
        #expect(renderer.overridden == ["metrics"])
    }

    @Test("a site template that does not parse names its file")
    func brokenOverride() {
        #expect(throws: TemplateRenderer.TemplateError.self) {
            try TemplateRenderer(overrides: [("index", "Templates/index.mustache", "{{#open}} never closed")])
        }
    }

    @Test("a missing template is an error, not empty text")
    func missingTemplate() throws {
        let renderer = try TemplateRenderer()
        #expect(throws: TemplateRenderer.TemplateError.self) { try renderer.render(MetricsPageView(config: SiteConfig()), template: "nope") }
    }
}
