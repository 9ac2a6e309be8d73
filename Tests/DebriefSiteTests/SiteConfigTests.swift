import DebriefModel
import DebriefReader
import DebriefMetrics
import Testing
@testable import DebriefSite

@Suite("debrief.yml")
struct SiteConfigTests {
    @Test("settings are read, with defaults for what is missing")
    func reads() {
        let (config, diagnostics) = SiteConfig.parse("title: Ops\ntimezone: Europe/Berlin\ndateOrder: dmy\nweekStart: sunday\n")
        #expect(diagnostics.isEmpty)
        #expect(config.title == "Ops")
        #expect(config.zone == .region(identifier: "Europe/Berlin"))
        #expect(config.dateOrder == .dayFirst)
        #expect(config.weekStart == .sunday)
        #expect(config.unsafeHTML == false)
    }

    @Test("bad values and unknown keys are reported with their line")
    func badValues() {
        let (config, diagnostics) = SiteConfig.parse("title: Ops\ntimezone: Mars/Olympus\ncolour: blue\n")
        #expect(config.timezone == "UTC")
        #expect(diagnostics.map(\.line) == [2, 3])
        #expect(diagnostics.map(\.level) == [.error, .warning])
    }

    @Test("YAML that does not parse is an error, not a crash")
    func invalidYAML() {
        let (_, diagnostics) = SiteConfig.parse("title: [oops\n")
        #expect(diagnostics.first?.level == .error)
    }
}

@Suite("debrief.yml validation")
struct SiteConfigValidationTests {
    @Test("values of the wrong kind are errors on their line", arguments: [
        ("unsafeHTML: yes please", "true or false"), ("baseURL: postmortems.acme", "absolute http(s) URL"),
        ("baseURL: ftp://host/", "absolute http(s) URL"), ("timezone: [a, b]", "single value"), ("weekStart: friday", "monday or sunday"),
    ])
    func wrongValues(case: (String, String)) {
        let (_, diagnostics) = SiteConfig.parse("title: Ops\n\(`case`.0)\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.level == .error)
        #expect(diagnostics.first?.line == 2)
        #expect(diagnostics.first?.message.contains(`case`.1) == true)
    }

    @Test("good values, keys in any case")
    func goodValues() {
        let (config, diagnostics) = SiteConfig.parse("UnsafeHTML: yes\nbaseurl: https://pm.example.com/\nBASE_URL: \"\"\nDateOrder: MDY\n")
        #expect(diagnostics.isEmpty)
        #expect(config.unsafeHTML)
        #expect(config.baseURL == "")
        #expect(config.dateOrder == .monthFirst)
    }

    @Test("an unknown key warns with a did-you-mean")
    func unknownKey() {
        let (_, diagnostics) = SiteConfig.parse("timezon: UTC\n")
        #expect(diagnostics.first?.level == .warning)
        #expect(diagnostics.first?.message.contains("did you mean 'timezone'?") == true)
    }

    @Test("init's commented file parses to the defaults, and every setting is in the README with its default")
    func everySettingDocumented() throws {
        let uncommented = SiteSetting.commentedFile.split(separator: "\n").map { line in
            line.hasPrefix("# ") && line.contains(": ") && !line.hasPrefix("# Debrief") ? String(line.dropFirst(2)) : String(line)
        }.joined(separator: "\n")
        let (config, diagnostics) = SiteConfig.parse(uncommented)
        #expect(diagnostics.isEmpty)
        #expect(config == SiteConfig())
        let readme = try String(contentsOfFile: TestPaths.inPackage("README.md"), encoding: .utf8)
        for setting in SiteSetting.all {
            #expect(readme.contains("\(setting.key): \(setting.defaultValue)"), "README lacks '\(setting.key): \(setting.defaultValue)'")
        }
    }
}
