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
