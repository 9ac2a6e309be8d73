import DebriefMarkdown
import DebriefModel
import DebriefReader
import Foundation
import Testing
@testable import DebriefSite

@Suite("debrief new from archetypes")
struct NewFromArchetypeTests {
    /// 2024-07-16T03:00:00Z: still the 15th in Los Angeles.
    let now = Date(timeIntervalSince1970: 1_721_098_800)

    func make(title: String = "Checkout latency", date: String? = nil, severity: String = "SEV2", archetype: String = "classic",
              library: ArchetypeLibrary = ArchetypeLibrary(), timezone: String = "UTC") throws -> (fileName: String, text: String) {
        var config = SiteConfig()
        config.timezone = timezone
        return try NewPostmortem.make(title: title, date: date, severity: severity, services: "api, db", archetype: archetype,
                                      library: library, config: config, now: now)
    }

    @Test("today and the front matter's zone come from the site's timezone")
    func siteZone() throws {
        let made = try make(timezone: "America/Los_Angeles")
        #expect(made.fileName == "2024-07-15-checkout-latency.md")
        let front = try #require(try MarkdownParser.parse(made.text).frontMatter)
        #expect(front["timezone"]?.string == "America/Los_Angeles")
        #expect(front["date"]?.string == "2024-07-15")
        #expect(try make(timezone: "UTC").fileName == "2024-07-16-checkout-latency.md")
        #expect(try make(date: "2023-01-02").fileName == "2023-01-02-checkout-latency.md")
    }

    @Test("severity: what the help lists is read, and written in its scale's normal form", arguments: [("P1", "P1"), ("sev2", "SEV2"), ("critical", "Critical"), ("S4", "SEV4"), ("SEV0", "SEV0")])
    func severity(case: (String, String)) throws {
        let front = try #require(try MarkdownParser.parse(try make(severity: `case`.0).text).frontMatter)
        #expect(front["severity"]?.string == `case`.1)
    }

    @Test("bad options name themselves", arguments: [
        (nil as String?, "SEV9", "classic", "--severity"), ("15/07/2024", "SEV2", "classic", "--date"), (nil, "SEV2", "../../etc/passwd", "--archetype"),
    ])
    func problems(case: (String?, String, String, String)) {
        #expect { try make(date: `case`.0, severity: `case`.1, archetype: `case`.2) } throws: { error in
            (error as? NewPostmortem.Problem)?.description.hasPrefix(`case`.3) == true
        }
    }

    @Test("both built-in archetypes, as golden files; both read as drafts and are flagged by check")
    func builtIn() throws {
        for name in ["classic", "sre"] {
            let text = try make(archetype: name).text
            try Golden.check(text, folder: "new", named: "\(name).md")
            let document = try MarkdownParser.parse(text)
            let incident = IncidentReader().read(document, path: "Content/a.md")
            #expect(incident.isDraft)
            #expect(incident.title == "Checkout latency")
            #expect(incident.services == ["api", "db"])
            let placeholders = PostmortemLint(placeholders: ArchetypeLibrary().placeholders).check(document, incident: incident)
                .filter { $0.message.hasPrefix("placeholder") }
            #expect(placeholders.count >= 4, "\(name)")
        }
    }

    @Test("a site archetype overrides or adds one; tokens are replaced once, values never re-expanded")
    func siteArchetype() throws {
        let library = ArchetypeLibrary(site: ["brief": ("Templates/archetypes/brief.md", "---\ntitle: {{title}}\n---\n# {{titleText}} on {{date}} {{unknown}}\n"),
                                              "../x": ("x", "no")])
        #expect(library.names == ["brief", "classic", "sre"])
        let made = try make(title: "Odd {{date}}\ntitle", archetype: "brief", library: library)
        #expect(made.text == "---\ntitle: \"Odd {{date}}\\ntitle\"\n---\n# Odd {{date}} title on 2024-07-16 {{unknown}}\n")
    }
}
